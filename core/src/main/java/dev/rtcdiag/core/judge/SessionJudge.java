package dev.rtcdiag.core.judge;

import dev.rtcdiag.core.Cause;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.KnowledgeBase;
import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.core.rules.Booster;
import dev.rtcdiag.core.rules.Grading;
import dev.rtcdiag.core.rules.Match;
import dev.rtcdiag.core.rules.Rule;
import dev.rtcdiag.core.rules.RuleSet;
import dev.rtcdiag.core.rules.SessionView;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one closed session into findings: every rule that applies to the session's system is
 * evaluated, boosters raise confidence, the rule's grading sets the severity the evidence supports,
 * rules of a competing group keep only their best finding, and each finding carries its evidence lines
 * (in time order across files) and notes.
 *
 * <p>Stateless and thread-safe: it holds only the rules and the knowledge base, both immutable. The
 * correlator of one machine calls it as sessions close; a distributed engine calls it where a session's
 * keyed state ends. A rule that throws costs only its finding in that session: it is reported in the
 * {@link Judgement}, never thrown.
 */
public final class SessionJudge {

    private final RuleSet rules;
    private final KnowledgeBase kb;
    /**
     * The rules that apply to each system, in rule order: a session is judged by its system's list, not by
     * asking each of the hundred rules whether it applies (that check was the judge's top frame).
     */
    private final Map<SystemId, List<Rule>> bySystem = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A judge of these rules, whose causes must all be in {@code kb}.
     *
     * @throws IllegalArgumentException naming the first rule whose cause the knowledge base lacks
     */
    public SessionJudge(RuleSet rules, KnowledgeBase kb) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.kb = Objects.requireNonNull(kb, "kb");
        for (Rule r : rules.rules()) {
            if (kb.find(r.causeId()).isEmpty()) {
                throw new IllegalArgumentException("rule for unknown cause id '" + r.causeId() + "': add it to the knowledge base");
            }
        }
    }

    /** The built-in rules and knowledge base. */
    public static SessionJudge standard() {
        return new SessionJudge(RuleSet.standard(), KnowledgeBase.standard());
    }

    /** The findings of one session. */
    public Judgement judge(ClosedSession s) {
        SessionView view = new SessionView(s.key(), s.system(), s.events(), s.closedEarly(), s.context());
        Map<String, Finding> byGroup = new LinkedHashMap<>();
        List<Finding> ungrouped = new ArrayList<>();
        List<Judgement.RuleFault> faults = new ArrayList<>();
        for (Rule r : bySystem.computeIfAbsent(s.system(), sys -> rules.rules().stream().filter(r -> r.appliesTo(sys)).toList())) {
            Finding f;
            try {
                Optional<Match> m = r.condition().evaluate(view);
                if (m.isEmpty()) {
                    continue;
                }
                f = finding(r, m.get(), view, s);
            } catch (Throwable t) { // NOPMD: one rule's failure, whatever it throws, costs only its finding in this session
                faults.add(new Judgement.RuleFault(r.causeId(), s.key(), t));
                continue;
            }
            if (r.group().isEmpty()) {
                if (ungrouped.stream().noneMatch(x -> x.causeId().equals(f.causeId()))) {
                    ungrouped.add(f);
                }
            } else {
                byGroup.merge(r.group(), f, (a, b) -> b.confidence() > a.confidence() ? b : a);
            }
        }
        List<Finding> found = new ArrayList<>();
        for (Finding f : byGroup.values()) { // one cause may compete in two groups; report it once
            found.removeIf(x -> x.causeId().equals(f.causeId()) && x.confidence() < f.confidence());
            if (found.stream().noneMatch(x -> x.causeId().equals(f.causeId()))) {
                found.add(f);
            }
        }
        for (Finding f : ungrouped) {
            if (found.stream().noneMatch(x -> x.causeId().equals(f.causeId()))) {
                found.add(f);
            }
        }
        return new Judgement(found, faults);
    }

    private Finding finding(Rule r, Match m, SessionView view, ClosedSession s) {
        double confidence = r.confidence();
        List<LogEvent> events = new ArrayList<>(m.events());
        List<String> eventNotes = new ArrayList<>(m.notes());
        List<String> notes = new ArrayList<>();
        for (Booster b : r.boosters()) {
            Optional<Match> extra = b.condition().evaluate(view);
            if (extra.isPresent()) {
                confidence += b.add();
                notes.add("raises confidence: " + b.note());
                add(events, eventNotes, extra.get().events(), extra.get().notes());
            }
        }
        Cause cause = kb.get(r.causeId());
        Grading.Grade grade = r.grading().grade(cause.severity(), m, view);
        confidence += grade.addConfidence();
        grade.note().ifPresent(notes::add);
        add(events, eventNotes, grade.evidence(), grade.evidenceNotes());
        notes.addAll(s.notes());
        List<Integer> order = new ArrayList<>();
        List<Boolean> own = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
            own.add(view.events().contains(events.get(i)));
        }
        // the session's own lines first, then the context's (other users, server checks): the first evidence line
        // locates the finding (SARIF, Warnings NG, JUnit), and two sessions citing each other must not share a location;
        // within each part, time order across files (a client log and a server log of the same call), file order within one
        order.sort(Comparator.comparing((Integer i) -> !own.get(i))
                .thenComparing(i -> events.get(i).time().instant(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> events.get(i).position()));
        List<Evidence> evidence = new ArrayList<>();
        for (int i : order) {
            evidence.add(new Evidence(events.get(i).position(), evidenceText(events.get(i)), eventNotes.get(i)));
        }
        // evidence from the context (other users, server checks) does not date this session's failure
        EventTime first = order.stream().filter(own::get).map(i -> events.get(i).time()).filter(EventTime::isPresent)
                .min(EventTime::compareTo).orElse(EventTime.NONE);
        return new Finding(cause, Math.min(1.0, Math.round(confidence * 100) / 100.0), symptom(r, m), s.key(), first, evidence, notes, grade.severity());
    }

    private static void add(List<LogEvent> events, List<String> notes, List<LogEvent> more, List<String> moreNotes) {
        for (int i = 0; i < more.size(); i++) {
            if (!events.contains(more.get(i))) {
                events.add(more.get(i));
                notes.add(moreNotes.get(i));
            }
        }
    }

    /** The catalog code of the last matched event that has one, else the rule's pattern symptom. */
    private static Symptom symptom(Rule r, Match m) {
        for (int i = m.events().size() - 1; i >= 0; i--) {
            var code = m.events().get(i).code();
            if (code.isPresent()) {
                return Symptom.of(code.get());
            }
        }
        return r.patternSymptom() != null ? r.patternSymptom() : Symptom.pattern(r.causeId().substring(0, r.causeId().indexOf('.')), "PATTERN");
    }

    /** The line a person recognises: the SIP start line, or the record's first line. */
    static String evidenceText(LogEvent e) {
        Optional<SipMessage> m = e.payload(SipMessage.class);
        if (m.isPresent()) {
            return m.get().startLine();
        }
        if (e.lineCount() > 1 && !e.message().isEmpty()) {
            return e.message(); // a multi-line record: its parser's one-line summary says more than its first line
        }
        String raw = e.raw().isEmpty() ? e.message() : e.raw();
        int nl = raw.indexOf('\n');
        return nl >= 0 ? raw.substring(0, nl) : raw;
    }
}
