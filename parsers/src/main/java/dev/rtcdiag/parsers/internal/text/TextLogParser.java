package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.sip.SipTextExtractor;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.ParserConfig;

/**
 * Any text log: SIP messages found anywhere become SIP events (every framing
 * {@link SipTextExtractor} knows), every other non-blank line a {@code log} event with the timestamp
 * and level it starts with. Used for unknown formats (a Jenkins console log, a support bundle) and,
 * with their own format ids, for the SIP trace formats whose lines are all framing or messages.
 */
public final class TextLogParser extends AbstractLineParser {

    private final SipTextExtractor sip;
    private final VerdictLines verdicts = new VerdictLines();
    private final PacketListLines packets;
    private final SdpLines sdp;

    public TextLogParser(LogInput input, ParserConfig config, String format) {
        super(input, config, format);
        this.sip = new SipTextExtractor(source, format, config, this::emit);
        this.packets = new PacketListLines(source, format, config.maxOpenRecords());
        this.sdp = new SdpLines(source, format);
    }

    @Override
    protected void onLine(Line line) {
        String text = line.text();
        TextLines.Header header = null;
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            header = TextLines.read(text, config.zone());
            if (header.date() != null) {
                sip.seenDate(header.date());
            }
        }
        if (sip.accept(line) || text.isBlank()) {
            return;
        }
        LogEvent body = sdp.offer(line);
        if (body != null) {
            emit(body);
        }
        if (sdp.consumed()) {
            return;
        }
        LogEvent packet = packets.event(line);
        if (packet != null) {
            emit(packet);
            return;
        }
        if (header == null) {
            header = TextLines.read(text, config.zone());
        }
        LogEvent.Builder b = LogEvent.builder(line.position(source), format)
                .kind(EventKind.LOG)
                .time(header.time())
                .level(header.level())
                .message(excerpt(text.strip()))
                .raw(excerpt(text));
        if (!verdicts.classify(text, b)) {
            WebRtcLines.classify(text, b);
        }
        emit(b.build());
    }

    @Override
    protected long openRecordLine() {
        return Math.min(sip.openSince(), sdp.openSince());
    }

    @Override
    protected void onEnd() {
        sip.finish();
        LogEvent body = sdp.finish();
        if (body != null) {
            emit(body);
        }
    }
}
