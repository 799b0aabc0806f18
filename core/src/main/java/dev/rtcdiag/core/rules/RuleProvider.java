package dev.rtcdiag.core.rules;

import dev.rtcdiag.core.Cause;
import java.util.List;

/**
 * A set of rules, with the causes they name when those are not built in. Installed providers are found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.rtcdiag.core.rules.RuleProvider} on
 * the class path, {@code provides dev.rtcdiag.core.rules.RuleProvider with …} on the module path) and
 * make up {@link RuleSet#standard()} and {@link dev.rtcdiag.core.KnowledgeBase#standard()}; each built-in
 * system is one. An application can also pass one to {@code Diagnoser.builder().with(provider)}.
 *
 * <p>A provider's own causes carry their texts ({@link Cause#custom}), so its findings print a title,
 * an explanation and a remedy like the built-in ones.
 */
public interface RuleProvider {

    /** A stable name ({@code "sip"}, {@code "acme-trunks"}); providers are ordered by it. */
    String id();

    /** The rules, in the order they are evaluated. */
    List<Rule> rules();

    /** Causes the rules name that the built-in knowledge base does not have (default none). */
    default List<Cause> causes() {
        return List.of();
    }
}
