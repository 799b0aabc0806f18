package dev.rtcdiag.catalog.webrtc;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.Objects;
import java.util.Optional;

/**
 * A STUN/TURN ERROR-CODE value (IANA "STUN Error Codes"; RFC 8489, RFC 8656, RFC 6062, RFC 8445).
 * Do not confuse STUN 437/438/486/487/500 with the SIP codes of the same number: key codes by system.
 */
public sealed interface StunErrorCode extends CatalogCode permits StandardStunErrorCode, UnknownStunErrorCode {

    /** The numeric code (300–699). */
    int value();

    /** The registry reason phrase, or a generated phrase for unknown codes. */
    String reasonPhrase();

    @Override
    default CodeSystem system() {
        return CodeSystem.STUN;
    }

    @Override
    default String code() {
        return Integer.toString(value());
    }

    @Override
    default String category() {
        int c = value() / 100;
        return c >= 3 && c <= 6 ? c + "xx" : "invalid";
    }

    @Override
    default String defaultTitle() {
        return reasonPhrase();
    }

    /** The code for any integer; never {@code null}. */
    static StunErrorCode of(int value) {
        return StandardStunErrorCode.lookup(value).<StunErrorCode>map(c -> c).orElseGet(() -> new UnknownStunErrorCode(value));
    }

    /** The registered code, if listed. */
    static Optional<StandardStunErrorCode> find(int value) {
        return StandardStunErrorCode.lookup(value);
    }

    /**
     * Parses a three-digit code.
     *
     * @throws IllegalArgumentException naming the input when it is not three digits
     */
    static StunErrorCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.length() != 3 || !s.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a STUN error code: '" + text + "'");
        }
        return of(Integer.parseInt(s));
    }
}
