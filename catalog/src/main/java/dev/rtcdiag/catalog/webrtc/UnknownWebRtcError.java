package dev.rtcdiag.catalog.webrtc;

/**
 * A WebRTC error identifier the catalog does not list. Obtain it through {@link WebRtcError#of(String)}.
 *
 * @param code the identifier as seen
 */
public record UnknownWebRtcError(String code) implements WebRtcError {

    /** Requires a non-null code; listed codes are rejected so equality holds. */
    public UnknownWebRtcError {
        java.util.Objects.requireNonNull(code, "code");
        if (WebRtcError.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use WebRtcError.of(\"" + code + "\")");
        }
    }

    @Override
    public String constantName() {
        return "UNKNOWN_ERROR";
    }

    @Override
    public String category() {
        return "unknown";
    }

    @Override
    public String source() {
        return "not in the W3C lists catalogued";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public String defaultTitle() {
        return "Unknown WebRTC error (" + code + ")";
    }
}
