package dev.rtcdiag.core.rules;

import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.sip.Sdp;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import dev.rtcdiag.parsers.spi.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code sip.*} rules of {@code docs/causes.md}, computed per SIP dialog (Call-ID) from its
 * requests and responses. Sources: RFC 3261 §21 (the Persian guide to SIP response codes: 401, 403
 * "usually a wrong extension password", 404, 408, 5xx "look at your server") and
 * IANA SIP response codes (https://www.iana.org/assignments/sip-parameters).
 */
public final class SipRules {

    /** Final failure codes that a specific rule explains (unknown-failure covers the rest). */
    private static final Set<Integer> COVERED = Set.of(401, 403, 404, 604, 407, 408, 486, 600, 603, 480, 487, 488, 606,
            415, 580, 482, 483, 484, 485, 423, 422, 420, 421, 402, 481, 500, 501, 502, 504, 505, 513, 503);

    /** Sessions whose verdicts the SIP rules read: SIP dialogs, FreeSWITCH channels, plain log lines; BigBlueButton sessions have their own rules for a FreeSWITCH leg. */
    /** Systems whose sessions carry SIP outcomes: SIP itself, and FreeSWITCH and plain logs that state verdicts. */
    private static final SystemId[] VERDICT_SYSTEMS = {SystemId.SIP, SystemId.FREESWITCH, SystemId.LOG};
    private static final String SEED = "RFC 3261 §21; IANA SIP response codes (https://www.iana.org/assignments/sip-parameters)";
    /** A hang-up this soon after the answer is what a caller who hears nothing does. */
    private static final Duration EARLY_BYE = Duration.ofSeconds(30);

    private SipRules() {
    }

    /** Every SIP rule. */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        // Authentication: a challenge answered with credentials and rejected again.
        rules.add(Rule.cause("sip.auth-failed").system(SystemId.SIP).group("sip-auth").confidence(0.85)
                .when(Condition.sequence(Sip.challenge(),
                        Sip.withCredentials().and(Sip.sameMethodAs(0)),
                        Sip.rejectsCredentialsOf(1)))
                .boost(Condition.sequence(Sip.withCredentials(), Sip.response(403).and(Sip.sameCSeqAs(0))), 0.1,
                        "the server answered the credentials with 403: usually a wrong extension password (RFC 3261 §21)")
                .source(SEED + "; RFC 3261 §22").build());
        rules.add(Rule.cause("sip.auth-not-answered").system(SystemId.SIP).group("sip-auth").confidence(0.7)
                .when(Condition.absence(Sip.challenge(), Sip.mayCarryCredentials().and(Sip.sameMethodAs(0)))
                        .unless(Condition.event(Sip.finalInRange(200, 299).and(requestMethodIs("REGISTER", "INVITE")))))
                .source(SEED + "; RFC 3261 §22.2").build());
        rules.add(Rule.cause("sip.auth-not-answered").system(VERDICT_SYSTEMS).group("sip-auth").confidence(0.75)
                .when(Condition.event(Verdicts.standsFor(401, 407)))
                .source(SEED + "; the stack's own verdict: FreeSWITCH 'Cannot locate any authentication credentials', SIPp aborting on 401/407").build());
        rules.add(Rule.cause("sip.auth-failed").system(VERDICT_SYSTEMS).group("sip-auth").confidence(0.85)
                .when(Condition.event(Verdicts.is(Verdict.CREDENTIALS_REJECTED)))
                .source(SEED + "; Asterisk 'Wrong password' / 'Failed to authenticate'").build());
        rules.add(Rule.cause("sip.forbidden").system(VERDICT_SYSTEMS).group("sip-auth").confidence(0.75)
                .when(Condition.event(Sip.failureOrVerdict(403)).unless(Condition.event(Sip.challenge().or(Sip.withCredentials()))))
                .source(SEED).build());
        // Failures by final response code.
        rules.add(code("sip.user-not-found", 0.9, 404, 604));
        rules.add(Rule.cause("sip.request-timeout").system(VERDICT_SYSTEMS).group("sip-no-answer").confidence(0.75)
                .when(Condition.event(Sip.failureOrVerdict(408)))
                .source(SEED).build());
        rules.add(Rule.cause("sip.request-timeout").system(SystemId.SIP).group("sip-no-answer").confidence(0.6)
                .when(Condition.custom("a request sent twice or more with no final response", s -> retransmitted(s, 2, Set.of(), true)))
                .grading(Grading.atMost(Severity.WARNING, SipRules::answeredElsewhere))
                .boost(Condition.custom("a request sent four times or more", s -> retransmitted(s, 4, Set.of(), true)), 0.15,
                        "the request was retransmitted repeatedly (RFC 3261 Timer A/E) without a final answer")
                .symptom(Symptom.pattern("sip", "NO_FINAL_RESPONSE"))
                .source(SEED + "; RFC 3261 §17.1.1.2").build());
        rules.add(Rule.cause("sip.no-response").system(SystemId.SIP).group("sip-no-answer").confidence(0.9)
                .when(Condition.custom("INVITE or REGISTER sent three times or more with no response at all",
                                s -> retransmitted(s, 3, Set.of("INVITE", "REGISTER"), false)))
                .grading(Grading.atMost(Severity.WARNING, SipRules::answeredElsewhere))
                .symptom(Symptom.pattern("sip", "NO_RESPONSE"))
                .source("IANA SIP response codes (https://www.iana.org/assignments/sip-parameters); RFC 3261 §17.1.1.2 (Timer A retransmissions, Timer B 64×T1)").build());
        rules.add(code("sip.callee-busy", 0.95, 486, 600));
        rules.add(code("sip.declined", 0.95, 603));
        rules.add(Rule.cause("sip.callee-unavailable").system(VERDICT_SYSTEMS).confidence(0.85)
                .when(Condition.event(Sip.failureOrVerdict(480).and(DNS_PHRASE.negate())))
                .source(SEED).build());
        rules.add(Rule.cause("sip.dns-failure").system(VERDICT_SYSTEMS).confidence(0.85)
                .when(Condition.event(Sip.callFailure().and(DNS_PHRASE).or(Verdicts.is(Verdict.DNS_FAILURE))))
                .source("RFC 3263 (locating SIP servers); reason phrases of repro ('No DNS results'), Kamailio (478 'Unresolvable destination')").build());
        rules.add(Rule.cause("sip.cancelled").system(SystemId.SIP).confidence(0.95)
                .when(Condition.sequence(Sip.request("CANCEL"), Sip.failure(487)))
                .source(SEED + "; RFC 3261 §9").build());
        rules.add(Rule.cause("sip.media-not-acceptable").system(VERDICT_SYSTEMS).confidence(0.8)
                .when(Condition.event(Sip.failureOrVerdict(488, 606, 415, 580)))
                .boost(Condition.custom("offer and answer share no codec", SipRules::noCommonCodec), 0.15,
                        "the SDP offers of the two sides share no codec")
                .source(SEED).build());
        rules.add(code("sip.loop-detected", 0.85, 482, 483));
        rules.add(code("sip.address-incomplete", 0.85, 484, 485));
        rules.add(code("sip.interval-too-brief", 0.9, 423, 422));
        rules.add(code("sip.extension-required", 0.85, 420, 421));
        rules.add(code("sip.payment-required", 0.85, 402));
        rules.add(code("sip.transaction-mismatch", 0.8, 481));
        rules.add(code("sip.server-error", 0.8, 500, 501, 502, 504, 505, 513));
        rules.add(Rule.cause("sip.service-unavailable").system(VERDICT_SYSTEMS).confidence(0.8)
                .when(Condition.event(Sip.failureOrVerdict(503)))
                .boost(Condition.event(Sip.failure(503).and(EventMatcher.has(SipAttributes.RETRY_AFTER))), 0.1,
                        "the 503 carries Retry-After: the server says it is overloaded or in maintenance")
                .source(SEED).build());
        rules.add(Rule.cause("sip.redirected").system(SystemId.SIP).confidence(0.9)
                .when(Condition.event(Sip.finalInRange(300, 399)))
                .source(SEED).build());
        rules.add(Rule.cause("sip.unknown-failure").system(SystemId.SIP).confidence(0.6)
                .when(Condition.event(new EventMatcher("final SIP failure without a specific cause",
                                e -> Sip.status(e).filter(c -> c >= 400 && c <= 699 && !COVERED.contains(c)).isPresent()
                                        && !Sip.cseqMethod(e).equals("CANCEL") && !Sip.AUXILIARY.contains(Sip.cseqMethod(e)) && !DNS_PHRASE.test(e)))
                        .unless(Condition.event(Sip.finalInRange(200, 299).and(requestMethodIs("INVITE", "REGISTER")))))
                .source(SEED + "; RFC 3261 §8.1.3.2").build());
        rules.add(Rule.cause("sip.unknown-failure").system(SystemId.SIP).confidence(0.5)
                .when(Condition.event(Sip.failure(487)).unless(Condition.event(Sip.request("CANCEL"))))
                .source(SEED + "; 487 without a CANCEL in the log").build());
        rules.add(Rule.cause("sip.auxiliary-request-rejected").system(SystemId.SIP).confidence(0.8)
                .when(Condition.event(Sip.auxiliaryFailure()))
                .source("docs/causes.md (presence/MWI SUBSCRIBE/PUBLISH and OPTIONS keep-alives); RFC 3265, RFC 3903, RFC 3261 §11").build());
        rules.add(Rule.cause("sip.media-timeout").system(VERDICT_SYSTEMS).confidence(0.85)
                .when(Condition.event(Verdicts.mediaTimeout()))
                .source("FreeSWITCH MEDIA_TIMEOUT (rtp_timeout_sec, switch_rtp.c); IANA SIP response codes (https://www.iana.org/assignments/sip-parameters)").build());
        rules.add(Rule.cause("sip.connection-failed").system(VERDICT_SYSTEMS).confidence(0.85)
                .when(Condition.event(Verdicts.is(Verdict.CONNECTION_FAILED)))
                .source("PJSIP/VialerSIPLib: TCP connect() refused, status=503 (Connection refused) synthesised by the stack").build());
        rules.add(Rule.cause("sip.private-address-in-sdp").system(SystemId.SIP).confidence(0.7)
                .grading(Grading.riskFactor(MEDIA_SYMPTOM, 0.15))
                .when(Condition.custom("SDP with a private address sent from a public address", SipRules::privateSdp))
                .symptom(Symptom.pattern("sip", "PRIVATE_ADDRESS_IN_SDP"))
                .source("IANA SIP response codes (https://www.iana.org/assignments/sip-parameters); RFC 1918, RFC 6598").build());
        return List.copyOf(rules);
    }

    /** A reason phrase saying the server could not resolve the target (RFC 3263 lookups failed). */
    private static final EventMatcher DNS_PHRASE = new EventMatcher("a reason phrase about DNS", e -> {
        String p = e.get(SipAttributes.REASON_PHRASE).orElse("").toLowerCase(Locale.ROOT);
        return p.contains("dns") || p.contains("unresolvable") || Sip.status(e).filter(s -> s == 478).isPresent();
    });

    /** What shows a private SDP address hurt: media stopped, or the call was hung up soon after the answer. */
    private static final Condition MEDIA_SYMPTOM = Condition.event(Verdicts.mediaTimeout())
            .or(Condition.custom("a BYE within " + EARLY_BYE.toSeconds() + " s of the answer", SipRules::earlyBye));

    /** A rule that fires on a final failure response with one of the codes, or a verdict standing for one. */
    private static Rule code(String cause, double confidence, int... codes) {
        return Rule.cause(cause).system(VERDICT_SYSTEMS).confidence(confidence)
                .when(Condition.event(Sip.failureOrVerdict(codes)))
                .source(SEED).build();
    }

    private static EventMatcher requestMethodIs(String... methods) {
        Set<String> m = Set.of(methods);
        return new EventMatcher("to " + String.join("/", methods), e -> m.contains(Sip.cseqMethod(e)));
    }

    private static Optional<Match> retransmitted(SessionView s, int minSends, Set<String> methods, boolean provisionalAllowed) {
        List<List<LogEvent>> groups = provisionalAllowed ? withoutFinal(s, minSends, methods) : Sip.unansweredRetransmissions(s, minSends, methods);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<LogEvent> sends = groups.get(0);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            notes.add(i == 0 ? "sent" : "retransmission " + i);
        }
        return Optional.of(new Match(sends, notes));
    }

    /** Requests sent {@code minSends} times or more without a final response to their transaction. */
    private static List<List<LogEvent>> withoutFinal(SessionView s, int minSends, Set<String> methods) {
        java.util.Map<String, List<LogEvent>> sends = new java.util.LinkedHashMap<>();
        Set<String> finals = new HashSet<>();
        for (LogEvent e : s.events()) {
            Optional<SipMessage> m = Sip.message(e);
            if (m.isEmpty() || m.get().cseq().isEmpty()) {
                continue;
            }
            String tx = m.get().cseq().get() + "|" + Sip.branch(e);
            if (m.get().isRequest()) {
                if (!m.get().method().orElseThrow().name().equals("ACK") && (methods.isEmpty() || methods.contains(m.get().method().orElseThrow().name()))) {
                    sends.computeIfAbsent(e.position().source() + "|" + tx, k -> new ArrayList<>()).add(e);
                }
            } else if (m.get().status().map(x -> x.value() >= 200).orElse(false)) {
                finals.add(tx);
            }
        }
        return sends.entrySet().stream()
                .filter(x -> x.getValue().size() >= minSends && !finals.contains(x.getKey().substring(x.getKey().indexOf('|') + 1)))
                .map(java.util.Map.Entry::getValue).toList();
    }

    /**
     * Why an unanswered transaction did not fail the call or registration: another transaction of the
     * same method got a 2xx. With the same CSeq it is another branch of a forked request (a proxy or
     * B2BUA reusing Call-ID and CSeq on each branch, RFC 3261 §16.6): the branch that never answered is
     * a registered contact that does not respond, visible because transactions are told apart by their
     * Via branch, not hidden by the branch that answered.
     */
    private static Optional<String> answeredElsewhere(Match m, SessionView s) {
        LogEvent sent = m.events().get(0);
        Optional<dev.rtcdiag.parsers.sip.CSeq> cseq = Sip.cseq(sent);
        if (cseq.isEmpty()) {
            return Optional.empty();
        }
        String branch = Sip.branch(sent);
        for (LogEvent e : s.events()) {
            if (Sip.status(e).filter(c -> c >= 200 && c < 300).isPresent() && Sip.cseqMethod(e).equals(cseq.get().method().name())
                    && !(Sip.branch(e).equals(branch) && Sip.cseq(e).equals(cseq))) {
                return Optional.of(Sip.cseq(e).equals(cseq)
                        ? "another branch of this forked " + cseq.get().method().name() + " was answered; this branch never was"
                        : "a later " + cseq.get().method().name() + " of this session succeeded");
            }
        }
        return Optional.empty();
    }

    /** A BYE within {@link #EARLY_BYE} of a 2xx to the INVITE (times known). */
    private static Optional<Match> earlyBye(SessionView s) {
        LogEvent answer = null;
        for (LogEvent e : s.events()) {
            if (answer == null && Sip.status(e).filter(c -> c >= 200 && c < 300).isPresent() && Sip.cseqMethod(e).equals("INVITE")) {
                answer = e;
            } else if (answer != null && Sip.message(e).flatMap(m -> m.method()).map(m -> m.name().equals("BYE")).orElse(false)
                    && answer.time().instant() != null && e.time().instant() != null
                    && Duration.between(answer.time().instant(), e.time().instant()).compareTo(EARLY_BYE) <= 0) {
                return Optional.of(new Match(List.of(answer, e), List.of("answered", "hung up "
                        + Duration.between(answer.time().instant(), e.time().instant()).toSeconds() + " s later")));
            }
        }
        return Optional.empty();
    }

    /** An offer and an answer (or a rejected offer and the other side's SDP) with disjoint codec sets. */
    private static Optional<Match> noCommonCodec(SessionView s) {
        List<LogEvent> withSdp = s.events().stream().filter(e -> Sip.message(e).flatMap(SipMessage::sdp).isPresent()).toList();
        for (int i = 0; i < withSdp.size(); i++) {
            for (int j = i + 1; j < withSdp.size(); j++) {
                Set<String> a = codecNames(withSdp.get(i));
                Set<String> b = codecNames(withSdp.get(j));
                boolean differentSides = Sip.message(withSdp.get(i)).map(SipMessage::isRequest).orElse(false)
                        != Sip.message(withSdp.get(j)).map(SipMessage::isRequest).orElse(false);
                if (differentSides && !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains)) {
                    return Optional.of(new Match(List.of(withSdp.get(i), withSdp.get(j)),
                            List.of("offers " + String.join(", ", a), "offers " + String.join(", ", b))));
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> codecNames(LogEvent e) {
        Set<String> names = new java.util.TreeSet<>();
        Sip.message(e).flatMap(SipMessage::sdp).ifPresent(sdp -> sdp.media().stream().filter(m -> m.port() != 0)
                .forEach(m -> m.codecs().forEach(c -> {
                    String n = c.toUpperCase(Locale.ROOT);
                    if (!n.startsWith("TELEPHONE-EVENT") && !n.startsWith("CN/")) {
                        names.add(n.contains("/") ? n.substring(0, n.indexOf('/')) : n);
                    }
                })));
        return names;
    }

    /**
     * Whether a Via {@code received} address shows a NAT between the client and the server: public, or
     * another private address than the one the client offers media at (spec: "SDP address ≠ Via received").
     */
    private static boolean natted(String received, String sdpAddress) {
        return Addresses.isPublic(received) || Addresses.isPrivate(received) && !received.equals(sdpAddress);
    }

    /**
     * A message whose SDP connection address is private while its signalling came from a public address, or from
     * another address than the one it offers media at.
     */
    private static Optional<Match> privateSdp(SessionView s) {
        for (LogEvent e : s.events()) {
            String bare = e.get(SipAttributes.SDP_BARE).orElse(null);
            if (bare != null) {
                // an SDP pasted without its signalling: the address is private, whether a NAT lies between cannot be seen
                for (String a : Addresses.list(bare)) {
                    if (Addresses.isPrivate(a) && !Addresses.isUnspecified(a)) {
                        return Optional.of(new Match(List.of(e), List.of("SDP offers media at the private address " + a + " (no signalling to compare with)")));
                    }
                }
            }
            Optional<SipMessage> m = Sip.message(e);
            Optional<Sdp> sdp = m.flatMap(SipMessage::sdp);
            if (sdp.isEmpty()) {
                continue;
            }
            Optional<String> privateAddress = sdp.get().connectionAddresses().stream()
                    .filter(a -> Addresses.isPrivate(a) && !Addresses.isUnspecified(a)).findFirst();
            if (privateAddress.isEmpty()) {
                continue;
            }
            String src = e.get(NetworkAttributes.SRC).map(Addresses::host).orElse("");
            if (Addresses.isPublic(src)) {
                return Optional.of(new Match(List.of(e), List.of("SDP offers media at " + privateAddress.get() + " but the message came from " + src)));
            }
            // The request as a proxy forwarded it: the originating client's Via (the bottom one) carries the
            // source its first proxy saw, so every later hop's copy shows the mismatch too
            if (m.get().isRequest() && !m.get().vias().isEmpty()) {
                String first = m.get().vias().get(m.get().vias().size() - 1).received().orElse("");
                if (natted(first, privateAddress.get())) {
                    return Optional.of(new Match(List.of(e), List.of("SDP offers media at " + privateAddress.get()
                            + " but the caller's first proxy saw it at " + first + " (Via received)")));
                }
            }
            // A request behind NAT: the server's response records in Via received where the request really came
            // from (RFC 3261 §18.2.1); media offered at another, private, address will not reach the client.
            for (LogEvent r : s.events()) {
                if (m.get().isRequest() && Sip.message(r).map(SipMessage::isResponse).orElse(false) && Sip.sameTransaction(e, r)) {
                    String received = r.get(SipAttributes.VIA_RECEIVED).orElse("");
                    // received equal to the sent-by host: the request came from where it said, no NAT on the way
                    if (!received.equalsIgnoreCase(r.get(SipAttributes.VIA_HOST).orElse("")) && natted(received, privateAddress.get())) {
                        return Optional.of(new Match(List.of(e, r), List.of("SDP offers media at " + privateAddress.get(),
                                "the server saw the request come from " + received + " (Via received)")));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
