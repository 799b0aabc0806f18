package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/causes.md}, the page every built-in cause's {@link Cause#helpUri()} points into, is
 * rendered from the knowledge base and must equal it ({@code -Dgolden.update=true} rewrites it), so a
 * cause cannot be added, retitled or re-sourced without its page changing in the same commit. Sources
 * cite public references only.
 */
class CausesDocTest {

    private static final Path DOC = Path.of("../docs/causes.md");
    private static final Map<String, String> SYSTEMS = new LinkedHashMap<>();

    static {
        SYSTEMS.put("sip", "SIP (`sip`)");
        SYSTEMS.put("webrtc", "WebRTC (`webrtc`)");
        SYSTEMS.put("bbb", "BigBlueButton (`bbb`)");
        SYSTEMS.put("webex", "Webex for BroadWorks (`webex`)");
        SYSTEMS.put("broadworks", "Cisco BroadWorks (`broadworks`)");
        SYSTEMS.put("bitrix", "Bitrix24 telephony (`bitrix`)");
        SYSTEMS.put("wcs", "Flashphoner Web Call Server (`wcs`)");
    }

    static String render(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        b.append("""
                # Failure causes

                <!-- Generated from the knowledge base (core/src/main/resources/dev/rtcdiag/core/kb) by CausesDocTest;
                     run `mvn -pl core test -Dtest=CausesDocTest -Dgolden.update=true` after changing it. -->

                Every finding names one of these causes. A cause id is public API: reports, Jenkins filters and
                `assertThat(diagnosis).hasCause("sip.auth-failed")` depend on it, so an id is never renamed or
                reused. A retired id stays here, marked deprecated. New ids follow the same rule:
                `<system>.<kebab-slug>` in lower-case ASCII.

                Severity says what the session suffered: **error**, it failed or cannot work; **warning**, it was
                degraded, or the failure tends to come back; **info**, expected behaviour that looks like a
                failure, or a risk seen without a symptom. A warning or an error always has a symptom among its
                evidence (a failure code, a failed state, an abnormal end, missing media, a timeout).

                The texts below are the English ones; `rtcdiag explain cause ID --lang fa|ru|tr` prints the
                others. Reports (SARIF `helpUri`, Warnings NG, HTML) link each finding to its section here.

                """);
        for (Map.Entry<String, String> system : SYSTEMS.entrySet()) {
            List<Cause> causes = kb.bySystem(system.getKey());
            b.append("## ").append(system.getValue()).append("\n\n");
            for (Cause c : causes) {
                b.append("### ").append(c.id()).append("\n\n");
                b.append("**").append(c.title(Language.EN)).append("** · ").append(c.severity().name().toLowerCase(java.util.Locale.ROOT));
                if (c.deprecated()) {
                    b.append(" · deprecated");
                }
                b.append("\n\n");
                b.append(c.explanation(Language.EN)).append("\n\n");
                b.append("What to do: ").append(c.remedy(Language.EN)).append("\n\n");
                if (!c.nextSteps().isEmpty()) {
                    b.append("Check next: ");
                    b.append(String.join(", ", c.nextSteps().stream().map(id -> "[" + id + "](#" + Cause.anchor(id) + ")").toList()));
                    b.append("\n\n");
                }
                b.append("Sources: ").append(c.source()).append("\n\n");
            }
        }
        return b.toString().replaceAll("\n+$", "\n");
    }

    @Test
    void thePageIsTheKnowledgeBase() throws IOException {
        String expected = render(KnowledgeBase.standard());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/causes.md is rendered from the knowledge base (-Dgolden.update=true rewrites it)").isEqualTo(expected);
    }

    @Test
    void everyBuiltInCauseLinksToItsOwnSection() throws IOException {
        String page = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Cause c : KnowledgeBase.standard().causes()) {
            assertThat(c.helpUri()).isEqualTo(Cause.CAUSES_DOC + "#" + Cause.anchor(c.id()));
            assertThat(page).contains("\n### " + c.id() + "\n");
        }
        assertThat(Cause.anchor("sip.auth-failed")).isEqualTo("sipauth-failed");
        assertThat(Cause.custom("acme.trunk-down", Severity.ERROR).texts(Language.EN, "t", "e", "r").build().helpUri()).isEmpty();
        assertThat(Cause.custom("acme.trunk-down", Severity.ERROR).texts(Language.EN, "t", "e", "r").helpUri("https://wiki.example/trunk").build().helpUri())
                .isEqualTo("https://wiki.example/trunk");
    }

    /** A user has RFCs, vendor pages and public issues; not our working notes. */
    @Test
    void sourcesCitePublicReferences() {
        Pattern publicRef = Pattern.compile("RFC \\d+|https://|ITU-T|FreeSWITCH|PJSIP");
        for (Cause c : KnowledgeBase.standard().causes()) {
            assertThat(c.source()).as("source of %s", c.id()).doesNotContainIgnoringCase("seed").doesNotContain("research/").doesNotContain("spec/")
                    .doesNotContain("../");
            Matcher m = publicRef.matcher(c.source());
            assertThat(m.find()).as("%s cites an RFC, a URL or a named public source: %s", c.id(), c.source()).isTrue();
        }
    }
}
