package dev.rtcdiag.examples.embedding;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Cause;
import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.rules.Condition;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleProvider;
import dev.rtcdiag.core.rules.Sip;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.List;

/**
 * Rules of your own, with their own texts: a carrier trunk that answers 503 when all its channels are
 * busy. The README shows this class; {@code CustomRulesTest} runs it.
 */
public final class TrunkRules implements RuleProvider {

    static final Cause BUSY_TRUNK = Cause.custom("acme.busy-trunk", Severity.WARNING)
            .texts(Language.EN, "Carrier trunk out of channels",
                    "The carrier answered 503 Service Unavailable: every channel of the trunk was in use.",
                    "Add channels to the trunk, or spread calls over a second carrier.")
            .texts(Language.RU, "Нет свободных каналов на транке",
                    "Оператор ответил 503 Service Unavailable: все каналы транка заняты.",
                    "Добавьте каналы на транке или распределите звонки на второго оператора.")
            .source("ACME runbook, trunk capacity")
            .build();

    @Override
    public String id() {
        return "acme-trunks";
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.cause(BUSY_TRUNK.id()).system(SystemId.SIP).confidence(0.7)
                .when(Condition.event(Sip.failure(503)))
                .build());
    }

    @Override
    public List<Cause> causes() {
        return List.of(BUSY_TRUNK);
    }
}
