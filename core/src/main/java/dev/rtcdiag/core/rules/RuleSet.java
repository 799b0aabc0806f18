package dev.rtcdiag.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered, immutable set of rules. {@link #standard()} is the rules of every installed
 * {@link RuleProvider} (the built-in systems, and any on the class or module path); add your own with
 * {@link #plus(List)} or {@code Diagnoser.builder().with(provider)}.
 */
public final class RuleSet {

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of every installed provider, providers ordered by id. */
    public static RuleSet standard() {
        return InstalledRules.RULES;
    }

    /** The installed providers, ordered by id (found once; a provider that fails to load is a build error, not a silent gap). */
    public static List<RuleProvider> installedProviders() {
        return Installed.PROVIDERS;
    }

    /** Loaded on first use: the providers and their rules. */
    private static final class Installed {
        static final List<RuleProvider> PROVIDERS = java.util.ServiceLoader.load(RuleProvider.class, RuleProvider.class.getClassLoader()).stream()
                .map(java.util.ServiceLoader.Provider::get).sorted(java.util.Comparator.comparing(RuleProvider::id)).toList();
    }

    /** Separate from the providers, so the knowledge base can list their causes without building every rule. */
    private static final class InstalledRules {
        static final RuleSet RULES = new RuleSet(Installed.PROVIDERS.stream().flatMap(p -> p.rules().stream()).toList());
    }

    /** Exactly these rules. */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(Objects.requireNonNull(rules, "rules"));
    }

    /** This set followed by more rules. */
    public RuleSet plus(List<Rule> more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleSet(all);
    }

    /** The rules in order. */
    public List<Rule> rules() {
        return rules;
    }
}
