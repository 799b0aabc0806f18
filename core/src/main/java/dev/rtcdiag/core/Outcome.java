package dev.rtcdiag.core;

import java.util.Locale;

/**
 * How a call or session ended, as far as its events say ({@link SessionSummary#outcome()} carries the
 * {@link #id()}). For SIP it is the fate of the INVITE or REGISTER transaction (RFC 3261): the final
 * response decides, so an INVITE answered 408 failed even when the caller also sent CANCEL, and a
 * REGISTER whose last answer was 401/407 or 403 failed. For the other systems a failure code or a
 * failed connection state makes it {@link #FAILED}, a connected media path {@link #ESTABLISHED}.
 */
public enum Outcome {
    /** A call was answered (SIP 2xx to INVITE) or its media path connected. */
    ESTABLISHED,
    /** A final error, a failure code or a failed state. */
    FAILED,
    /** The caller gave up: CANCEL answered 487, or CANCEL with no final response seen. */
    CANCELLED,
    /** A REGISTER's last final response was 2xx. */
    REGISTERED,
    /** An INVITE with no final response in the log. */
    UNANSWERED,
    /** Nothing in the events says; also every id this version does not know. */
    UNKNOWN;

    /** The lower-case id used in reports ({@code "failed"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome with this id; {@link #UNKNOWN} for any other text (total). */
    public static Outcome of(String id) {
        for (Outcome o : values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        return UNKNOWN;
    }
}
