package dev.rtcdiag.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rtcdiag.parsers.spi.SystemId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sessions a rule runs on: the systems it names, or every system when it names none. */
class RuleSystemsTest {

    private static Rule rule(SystemId... systems) {
        return Rule.cause("sip.forbidden").system(systems).when(Condition.custom("never", s -> Optional.empty())).build();
    }

    @Test
    void aRuleRunsOnTheSystemsItNames() {
        Rule r = rule(SystemId.SIP, SystemId.FREESWITCH, SystemId.LOG);
        assertThat(r.appliesTo(SystemId.SIP)).isTrue();
        assertThat(r.appliesTo(SystemId.FREESWITCH)).isTrue();
        assertThat(r.appliesTo(SystemId.LOG)).isTrue();
        assertThat(r.appliesTo(SystemId.BBB)).isFalse();
        assertThat(r.appliesTo(SystemId.of("free"))).isFalse(); // a part of a name is not the name
        assertThat(rule().appliesTo(SystemId.BBB)).as("no system named: every system").isTrue();
        assertThat(rule(SystemId.BBB).appliesTo(SystemId.of("BBB "))).isTrue();
    }

    @Test
    void aSystemIdIsTyped() {
        assertThat(SystemId.of("  Sip ")).isEqualTo(SystemId.SIP);
        assertThat(SystemId.of("")).isEqualTo(SystemId.LOG);
        assertThat(SystemId.of("a b")).isEqualTo(SystemId.LOG);
        assertThat(SystemId.of("acme").id()).isEqualTo("acme");
        assertThatIllegalArgumentException().isThrownBy(() -> new SystemId("Acme Corp")).withMessageContaining("Acme Corp");
    }
}
