package dev.rtcdiag.catalog.webrtc;

import java.util.Optional;

/** The registered STUN/TURN error codes (IANA "STUN Error Codes"). */
public enum StandardStunErrorCode implements StunErrorCode {
    TRY_ALTERNATE(300, "Try Alternate", "RFC 8489"),
    BAD_REQUEST(400, "Bad Request", "RFC 8489"),
    /** RFC 5389 called it "Unauthorized"; the first 401 on a TURN Allocate is the normal challenge. */
    UNAUTHENTICATED(401, "Unauthenticated", "RFC 8489"),
    FORBIDDEN(403, "Forbidden", "RFC 8656"),
    MOBILITY_FORBIDDEN(405, "Mobility Forbidden", "RFC 8016"),
    UNKNOWN_ATTRIBUTE(420, "Unknown Attribute", "RFC 8489"),
    ALLOCATION_MISMATCH(437, "Allocation Mismatch", "RFC 8656"),
    STALE_NONCE(438, "Stale Nonce", "RFC 8489"),
    ADDRESS_FAMILY_NOT_SUPPORTED(440, "Address Family not Supported", "RFC 8656"),
    WRONG_CREDENTIALS(441, "Wrong Credentials", "RFC 8656"),
    UNSUPPORTED_TRANSPORT_PROTOCOL(442, "Unsupported Transport Protocol", "RFC 8656"),
    PEER_ADDRESS_FAMILY_MISMATCH(443, "Peer Address Family Mismatch", "RFC 8656"),
    CONNECTION_ALREADY_EXISTS(446, "Connection Already Exists", "RFC 6062"),
    CONNECTION_TIMEOUT_OR_FAILURE(447, "Connection Timeout or Failure", "RFC 6062"),
    ALLOCATION_QUOTA_REACHED(486, "Allocation Quota Reached", "RFC 8656"),
    ROLE_CONFLICT(487, "Role Conflict", "RFC 8445"),
    SERVER_ERROR(500, "Server Error", "RFC 8489"),
    INSUFFICIENT_CAPACITY(508, "Insufficient Capacity", "RFC 8656");

    private final int value;
    private final String reasonPhrase;
    private final String source;

    StandardStunErrorCode(int value, String reasonPhrase, String source) {
        this.value = value;
        this.reasonPhrase = reasonPhrase;
        this.source = source;
    }

    static Optional<StandardStunErrorCode> lookup(int value) {
        for (StandardStunErrorCode c : values()) {
            if (c.value == value) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the code rejects credentials (401, 438 stale nonce, 441); used by TURN-auth rules. */
    public boolean isAuthenticationFailure() {
        return this == UNAUTHENTICATED || this == STALE_NONCE || this == WRONG_CREDENTIALS;
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String reasonPhrase() {
        return reasonPhrase;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String source() {
        return source + " (IANA STUN Error Codes)";
    }

    @Override
    public boolean isKnown() {
        return true;
    }
}
