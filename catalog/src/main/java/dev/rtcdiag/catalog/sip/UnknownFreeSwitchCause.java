package dev.rtcdiag.catalog.sip;

/**
 * A hangup cause name FreeSWITCH printed that the catalog does not list (for example from a newer
 * release). Obtain it through {@link FreeSwitchCause#of(String)}.
 *
 * @param causeName the name or number as seen
 */
public record UnknownFreeSwitchCause(String causeName) implements FreeSwitchCause {

    /** Requires a non-null name; listed names are rejected so equality by name holds. */
    public UnknownFreeSwitchCause {
        java.util.Objects.requireNonNull(causeName, "causeName");
        if (FreeSwitchCause.find(causeName).isPresent()) {
            throw new IllegalArgumentException("cause is listed, use FreeSwitchCause.of(\"" + causeName + "\")");
        }
    }

    @Override
    public int value() {
        return -1;
    }

    @Override
    public String constantName() {
        return "UNKNOWN_CAUSE";
    }

    @Override
    public String source() {
        return "not in FreeSWITCH switch_call_cause_t as catalogued";
    }

    @Override
    public boolean isKnown() {
        return false;
    }
}
