package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.webrtc.StunErrorCode;
import dev.rtcdiag.catalog.webrtc.WebRtcError;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises WebRTC facts in any text line (browser console pastes, webrtc-internals dumps, SDK
 * logs): ICE and peer-connection state changes, {@code icecandidateerror} reports (code and URL),
 * and gathered relay candidates (IANA SIP registry; RFC 3261). A cheap literal check runs
 * first, so lines without "ice"/"candidate"/"connectionstate" cost one scan.
 */
public final class WebRtcLines {

    private static final Pattern STATE = Pattern.compile(
            "(?i)\\b(ice ?connection ?state|iceconnectionstate|peer ?connection ?state|connectionstate|ice ?state|ice_connection_state)"
                    + "\\b[^a-z0-9]{1,6}(?:changed (?:from [a-z-]+ )?to[^a-z0-9]{1,3}|is[^a-z0-9]{1,3}|->[^a-z0-9]{0,2})?"
                    + "(new|checking|connecting|connected|completed|disconnected|failed|closed)\\b");
    private static final Pattern CANDIDATE_ERROR_CODE = Pattern.compile("(?i)(?:error_?code|errorcode)[^0-9]{1,4}(\\d{3})\\b");
    private static final Pattern URL = Pattern.compile("(?i)\\b((?:stuns?|turns?):[^\\s,;\"'}\\]]+)");
    private static final Pattern RELAY = Pattern.compile("(?i)\\btyp relay\\b");

    private WebRtcLines() {
    }

    /** Adds what the line says about WebRTC to the builder; returns false when it says nothing. */
    public static boolean classify(String text, LogEvent.Builder b) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ice = lower.contains("ice") || lower.contains("connectionstate") || lower.contains("connection state");
        boolean candidate = lower.contains("candidate");
        if (!ice && !candidate) {
            return false;
        }
        if (lower.contains("icecandidateerror") || (candidate && lower.contains("error_code"))) {
            Matcher code = CANDIDATE_ERROR_CODE.matcher(text);
            if (code.find()) {
                int n = Integer.parseInt(code.group(1));
                CatalogCode c = n == 701 ? WebRtcError.of("701") : StunErrorCode.of(n);
                b.system(SystemId.WEBRTC).kind(EventKind.ERROR_CODE).code(c).set(CallAttributes.ERROR_CODE, code.group(1));
                Matcher url = URL.matcher(text);
                if (url.find()) {
                    b.set(WebRtcAttributes.ICE_SERVER_URL, url.group(1));
                }
                return true;
            }
        }
        Matcher state = STATE.matcher(text);
        if (state.find()) {
            String which = state.group(1).toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
            b.system(SystemId.WEBRTC).kind(EventKind.ICE_STATE).parse(WebRtcAttributes.ICE_STATE, state.group(2).toLowerCase(Locale.ROOT))
                    .set(WebRtcAttributes.STATE_OF, which.contains("peer") || which.equals("connectionstate") ? "peer-connection" : "ice");
            return true;
        }
        if (candidate && RELAY.matcher(text).find()) {
            b.system(SystemId.WEBRTC).kind(EventKind.ICE_STATE).parse(WebRtcAttributes.CANDIDATE_TYPE, "relay");
            return true;
        }
        return false;
    }
}
