package dev.rtcdiag.catalog.sip;

/**
 * A SIP status code that the catalog does not list (for example 499, 701 from an unfamiliar stack,
 * or an out-of-range number found in a log). Obtain it through {@link SipStatus#of(int)}.
 *
 * @param value the code as seen
 */
public record UnknownSipStatus(int value) implements SipStatus {

    /** Rejects listed codes, so that two statuses with the same code are always equal. */
    public UnknownSipStatus {
        if (StandardSipStatus.lookup(value).isPresent()) {
            throw new IllegalArgumentException("code is listed, use SipStatus.of(" + value + ")");
        }
    }

    @Override
    public String reasonPhrase() {
        SipStatusClass c = statusClass();
        return c == SipStatusClass.UNKNOWN
                ? "Invalid status code (" + value + ")"
                : "Unknown " + c.label() + " " + c.displayName() + " (" + value + ")";
    }

    @Override
    public boolean isRegistered() {
        return false;
    }

    @Override
    public SipStatus treatedAs() {
        SipStatusClass c = statusClass();
        return switch (c) {
            case PROVISIONAL -> StandardSipStatus.SESSION_PROGRESS;
            case UNKNOWN, LOCAL -> this;
            default -> SipStatus.of(c.baseCode());
        };
    }

    @Override
    public String constantName() {
        SipStatusClass c = statusClass();
        return switch (c) {
            case UNKNOWN -> "UNKNOWN_INVALID";
            case LOCAL -> "UNKNOWN_LOCAL";
            default -> "UNKNOWN_" + (value / 100) + "XX";
        };
    }

    @Override
    public String source() {
        return "RFC 3261 §8.1.3.2 (unrecognised responses are treated as x00 of their class)";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public boolean isInterpretable() {
        return statusClass() != SipStatusClass.UNKNOWN;
    }
}
