package dev.rtcdiag.catalog.webrtc;

/**
 * A WebSocket close code outside 1000–1015. Obtain it through {@link WebSocketCloseCode#of(int)}.
 *
 * @param value the code as seen
 */
public record UnknownWebSocketCloseCode(int value) implements WebSocketCloseCode {

    /** Rejects listed codes, so that equality by code holds. */
    public UnknownWebSocketCloseCode {
        if (StandardWebSocketCloseCode.lookup(value).isPresent()) {
            throw new IllegalArgumentException("code is listed, use WebSocketCloseCode.of(" + value + ")");
        }
    }

    @Override
    public String reasonPhrase() {
        return switch (category()) {
            case "reserved" -> "Reserved close code (" + value + ")";
            case "registered" -> "Library/framework close code (" + value + ")";
            case "private" -> "Application-defined close code (" + value + ")";
            default -> "Invalid close code (" + value + ")";
        };
    }

    @Override
    public boolean isLocalOnly() {
        return false;
    }

    @Override
    public String constantName() {
        return "UNKNOWN_" + category().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String source() {
        return "RFC 6455 §7.4.2 (close code ranges)";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public boolean isInterpretable() {
        return !category().equals("invalid");
    }
}
