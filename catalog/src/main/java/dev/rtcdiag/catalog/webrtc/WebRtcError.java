package dev.rtcdiag.catalog.webrtc;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.Objects;
import java.util.Optional;

/**
 * Browser-side WebRTC error identifiers: the {@code icecandidateerror} code 701 (no host candidate
 * reached the STUN/TURN server), {@code RTCError.errorDetail} values, and the {@code DOMException}
 * names that {@code getUserMedia}/{@code getDisplayMedia} reject with. Other {@code icecandidateerror}
 * codes are STUN codes ({@link StunErrorCode}).
 */
public sealed interface WebRtcError extends CatalogCode permits StandardWebRtcError, UnknownWebRtcError {

    @Override
    default CodeSystem system() {
        return CodeSystem.WEBRTC;
    }

    /** The error for an identifier, case-insensitively; never {@code null}. */
    static WebRtcError of(String code) {
        return find(code).<WebRtcError>map(e -> e).orElseGet(() -> new UnknownWebRtcError(code == null ? "" : code.strip()));
    }

    /** The listed error for an identifier ({@code "701"}, {@code "NotAllowedError"}, {@code "dtls-failure"}). */
    static Optional<StandardWebRtcError> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        for (StandardWebRtcError e : StandardWebRtcError.values()) {
            if (e.code().equalsIgnoreCase(c)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Strict lookup.
     *
     * @throws IllegalArgumentException naming the input when it is not a listed identifier
     */
    static StandardWebRtcError parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a WebRTC error identifier: '" + code + "'"));
    }
}
