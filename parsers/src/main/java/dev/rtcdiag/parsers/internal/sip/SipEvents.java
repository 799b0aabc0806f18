package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.sip.NameAddress;
import dev.rtcdiag.parsers.sip.SipDeviation;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.Via;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.util.stream.Collectors;

/**
 * Turns a parsed SIP message into a {@link LogEvent} the same way for every source (text log, raw
 * message file, pcap), so that rules see identical events whatever the input was.
 *
 * <p>Attributes: {@code method}, {@code status}, {@code reason-phrase}, {@code cseq}, {@code cseq-method},
 * {@code from-tag}, {@code to-tag}, {@code branch}, {@code via-count}, {@code via-host},
 * {@code via-received}, {@code auth} ({@code credentials}/{@code challenge}), {@code sdp-addresses},
 * {@code codecs}, {@code retry-after}, {@code reason} (Reason header), {@code valid}, {@code deviations},
 * plus the frame's {@code direction}, {@code transport}, {@code src}, {@code dst}, {@code framing}.
 */
public final class SipEvents {

    private SipEvents() {
    }

    /** Where a message was seen, as far as its framing says. */
    public record Frame(String framing, String direction, String transport, String src, String dst, EventTime time) {
        /** A frame that says nothing. */
        public static Frame none(String framing) {
            return new Frame(framing, "", "", "", "", EventTime.NONE);
        }
    }

    /** Builds the event for a message. */
    public static LogEvent toEvent(SipMessage m, SourcePosition position, String format, Frame frame, String raw, int lineCount) {
        LogEvent.Builder b = LogEvent.builder(position, format)
                .system("sip")
                .kind(m.isRequest() ? EventKind.SIP_REQUEST : m.isResponse() ? EventKind.SIP_RESPONSE : EventKind.LOG)
                .time(frame.time())
                .message(m.summary())
                .raw(raw)
                .lineCount(Math.max(1, lineCount))
                .payload(m);
        m.status().ifPresent(b::code);
        m.callId().ifPresent(id -> b.key(CorrelationKeys.CALL_ID, id));
        m.method().ifPresent(x -> b.attribute("method", x.name()));
        m.status().ifPresent(s -> b.attribute("status", s.code()));
        if (m.isResponse()) {
            b.attribute("reason-phrase", m.reasonPhrase());
        }
        m.cseq().ifPresent(c -> {
            b.attribute("cseq", Long.toString(c.number()));
            b.attribute("cseq-method", c.method().name());
        });
        m.from().flatMap(NameAddress::tag).ifPresent(t -> b.attribute("from-tag", t));
        m.to().flatMap(NameAddress::tag).ifPresent(t -> b.attribute("to-tag", t));
        m.from().ifPresent(f -> b.attribute("from", f.uri().text()));
        m.to().ifPresent(t -> b.attribute("to", t.uri().text()));
        if (!m.vias().isEmpty()) {
            Via top = m.vias().get(0);
            top.branch().ifPresent(x -> b.attribute("branch", x));
            b.attribute("via-count", Integer.toString(m.vias().size()));
            b.attribute("via-host", top.host());
            top.received().ifPresent(x -> b.attribute("via-received", x));
        }
        if (m.hasAuthorization()) {
            b.attribute("auth", "credentials");
        } else if (m.hasChallenge()) {
            b.attribute("auth", "challenge");
        }
        m.retryAfter().ifPresent(r -> b.attribute("retry-after", Long.toString(r)));
        if (!m.reasons().isEmpty()) {
            b.attribute("reason", m.reasons().stream()
                    .map(r -> r.protocol() + ";cause=" + r.cause() + (r.text().isEmpty() ? "" : ";text=\"" + r.text() + "\""))
                    .collect(Collectors.joining(", ")));
        }
        m.sdp().ifPresent(sdp -> {
            b.attribute("sdp-addresses", String.join(",", sdp.connectionAddresses()));
            b.attribute("codecs", String.join(",", sdp.codecs()));
        });
        b.attribute("valid", Boolean.toString(m.isValid()));
        if (!m.deviations().isEmpty()) {
            b.attribute("deviations", m.deviations().stream().map(SipDeviation::toString).collect(Collectors.joining("; ")));
        }
        attr(b, "framing", frame.framing());
        attr(b, "direction", frame.direction());
        attr(b, "transport", frame.transport());
        attr(b, "src", frame.src());
        attr(b, "dst", frame.dst());
        return b.build();
    }

    private static void attr(LogEvent.Builder b, String name, String value) {
        if (value != null && !value.isEmpty()) {
            b.attribute(name, value);
        }
    }
}
