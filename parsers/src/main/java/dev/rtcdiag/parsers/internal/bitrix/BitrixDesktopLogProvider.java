package dev.rtcdiag.parsers.internal.bitrix;

import dev.rtcdiag.catalog.vendor.bitrix.BitrixPhoneError;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.attributes.SourceAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SystemId;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bitrix24 desktop app logs (https://apidocs.bitrix24.com): the softphone's
 * {@code phone.<email>.log} (arguments joined by {@code " | "}, e.g. {@code Call failed | 486 | Busy Here})
 * and the messenger's {@code <USER_ID>.video.log} ({@code YYYY-MM-DD HH:MM:SS.<ms> | …}, milliseconds
 * not zero-padded). {@code Call failed} is an error code ({@link BitrixPhoneError}) with
 * {@code failed-code}, {@code reason} and {@code x-reason}; video-log lines about audio or video set
 * {@code media} and, when the audio stops, {@code audio-lost=true}.
 */
public final class BitrixDesktopLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "bitrix.desktop";

    private static final Pattern VIDEO = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,3}) \\| (.*)$");
    private static final Pattern PHONE = Pattern.compile("^(Call failed|Progress tone start|Connection established|Call hangup|Incoming call|Outgoing call|Call connected)\\b.*");
    private static final Pattern FAILED = Pattern.compile("^Call failed \\| (\\w+)(?: \\| (.*))?$");
    private static final Pattern AUDIO_LOST = Pattern.compile("(?i)\\baudio\\b.*\\b(ended|lost|stopped|muted|no data|silence)\\b|\\b(no|lost) (audio|sound)\\b");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.[SSS][SS][S]");

    public BitrixDesktopLogProvider() {
        super(ID, "Bitrix24 desktop app logs: phone.<email>.log (softphone) and <USER_ID>.video.log (messenger calls)",
                "'Call failed | …'-style softphone lines or 'YYYY-MM-DD HH:MM:SS.m | …' video-log lines");
    }

    @Override
    public Detection detect(DetectionInput input) {
        int hits = 0;
        for (String line : input.firstLines(50)) {
            if ((PHONE.matcher(line).matches() && line.contains(" | ")) || VIDEO.matcher(line).matches()) {
                hits++;
            }
        }
        return hits >= 1 ? Detection.match(Detection.PRIORITY_NORMAL - 5) : Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            if (text.isBlank()) {
                return;
            }
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.BITRIX).raw(excerpt(text));
            String msg = text.strip();
            Matcher v = VIDEO.matcher(text);
            if (v.matches()) {
                try {
                    b.time(EventTime.local(LocalDateTime.parse(v.group(1), TIME), config.zone(), v.group(1)));
                } catch (DateTimeParseException e) {
                    // keep the line without a time
                }
                msg = v.group(2).strip();
                b.set(SourceAttributes.LOG, "video");
            }
            Matcher f = FAILED.matcher(msg);
            if (f.matches()) {
                b.kind(EventKind.ERROR_CODE).level(Level.WARN).code(BitrixPhoneError.of(f.group(1))).set(CallAttributes.FAILED_CODE, f.group(1));
                if (f.group(2) != null) {
                    b.set(CallAttributes.REASON, f.group(2).strip());
                }
                if (msg.contains("SIP_PAYMENT_REQUIRED")) {
                    b.set(SipAttributes.X_REASON, "SIP_PAYMENT_REQUIRED");
                }
            } else if (AUDIO_LOST.matcher(msg).find()) {
                b.kind(EventKind.STATUS).level(Level.WARN).set(WebRtcAttributes.MEDIA, "audio").parse(WebRtcAttributes.AUDIO_LOST, "true");
            } else if (msg.toLowerCase(java.util.Locale.ROOT).contains("video")) {
                b.kind(EventKind.STATUS).set(WebRtcAttributes.MEDIA, "video");
            }
            emit(b.message(excerpt(msg)).build());
        }

        @Override
        protected void onEnd() {
            // one record per line
        }
    }
}
