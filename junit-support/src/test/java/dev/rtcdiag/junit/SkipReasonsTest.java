package dev.rtcdiag.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Every test that did not run is named with its reason: disabled ones and aborted ones alike. */
class SkipReasonsTest {

    /** Run by the test below through its own launcher, not by the build (nested classes are not picked up). */
    static class Samples {
        @Test
        void runs() {
        }

        @Test
        void needsTheLab() {
            Assumptions.assumeTrue(false, "sipp is not installed");
        }

        @Test
        void alsoNeedsTheLab() {
            Assumptions.assumeTrue(false, "sipp is not installed");
        }

        @Test
        @Disabled("no Chromium on this machine")
        void rendersHtml() {
        }
    }

    @Test
    void theSummaryNamesEachReasonWithItsTests() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SkipReasons listener = new SkipReasons(new PrintStream(out, true, StandardCharsets.UTF_8));
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).enableLauncherSessionListenerAutoRegistration(false).enableLauncherDiscoveryListenerAutoRegistration(false).enablePostDiscoveryFilterAutoRegistration(false).build()).execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Samples.class)).build(), listener);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[SKIPPED] 3 test(s) did not run:"), text);
        assertTrue(text.contains("[SKIPPED]   2 × sipp is not installed"), text);
        assertTrue(text.contains("[SKIPPED]   1 × no Chromium on this machine"), text);
        assertTrue(text.contains("alsoNeedsTheLab()") && text.contains("needsTheLab()") && text.contains("rendersHtml()"), text);
        assertEquals(2, listener.reasons().size());
    }
}
