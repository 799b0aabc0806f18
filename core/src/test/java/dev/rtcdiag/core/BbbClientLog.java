package dev.rtcdiag.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes BigBlueButton html5-client.log lines the way nginx's postdata format does (research/bbb.md
 * §2.2–2.4): browser-bunyan records in a JSON array, {@code "}, {@code \} and non-ASCII bytes as
 * {@code \xHH}. Reconstructed test data, not captured output.
 */
final class BbbClientLog {

    static final String MEETING = "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1710252000000";
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    static final String FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
    static final String SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = new ArrayList<>();
    private Instant time = Instant.parse("2024-03-12T14:00:00Z");
    private String meeting = MEETING;

    BbbClientLog meeting(String id) {
        this.meeting = id;
        return this;
    }

    /** A user of the meeting, writing from an address with a browser. */
    User user(String id, String name, String address, String userAgent) {
        return new User(id, name, address, userAgent);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    final class User {
        final String id;
        final String name;
        final String address;
        final String agent;

        User(String id, String name, String address, String agent) {
            this.id = id;
            this.name = name;
            this.address = address;
            this.agent = agent;
        }

        String callerIdName(int n) {
            return id + "_" + n + "-bbbID-" + name;
        }

        /** One POST with one record. */
        User log(int level, String logCode, String msg, Map<String, ?> extra) {
            time = time.plusMillis(1500);
            ObjectNode r = JSON.createObjectNode();
            r.put("name", "clientLogger").put("level", level).put("logCode", logCode);
            r.set("extraInfo", JSON.valueToTree(extra));
            r.put("levelName", level >= 50 ? "error" : level >= 40 ? "warn" : "info").put("msg", msg).put("time", time.toString())
                    .put("src", "https://bbb.example.com/html5client/bundle.js:2:874410").put("v", 1);
            ObjectNode u = r.putObject("userInfo");
            u.put("meetingId", meeting).put("requesterUserId", id).put("fullname", name).put("confname", "Physics 101")
                    .put("externUserID", id).put("sessionToken", "tok" + id.substring(2, 8));
            r.put("clientBuild", 2416).put("url", "https://bbb.example.com/html5client/join?sessionToken=tok" + id.substring(2, 8))
                    .put("userAgent", agent).put("count", 1);
            lines.add(address + " [" + time.toString().replace("Z", "+00:00") + "] " + escape("[" + r + "]"));
            return this;
        }

        User joined() {
            return log(30, "audio_joined", "Audio Joined", Map.of("secondsToActivateAudio", 1.2, "isListenOnly", false, "stats", Map.of()));
        }

        User gathering(double seconds) {
            return log(30, "sip_js_ice_gathering_time", "ICE gathering candidates took (s): " + seconds, Map.of("callerIdName", callerIdName(1)));
        }

        User audioFailure(Object code, String cause, String bridge) {
            return log(50, "audio_failure", "Audio error - errorCode=" + code + ", cause=" + cause,
                    Map.of("errorCode", code, "cause", cause, "bridge", bridge, "isListenOnly", false, "stats", Map.of()));
        }
    }

    /** nginx escape=default: quote, backslash, control and non-ASCII bytes as \xHH. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xff;
            if (v == '"' || v == '\\' || v < 0x20 || v >= 0x7f) {
                sb.append(String.format("\\x%02X", v));
            } else {
                sb.append((char) v);
            }
        }
        return sb.toString();
    }
}
