package dev.rtcdiag.parsers.internal.bbb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The literal each message pattern is guarded by is in every text the pattern finds: on messages of each
 * kind the client writes, and on every line of the BigBlueButton examples and real logs (unescaped).
 */
class BbbMessagesTest {

    /** One message of each kind, as the html5 client logs them. */
    private static final List<String> KINDS = List.of(
            "Audio error - errorCode=1007, cause=ICE negotiation failed",
            "Audio call terminated. cause=NORMAL_CLEARING",
            "ICE gathering candidates took (s): 0.42",
            "ICE Candidate selected - type: relay",
            "Screenshare failed: NotAllowedError (code=1136)",
            "SFU returned an error. Code: 2200, reason: MEDIA_SERVER_OFFLINE",
            "Error getting microphone - {NotAllowedError: Permission denied}",
            "Error enabling audio - {NotFoundError: Requested device not found}",
            "Current connection state - failed",
            "ICE connection state transitioned to disconnected",
            "Camera ICE connection state changed: failed",
            "WebSocket closed unexpectedly (code: 1006)",
            "WebSocket connection to 'wss://bbb.example.org/bbb-webrtc-sfu' failed: Error during WebSocket handshake");

    private static List<String> lines(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\r?\n")) {
                    out.add(NginxEscapes.unescape(line));
                }
            }
        }
        return out;
    }

    @Test
    void everyTextAPatternFindsHoldsItsLiteral() throws IOException {
        List<String> texts = new ArrayList<>(KINDS);
        texts.addAll(lines(Path.of("../examples/logs/bbb")));
        texts.addAll(lines(dev.rtcdiag.junit.TestData.external("realworld").resolve("bbb")));
        for (BbbMessages.Guarded g : BbbMessages.ALL) {
            int found = 0;
            for (String t : texts) {
                if (g.pattern().matcher(t).find()) {
                    found++;
                    assertThat(t).as(g.pattern().pattern()).contains(g.literal());
                    assertThat(g.find(t)).as(t).isNotNull();
                }
            }
            assertThat(found).as("messages the pattern finds: " + g.pattern().pattern()).isPositive();
        }
    }
}
