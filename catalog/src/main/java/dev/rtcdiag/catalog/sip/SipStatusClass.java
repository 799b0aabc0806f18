package dev.rtcdiag.catalog.sip;

/**
 * The class of a SIP status code: its first digit (RFC 3261 section 7.2), plus {@link #LOCAL} for the
 * 7xx–9xx codes that stacks such as pjsip and sofia-sip use for local errors, and {@link #UNKNOWN}
 * for numbers that cannot be a status code at all.
 */
public enum SipStatusClass {
    PROVISIONAL(100, "1xx", "Provisional"),
    SUCCESS(200, "2xx", "Success"),
    REDIRECTION(300, "3xx", "Redirection"),
    /** 4xx; RFC 3261 calls it "Request Failure", the seeds "client failure". */
    CLIENT_FAILURE(400, "4xx", "Client Failure"),
    SERVER_FAILURE(500, "5xx", "Server Failure"),
    GLOBAL_FAILURE(600, "6xx", "Global Failure"),
    /** 7xx, 8xx and 9xx: produced locally by a stack (no response was received); never on the wire. */
    LOCAL(700, "7xx-9xx", "Local"),
    /** Not a three-digit status code. */
    UNKNOWN(0, "invalid", "Unknown");

    private final int base;
    private final String label;
    private final String displayName;

    SipStatusClass(int base, String label, String displayName) {
        this.base = base;
        this.label = label;
        this.displayName = displayName;
    }

    /** The class of any integer; never {@code null}. */
    public static SipStatusClass of(int code) {
        if (code < 100 || code > 999) {
            return UNKNOWN;
        }
        return switch (code / 100) {
            case 1 -> PROVISIONAL;
            case 2 -> SUCCESS;
            case 3 -> REDIRECTION;
            case 4 -> CLIENT_FAILURE;
            case 5 -> SERVER_FAILURE;
            case 6 -> GLOBAL_FAILURE;
            default -> LOCAL;
        };
    }

    /** {@code "4xx"}, {@code "7xx-9xx"}, {@code "invalid"}. */
    public String label() {
        return label;
    }

    /** The English name of the class. */
    public String displayName() {
        return displayName;
    }

    /** The x00 code of the class (RFC 3261 section 8.1.3.2), or 0 for {@link #UNKNOWN}. */
    public int baseCode() {
        return base;
    }

    /** Whether responses of this class end a transaction unsuccessfully (3xx is not a failure). */
    public boolean isFailure() {
        return this == CLIENT_FAILURE || this == SERVER_FAILURE || this == GLOBAL_FAILURE || this == LOCAL;
    }
}
