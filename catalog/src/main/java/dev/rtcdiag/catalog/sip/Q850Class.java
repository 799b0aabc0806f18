package dev.rtcdiag.catalog.sip;

/** The class of a Q.850 cause value: bits 7–5 of the value (ITU-T Q.850 section 2.2.5). */
public enum Q850Class {
    NORMAL("normal event"),
    RESOURCE_UNAVAILABLE("resource unavailable"),
    SERVICE_NOT_AVAILABLE("service or option not available"),
    SERVICE_NOT_IMPLEMENTED("service or option not implemented"),
    INVALID_MESSAGE("invalid message"),
    PROTOCOL_ERROR("protocol error"),
    INTERWORKING("interworking"),
    /** Outside 0–127: not a Q.850 value (FreeSWITCH uses such numbers for internal causes). */
    INVALID("not a Q.850 value");

    private final String displayName;

    Q850Class(String displayName) {
        this.displayName = displayName;
    }

    /** The class of any integer; never {@code null}. */
    public static Q850Class of(int value) {
        if (value < 0 || value > 127) {
            return INVALID;
        }
        if (value < 32) {
            return NORMAL;
        }
        return switch (value >> 4) {
            case 2 -> RESOURCE_UNAVAILABLE;
            case 3 -> SERVICE_NOT_AVAILABLE;
            case 4 -> SERVICE_NOT_IMPLEMENTED;
            case 5 -> INVALID_MESSAGE;
            case 6 -> PROTOCOL_ERROR;
            default -> INTERWORKING;
        };
    }

    /** The English name of the class. */
    public String displayName() {
        return displayName;
    }
}
