package dev.rtcdiag.parsers.internal.bbb;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode;
import dev.rtcdiag.catalog.webrtc.WebRtcError;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.HttpAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a BigBlueButton html5-client message says, shared by the html5-client.log records and the
 * browser-console pastes (which carry only the message text). Message texts and logCodes are the
 * client's own (https://docs.bigbluebutton.org, https://github.com/bigbluebutton).
 *
 * <p>Attributes set: {@code cause}, {@code state}, {@code ice-gathering-seconds},
 * {@code candidate-type}, {@code error-name}, {@code outcome} ({@code joined}, {@code ice-connected},
 * {@code media-flowing}, {@code ended}), {@code reconnecting}.
 */
final class BbbMessages {

    /**
     * A message pattern with a literal that every match contains: a message is searched with the pattern only
     * when it holds the literal (a plain {@code contains}), not with ten matchers for each message.
     * {@code BbbMessagesTest} checks each pair on every message of the examples and real logs.
     */
    record Guarded(String literal, Pattern pattern) {

        Guarded(String literal, String regex) {
            this(literal, Pattern.compile(regex));
        }

        /** A matcher that has found the pattern in {@code msg}, or {@code null}. */
        Matcher find(String msg) {
            if (!msg.contains(literal)) {
                return null;
            }
            Matcher m = pattern.matcher(msg);
            return m.find() ? m : null;
        }
    }

    private static final Guarded AUDIO_ERROR = new Guarded("Audio error - errorCode=", "Audio error - errorCode=(\\w+), cause=(.*)");
    private static final Guarded CALL_TERMINATED = new Guarded("Audio call terminated. cause=", "Audio call terminated\\. cause=(.*)");
    private static final Guarded GATHERING = new Guarded("ICE gathering candidates took (s): ", "ICE gathering candidates took \\(s\\): ([0-9.]+)");
    private static final Guarded SELECTED = new Guarded("ICE Candidate selected - type: ", "ICE Candidate selected - type: (\\w+)");
    private static final Guarded SCREENSHARE = new Guarded("Screenshare failed: ", "Screenshare failed: (\\w+) \\(code=(\\w+)\\)");
    private static final Guarded SFU_ERROR = new Guarded("SFU returned an error. Code: ", "SFU returned an error\\. Code: (\\w+), reason: (\\w+)");
    private static final Guarded DEVICE = new Guarded(" - {", "(?:Error getting microphone|Error enabling audio) - \\{(\\w+): ");
    private static final Guarded STATE = new Guarded("state ",
            "(?:Current connection state - |ICE connection state transitioned to |Camera ICE connection state changed: )(\\w+)");
    private static final Guarded WS_CLOSED = new Guarded("WebSocket closed ", "WebSocket closed \\S+ \\(code: (\\d+)\\)");
    private static final Guarded WS_HANDSHAKE = new Guarded("WebSocket connection to '", "WebSocket connection to '([^']+)' failed: (.*)");

    /** Every guarded pattern (tests). */
    static final java.util.List<Guarded> ALL = java.util.List.of(AUDIO_ERROR, CALL_TERMINATED, GATHERING, SELECTED, SCREENSHARE, SFU_ERROR,
            DEVICE, STATE, WS_CLOSED, WS_HANDSHAKE);

    private BbbMessages() {
    }

    /**
     * Reads the message (and logCode, when known) into the builder. Returns the error code the
     * message names, if any; a code in the structured fields wins over this one.
     */
    static Optional<CatalogCode> classify(String logCode, String msg, LogEvent.Builder b) {
        String lc = logCode == null ? "" : logCode;
        Matcher m;
        Optional<CatalogCode> code = Optional.empty();
        if ((m = AUDIO_ERROR.find(msg)) != null) {
            b.set(CallAttributes.CAUSE, m.group(2).strip());
            code = Optional.of(BbbErrorCode.of(m.group(1)));
        } else if ((m = CALL_TERMINATED.find(msg)) != null) {
            b.set(CallAttributes.CAUSE, m.group(1).strip());
            b.set(CallAttributes.OUTCOME, "ended");
        } else if ((m = SCREENSHARE.find(msg)) != null) {
            code = Optional.of(bbb(m.group(2), m.group(1)));
        } else if ((m = SFU_ERROR.find(msg)) != null) {
            code = Optional.of(bbb(m.group(1), m.group(2)));
        } else if ((m = DEVICE.find(msg)) != null) {
            b.set(CallAttributes.ERROR_NAME, m.group(1));
        } else if ((m = WS_CLOSED.find(msg)) != null) {
            b.parse(WebRtcAttributes.WEBSOCKET_CLOSE, m.group(1));
        } else if ((m = WS_HANDSHAKE.find(msg)) != null) {
            b.set(HttpAttributes.URL, m.group(1)); // the WebSocket's URL, not an ICE server's
            b.set(WebRtcAttributes.WEBSOCKET_ERROR, m.group(2).strip());
        }
        if ((m = GATHERING.find(msg)) != null) {
            b.parse(WebRtcAttributes.ICE_GATHERING_SECONDS, m.group(1));
        }
        if ((m = SELECTED.find(msg)) != null) {
            b.parse(WebRtcAttributes.CANDIDATE_TYPE, m.group(1).toLowerCase(Locale.ROOT));
        }
        if ((m = STATE.find(msg)) != null) {
            b.parse(WebRtcAttributes.ICE_STATE, m.group(1).toLowerCase(Locale.ROOT));
        } else if (msg.startsWith("ICE connection failed") || lc.startsWith("sipjs_ice_failed")) {
            b.parse(WebRtcAttributes.ICE_STATE, "failed");
        } else if (lc.equals("sipjs_ice_closed") || msg.startsWith("ICE connection closed")) {
            b.parse(WebRtcAttributes.ICE_STATE, "closed");
        }
        if (lc.equals("audio_joined") || msg.equals("Audio Joined") || msg.startsWith("Audio call session accepted")
                || lc.equals("sip_js_session_accepted")) {
            b.set(CallAttributes.OUTCOME, "joined");
        } else if (lc.startsWith("sip_js_ice_connection_success") || msg.startsWith("ICE connection success")) {
            b.set(CallAttributes.OUTCOME, "ice-connected");
        } else if (lc.equals("video_provider_handle_play_start_flowing") || lc.endsWith("_start_success")) {
            b.set(CallAttributes.OUTCOME, "media-flowing");
        } else if (lc.equals("video_provider_handle_play_stop")) {
            b.set(CallAttributes.OUTCOME, "media-stopped");
        } else if (lc.equals("audio_reconnecting") || lc.startsWith("sip_js_session_ua_reconnect")) {
            b.parse(WebRtcAttributes.RECONNECTING, "true");
        }
        return code;
    }

    /** The code a record's fields name: BBB numbers, getUserMedia error names. */
    static CatalogCode bbb(String code, String reason) {
        if (code.chars().allMatch(Character::isDigit) && !code.isEmpty()) {
            return BbbErrorCode.find(code, reason).<CatalogCode>map(c -> c).orElseGet(() -> BbbErrorCode.of(code));
        }
        Optional<? extends CatalogCode> w = WebRtcError.find(code);
        return w.isPresent() ? w.get() : BbbErrorCode.of(code);
    }

    /** Sets the kind that fits the attributes collected. */
    static void kind(LogEvent.Builder b, boolean hasCode) {
        if (hasCode) {
            b.kind(EventKind.ERROR_CODE);
        } else if (b.attribute(WebRtcAttributes.ICE_STATE.name()).isPresent()) {
            b.kind(EventKind.ICE_STATE);
        } else if (b.get(CallAttributes.OUTCOME).isPresent()) {
            b.kind(EventKind.CALL_EVENT);
        } else {
            b.kind(EventKind.LOG);
        }
    }

    /** The browser family of a user agent string (Edge and Opera contain "Chrome"; Chrome contains "Safari"). */
    static String browser(String ua) {
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "firefox";
        }
        if (ua.contains("Edg/") || ua.contains("Edge/")) {
            return "edge";
        }
        if (ua.contains("OPR/")) {
            return "opera";
        }
        if (ua.contains("Chrome/") || ua.contains("CriOS/")) {
            return "chrome";
        }
        if (ua.contains("Safari/")) {
            return "safari";
        }
        return "other";
    }
}
