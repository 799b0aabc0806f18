package dev.rtcdiag.core.rules.builtin;

import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import java.util.List;
import java.util.function.Supplier;

/** A built-in system's rules: its id and the class that holds them; each subclass is one line of facts. */
abstract class BuiltInRules implements RuleProvider {

    private final String id;
    private final Supplier<List<Rule>> rules;

    BuiltInRules(String id, Supplier<List<Rule>> rules) {
        this.id = id;
        this.rules = rules;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Rule> rules() {
        return rules.get();
    }
}
