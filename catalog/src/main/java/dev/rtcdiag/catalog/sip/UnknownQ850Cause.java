package dev.rtcdiag.catalog.sip;

import java.util.Optional;

/**
 * A Q.850 cause value that the catalog does not list (an unassigned value in its class, or a number
 * outside 0–127). Obtain it through {@link Q850Cause#of(int)}.
 *
 * @param value the value as seen
 */
public record UnknownQ850Cause(int value) implements Q850Cause {

    /** Rejects listed values, so that two causes with the same value are always equal. */
    public UnknownQ850Cause {
        if (StandardQ850Cause.lookup(value).isPresent()) {
            throw new IllegalArgumentException("value is listed, use Q850Cause.of(" + value + ")");
        }
    }

    @Override
    public String text() {
        Q850Class c = causeClass();
        return c == Q850Class.INVALID
                ? "Not a Q.850 cause value (" + value + ")"
                : "Unassigned cause (" + value + ", class: " + c.displayName() + ")";
    }

    @Override
    public Optional<SipStatus> toSipStatus() {
        return Optional.empty();
    }

    @Override
    public String constantName() {
        return causeClass() == Q850Class.INVALID ? "UNKNOWN_INVALID" : "UNKNOWN_CAUSE";
    }

    @Override
    public String source() {
        return "ITU-T Q.850 (value not assigned in Table 1)";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public boolean isInterpretable() {
        return causeClass() != Q850Class.INVALID;
    }
}
