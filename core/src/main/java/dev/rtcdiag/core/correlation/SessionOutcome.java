package dev.rtcdiag.core.correlation;

import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;

/**
 * How a session ended, tracked as its events pass (the events themselves may be dropped by a limit):
 * for SIP the dialog's fate (RFC 3261: a 2xx to INVITE establishes it, a final error fails it, CANCEL
 * cancels it, a REGISTER answered 2xx registers), for other systems whether an error code was seen.
 */
final class SessionOutcome {

    private boolean sawInvite;
    private boolean inviteSuccess;
    private boolean inviteFailure;
    private boolean cancelled;
    private boolean registered;
    private boolean registerFailure;
    private boolean failed;

    void see(LogEvent e) {
        e.payload(SipMessage.class).ifPresent(this::track);
        if (e.code().isPresent() && e.kind() == EventKind.ERROR_CODE) {
            failed = true;
        }
    }

    /** Whether a CANCEL was seen (the dialog then ends without a BYE). */
    boolean cancelled() {
        return cancelled;
    }

    /** {@code established}, {@code failed}, {@code cancelled}, {@code registered}, {@code unanswered} or {@code unknown}. */
    String of(SystemId system) {
        if (!system.equals(SystemId.SIP)) {
            return failed ? "failed" : "unknown";
        }
        if (inviteSuccess) {
            return "established";
        }
        if (cancelled) {
            return "cancelled";
        }
        if (inviteFailure) {
            return "failed";
        }
        if (registered) {
            return "registered";
        }
        if (registerFailure) {
            return "failed";
        }
        return sawInvite ? "unanswered" : "unknown";
    }

    private void track(SipMessage m) {
        String method = m.cseq().map(c -> c.method().name()).orElse("");
        if (m.isRequest()) {
            sawInvite |= method.equals("INVITE");
            cancelled |= method.equals("CANCEL");
            return;
        }
        int status = m.status().map(s -> s.value()).orElse(0);
        if (method.equals("INVITE") && status >= 200 && status < 300) {
            inviteSuccess = true;
        } else if (method.equals("INVITE") && status >= 300) {
            inviteFailure = true;
        } else if (method.equals("REGISTER") && status >= 200 && status < 300) {
            registered = true;
        } else if (method.equals("REGISTER") && status >= 300 && status != 401 && status != 407) {
            registerFailure = true;
        }
    }
}
