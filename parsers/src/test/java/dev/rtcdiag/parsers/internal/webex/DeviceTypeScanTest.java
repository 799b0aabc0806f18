package dev.rtcdiag.parsers.internal.webex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The device-type scan finds what {@code '([^']+)' device profile not found|no (.+?) deviceType found in} found, in linear time. */
class DeviceTypeScanTest {

    private static final Pattern PROFILE = Pattern.compile("'([^']+)' device profile not found|no (.+?) deviceType found in");

    private static String regex(String s) {
        Matcher m = PROFILE.matcher(s);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    @Test
    void sameAsTheRegexOnRandomTexts() {
        assertThat(WebexClientLogProvider.Parser.missingDeviceType("ConfigDownload - 'Business Communicator - PC' device profile not found"))
                .isEqualTo("Business Communicator - PC");
        assertThat(WebexClientLogProvider.Parser.missingDeviceType("no Business Communicator - Mobile deviceType found in the config"))
                .isEqualTo("Business Communicator - Mobile");
        Random random = new Random(7);
        String[] parts = {"no ", " deviceType found in", "'", "' device profile not found", "x", " ", "\n", "no", "A"};
        for (int i = 0; i < 100_000; i++) {
            String s = dev.rtcdiag.parsers.testing.RandomTexts.of(random, parts, 8);
            assertThat(WebexClientLogProvider.Parser.missingDeviceType(s)).as(s).isEqualTo(regex(s));
        }
    }

    @Test
    void aLongLineIsOneScan() {
        String line = "no ".repeat(20_000) + "x";
        assertThat(WebexClientLogProvider.Parser.missingDeviceType(line + " deviceType found in")).isEqualTo("no ".repeat(19_999) + "x");
        assertThat(WebexClientLogProvider.Parser.missingDeviceType(line.replace("x", " deviceType found"))).isNull();
    }
}
