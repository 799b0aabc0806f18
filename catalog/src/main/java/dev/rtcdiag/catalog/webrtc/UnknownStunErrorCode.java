package dev.rtcdiag.catalog.webrtc;

/**
 * A STUN error code the catalog does not list. Obtain it through {@link StunErrorCode#of(int)}.
 *
 * @param value the code as seen
 */
public record UnknownStunErrorCode(int value) implements StunErrorCode {

    /** Rejects listed codes, so that equality by code holds. */
    public UnknownStunErrorCode {
        if (StandardStunErrorCode.lookup(value).isPresent()) {
            throw new IllegalArgumentException("code is listed, use StunErrorCode.of(" + value + ")");
        }
    }

    @Override
    public String reasonPhrase() {
        return value >= 300 && value <= 699 ? "Unknown STUN error (" + value + ")" : "Invalid STUN error code (" + value + ")";
    }

    @Override
    public String constantName() {
        return value >= 300 && value <= 699 ? "UNKNOWN_CODE" : "UNKNOWN_INVALID";
    }

    @Override
    public String source() {
        return "RFC 8489 §14.8 (ERROR-CODE class 3–6)";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public boolean isInterpretable() {
        return value >= 300 && value <= 699;
    }
}
