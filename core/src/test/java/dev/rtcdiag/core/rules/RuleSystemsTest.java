package dev.rtcdiag.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sessions a rule runs on: one system, several joined by '|', or any. */
class RuleSystemsTest {

    private static Rule rule(String system) {
        return Rule.cause("sip.forbidden").system(system).when(Condition.custom("never", s -> Optional.empty())).build();
    }

    @Test
    void aRuleRunsOnTheSystemsItNames() {
        Rule r = rule("sip|freeswitch|log");
        assertThat(r.appliesTo("sip")).isTrue();
        assertThat(r.appliesTo("freeswitch")).isTrue();
        assertThat(r.appliesTo("log")).isTrue();
        assertThat(r.appliesTo("bbb")).isFalse();
        assertThat(r.appliesTo("free")).isFalse(); // a part of a name is not the name
        assertThat(r.appliesTo("sip|freeswitch")).isFalse();
        assertThat(r.appliesTo("")).isFalse();
        assertThat(rule("*").appliesTo("bbb")).isTrue();
        assertThat(rule("bbb").appliesTo("bbb")).isTrue();
        assertThat(rule("bbb").appliesTo("bb")).isFalse();
    }
}
