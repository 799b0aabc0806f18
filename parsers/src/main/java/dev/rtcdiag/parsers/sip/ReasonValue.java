package dev.rtcdiag.parsers.sip;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.sip.FreeSwitchCause;
import dev.rtcdiag.catalog.sip.Q850Cause;
import dev.rtcdiag.catalog.sip.ReasonProtocol;
import dev.rtcdiag.catalog.sip.SipStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a {@code Reason:} header (RFC 3326, RFC 6432): protocol, cause and text.
 *
 * @param protocol the protocol token
 * @param cause the cause number, or -1 when absent or not a number
 * @param text the {@code text} parameter without quotes, or {@code ""}
 */
public record ReasonValue(ReasonProtocol protocol, int cause, String text) {

    /** Validates components. */
    public ReasonValue {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The cause as a catalog code: a Q.850 cause for {@code Q.850}/{@code FreeSWITCH}, a SIP status for
     * {@code SIP} — except that FreeSWITCH sends its internal causes (128 and above) as
     * {@code SIP;cause=804;text="MEDIA_TIMEOUT"}, which is a FreeSWITCH cause, not a SIP status.
     */
    public Optional<CatalogCode> code() {
        if (cause < 0) {
            return Optional.empty();
        }
        if (protocol.equals(ReasonProtocol.Q850) || protocol.equals(ReasonProtocol.FREESWITCH)) {
            return Optional.of(Q850Cause.of(cause));
        }
        if (protocol.equals(ReasonProtocol.SIP)) {
            if (cause >= 700 && FreeSwitchCause.find(text).isPresent()) {
                return Optional.of(FreeSwitchCause.of(text));
            }
            return Optional.of(SipStatus.of(cause));
        }
        return Optional.empty();
    }
}
