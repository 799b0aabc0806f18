package dev.rtcdiag.catalog.webrtc;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.Objects;
import java.util.Optional;

/**
 * A WebSocket close code (RFC 6455 section 7.4.1 and the IANA "WebSocket Close Code Number" registry).
 * Unlisted codes keep their range: 1016–2999 reserved, 3000–3999 registered for libraries, 4000–4999
 * private use. Beware: BigBlueButton's audio error numbers 1001–1012 overlap this range; a number next
 * to {@code CloseEvent}/{@code onclose}/{@code code:} is a close code, next to {@code errorCode} it is BBB's.
 */
public sealed interface WebSocketCloseCode extends CatalogCode permits StandardWebSocketCloseCode, UnknownWebSocketCloseCode {

    /** The numeric code. */
    int value();

    /** The IANA name, or a generated name for unlisted codes. */
    String reasonPhrase();

    /** Whether the code is only reported locally and never sent in a Close frame (1005, 1006, 1015). */
    boolean isLocalOnly();

    @Override
    default CodeSystem system() {
        return CodeSystem.WEBSOCKET;
    }

    @Override
    default String code() {
        return Integer.toString(value());
    }

    @Override
    default String category() {
        int v = value();
        if (v >= 1000 && v <= 1015) {
            return "rfc6455";
        } else if (v >= 1016 && v <= 2999) {
            return "reserved";
        } else if (v >= 3000 && v <= 3999) {
            return "registered";
        } else if (v >= 4000 && v <= 4999) {
            return "private";
        }
        return "invalid";
    }

    @Override
    default String defaultTitle() {
        return reasonPhrase();
    }

    /** The close code for any integer; never {@code null}. */
    static WebSocketCloseCode of(int value) {
        return StandardWebSocketCloseCode.lookup(value).<WebSocketCloseCode>map(c -> c)
                .orElseGet(() -> new UnknownWebSocketCloseCode(value));
    }

    /** The listed close code, if any. */
    static Optional<StandardWebSocketCloseCode> find(int value) {
        return StandardWebSocketCloseCode.lookup(value);
    }

    /**
     * Parses a decimal close code.
     *
     * @throws IllegalArgumentException naming the input when it is not a number of at most 5 digits
     */
    static WebSocketCloseCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a WebSocket close code: '" + text + "'");
        }
        return of(Integer.parseInt(s));
    }
}
