package dev.rtcdiag.core.correlation;

import dev.rtcdiag.catalog.webrtc.IceConnectionState;
import dev.rtcdiag.core.Outcome;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;

/**
 * How a session ended ({@link Outcome}), tracked as its events pass (the events themselves may be
 * dropped by a limit). For SIP the last final response to INVITE, and to REGISTER, decides; a 2xx to
 * an INVITE anywhere in the dialog means it was established. For other systems a failure code or a
 * failed ICE state fails the session, a connected ICE state establishes it; failure wins, because a
 * call that connected and then broke did fail.
 */
final class SessionOutcome {

    private boolean sawInvite;
    private boolean inviteSuccess;
    /** The last final (>= 300) response to INVITE, 0 when none. */
    private int inviteFinal;
    private boolean cancelSent;
    /** The last final response to REGISTER, 0 when none. */
    private int registerFinal;
    private boolean failed;
    private boolean connected;

    void see(LogEvent e) {
        e.payload(SipMessage.class).ifPresent(this::track);
        if (e.code().isPresent() && e.kind() == EventKind.ERROR_CODE) {
            failed = true;
        }
        if (e.kind() == EventKind.ICE_STATE) {
            e.get(WebRtcAttributes.ICE_STATE).ifPresent(s -> {
                if (s == IceConnectionState.FAILED) {
                    failed = true;
                } else if (s == IceConnectionState.CONNECTED || s == IceConnectionState.COMPLETED) {
                    connected = true;
                }
            });
        }
    }

    /** Whether a CANCEL was seen (the dialog then ends without a BYE). */
    boolean cancelled() {
        return cancelSent;
    }

    /** The outcome for a session of this system. */
    Outcome of(SystemId system) {
        if (!system.equals(SystemId.SIP)) {
            return failed ? Outcome.FAILED : connected ? Outcome.ESTABLISHED : Outcome.UNKNOWN;
        }
        if (inviteSuccess) {
            return Outcome.ESTABLISHED;
        }
        if (inviteFinal == 487 || (cancelSent && inviteFinal == 0 && sawInvite)) {
            return Outcome.CANCELLED;
        }
        if (inviteFinal >= 300) {
            return Outcome.FAILED;
        }
        if (sawInvite) {
            return Outcome.UNANSWERED;
        }
        if (registerFinal >= 200 && registerFinal < 300) {
            return Outcome.REGISTERED;
        }
        if (registerFinal >= 300) {
            return Outcome.FAILED;
        }
        return Outcome.UNKNOWN;
    }

    private void track(SipMessage m) {
        String method = m.cseq().map(c -> c.method().name()).orElse("");
        if (m.isRequest()) {
            sawInvite |= method.equals("INVITE");
            cancelSent |= method.equals("CANCEL");
            return;
        }
        int status = m.status().map(s -> s.value()).orElse(0);
        if (status < 200) {
            return;
        }
        if (method.equals("INVITE")) {
            if (status < 300) {
                inviteSuccess = true;
            } else {
                inviteFinal = status;
            }
        } else if (method.equals("REGISTER")) {
            registerFinal = status;
        }
    }
}
