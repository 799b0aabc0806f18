package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.sip.NameAddress;
import dev.rtcdiag.parsers.sip.SipDeviation;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.sip.Via;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SourcePosition;
import dev.rtcdiag.parsers.spi.SystemId;
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
                .system(SystemId.SIP)
                .kind(m.isRequest() ? EventKind.SIP_REQUEST : m.isResponse() ? EventKind.SIP_RESPONSE : EventKind.LOG)
                .time(frame.time())
                .message(m.summary())
                .raw(raw)
                .lineCount(Math.max(1, lineCount))
                .payload(m);
        m.status().ifPresent(b::code);
        m.callId().ifPresent(id -> b.key(CorrelationKeys.CALL_ID, id));
        m.method().ifPresent(x -> b.set(SipAttributes.METHOD, x.name()));
        m.status().ifPresent(s -> b.parse(SipAttributes.STATUS, s.code()));
        if (m.isResponse()) {
            b.set(SipAttributes.REASON_PHRASE, m.reasonPhrase());
        }
        m.cseq().ifPresent(c -> {
            b.set(SipAttributes.CSEQ, Long.toString(c.number()));
            b.set(SipAttributes.CSEQ_METHOD, c.method().name());
        });
        m.from().flatMap(NameAddress::tag).ifPresent(t -> b.set(SipAttributes.FROM_TAG, t));
        m.to().flatMap(NameAddress::tag).ifPresent(t -> b.set(SipAttributes.TO_TAG, t));
        m.from().ifPresent(f -> b.set(SipAttributes.FROM, f.uri().text()));
        m.to().ifPresent(t -> b.set(SipAttributes.TO, t.uri().text()));
        if (!m.vias().isEmpty()) {
            Via top = m.vias().get(0);
            top.branch().ifPresent(x -> b.set(SipAttributes.BRANCH, x));
            b.parse(SipAttributes.VIA_COUNT, Integer.toString(m.vias().size()));
            b.set(SipAttributes.VIA_HOST, top.host());
            top.received().ifPresent(x -> b.set(SipAttributes.VIA_RECEIVED, x));
        }
        if (m.hasAuthorization()) {
            b.set(SipAttributes.AUTH, "credentials");
        } else if (m.hasChallenge()) {
            b.set(SipAttributes.AUTH, "challenge");
        }
        m.retryAfter().ifPresent(r -> b.parse(SipAttributes.RETRY_AFTER, Long.toString(r)));
        if (!m.reasons().isEmpty()) {
            b.set(SipAttributes.REASON, m.reasons().stream()
                    .map(r -> r.protocol() + ";cause=" + r.cause() + (r.text().isEmpty() ? "" : ";text=\"" + r.text() + "\""))
                    .collect(Collectors.joining(", ")));
        }
        m.sdp().ifPresent(sdp -> {
            b.set(SipAttributes.SDP_ADDRESSES, String.join(",", sdp.connectionAddresses()));
            b.set(SipAttributes.CODECS, String.join(",", sdp.codecs()));
        });
        b.parse(SipAttributes.VALID, Boolean.toString(m.isValid()));
        if (!m.deviations().isEmpty()) {
            b.set(SipAttributes.DEVIATIONS, m.deviations().stream().map(SipDeviation::toString).collect(Collectors.joining("; ")));
        }
        attr(b, SipAttributes.FRAMING, frame.framing());
        b.parse(NetworkAttributes.DIRECTION, frame.direction());
        attr(b, NetworkAttributes.TRANSPORT, frame.transport());
        attr(b, NetworkAttributes.SRC, frame.src());
        attr(b, NetworkAttributes.DST, frame.dst());
        return b.build();
    }

    private static void attr(LogEvent.Builder b, dev.rtcdiag.parsers.spi.AttributeKey<String> name, String value) {
        if (value != null && !value.isEmpty()) {
            b.set(name, value);
        }
    }
}
