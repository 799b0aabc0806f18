package dev.rtcdiag.core.rules;

import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.sip.CSeq;
import dev.rtcdiag.parsers.sip.SipMessage;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matchers and steps over SIP events (their {@link SipMessage} payload), for writing SIP rules
 * that read like the RFC: "a 401 to the REGISTER, then the REGISTER again with credentials, then
 * a 401 or 403 to that one".
 */
public final class Sip {

    private Sip() {
    }

    /** The SIP message of an event, if it has one. */
    public static Optional<SipMessage> message(LogEvent e) {
        return e.payload(SipMessage.class);
    }

    /** A SIP request (any method when none given). */
    public static EventMatcher request(String... methods) {
        Set<String> wanted = Arrays.stream(methods).map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return new EventMatcher("SIP request " + (methods.length == 0 ? "" : String.join("/", methods)),
                e -> message(e).filter(SipMessage::isRequest).filter(m -> wanted.isEmpty() || wanted.contains(m.method().orElseThrow().name())).isPresent());
    }

    /** A SIP response with one of the codes. */
    public static EventMatcher response(int... codes) {
        Set<Integer> wanted = Arrays.stream(codes).boxed().collect(Collectors.toSet());
        return new EventMatcher("SIP response " + Arrays.stream(codes).mapToObj(Integer::toString).collect(Collectors.joining(", ")),
                e -> status(e).filter(wanted::contains).isPresent());
    }

    /** A final failure response (400–699) to anything but CANCEL, with one of the codes (any when none given). */
    public static EventMatcher failure(int... codes) {
        Set<Integer> wanted = Arrays.stream(codes).boxed().collect(Collectors.toSet());
        return new EventMatcher("final SIP failure " + (codes.length == 0 ? "4xx-6xx" : Arrays.stream(codes).mapToObj(Integer::toString).collect(Collectors.joining(", "))),
                e -> status(e).filter(s -> s >= 400 && s <= 699 && (wanted.isEmpty() || wanted.contains(s))).isPresent()
                        && !cseqMethod(e).equals("CANCEL"));
    }

    /**
     * Methods whose failure the user does not experience as a failed call or registration: presence and
     * message-waiting subscriptions and their notifications, keep-alive probes, mid-call INFO. Their
     * rejections are information unless the session shows an effect ({@code docs/causes.md}).
     */
    public static final Set<String> AUXILIARY = Set.of("OPTIONS", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO");

    /** A final failure (400–699) to a request of a call or registration (not an {@link #AUXILIARY} one, not CANCEL). */
    public static EventMatcher callFailure(int... codes) {
        return failure(codes).and(new EventMatcher("to a call or registration request", e -> !AUXILIARY.contains(cseqMethod(e))));
    }

    /** A final failure to an {@link #AUXILIARY} request. */
    public static EventMatcher auxiliaryFailure() {
        return failure().and(new EventMatcher("to " + String.join("/", new java.util.TreeSet<>(AUXILIARY)), e -> AUXILIARY.contains(cseqMethod(e))));
    }

    /** A call or registration failure with one of the codes on the wire, or a server's or client's verdict standing for one ({@link Verdicts}). */
    public static EventMatcher failureOrVerdict(int... codes) {
        return callFailure(codes).or(Verdicts.standsFor(codes));
    }

    /** A final response in a range (inclusive), not to CANCEL. */
    public static EventMatcher finalInRange(int from, int to) {
        return new EventMatcher("final SIP response " + from + "-" + to,
                e -> status(e).filter(s -> s >= from && s <= to).isPresent() && !cseqMethod(e).equals("CANCEL"));
    }

    /** Any final response (2xx–6xx). */
    public static EventMatcher finalResponse() {
        return finalInRange(200, 699);
    }

    /** A 401/407 challenge that is not a stale-nonce refresh ({@code stale=true}, or a phrase like "nonce has changed", is routine). */
    public static EventMatcher challenge() {
        return new EventMatcher("401/407 challenge",
                e -> status(e).filter(s -> s == 401 || s == 407).isPresent() && message(e).map(m -> !isStale(m)).orElse(false));
    }

    /** {@code stale=true}, or a reason phrase that says the nonce changed (seen in real traffic: "401 nonce has changed"). */
    private static boolean isStale(SipMessage m) {
        String phrase = m.reasonPhrase().toLowerCase(Locale.ROOT);
        return phrase.contains("nonce") || phrase.contains("stale") || m.headerValues("WWW-Authenticate").stream().anyMatch(Sip::stale)
                || m.headerValues("Proxy-Authenticate").stream().anyMatch(Sip::stale);
    }

    private static boolean stale(String v) {
        return v.toLowerCase(Locale.ROOT).replace(" ", "").contains("stale=true") || v.toLowerCase(Locale.ROOT).contains("stale=\"true\"");
    }

    /**
     * A rejection of the credentials sent at {@code step}: 403, or a (non-stale) 401/407 that challenges
     * only realms the client already answered. A challenge for a new realm is the normal next step
     * when two proxies both authenticate (RFC 3665 section 3.3), not a failure.
     */
    public static Step rejectsCredentialsOf(int step) {
        return Step.of("rejection of the credentials sent at step " + (step + 1), (earlier, c) -> {
            if (step >= earlier.size() || !sameCSeqAs(step).test(earlier, c)) {
                return false;
            }
            if (status(c).filter(s -> s == 403).isPresent()) {
                return true;
            }
            if (!challenge().test(c)) {
                return false;
            }
            Set<String> answered = message(earlier.get(step)).map(m -> realms(m, "Authorization", "Proxy-Authorization")).orElse(Set.of());
            Set<String> asked = message(c).map(m -> realms(m, "WWW-Authenticate", "Proxy-Authenticate")).orElse(Set.of());
            return asked.isEmpty() || answered.containsAll(asked);
        });
    }

    /** The {@code realm} parameters of the given headers, lower case. */
    public static Set<String> realms(SipMessage m, String... headers) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Pattern realm = java.util.regex.Pattern.compile("(?i)realm\\s*=\\s*\"([^\"]*)\"");
        for (String h : headers) {
            for (String v : m.headerValues(h)) {
                java.util.regex.Matcher x = realm.matcher(v);
                while (x.find()) {
                    out.add(x.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** A request carrying credentials (Authorization or Proxy-Authorization). */
    public static EventMatcher withCredentials() {
        return new EventMatcher("request with credentials", e -> message(e).filter(SipMessage::isRequest).filter(SipMessage::hasAuthorization).isPresent());
    }

    /**
     * A request that carries credentials or may (a packet-list summary shows no headers): what a
     * challenge's follow-up must be before a rule may say the challenge went unanswered.
     */
    public static EventMatcher mayCarryCredentials() {
        return withCredentials().or(new EventMatcher("request whose headers the log does not show",
                e -> message(e).filter(SipMessage::isRequest).isPresent() && e.is(SipAttributes.HEADERS, "unknown")));
    }

    /** The candidate has the same CSeq (number and method) as the event matched at {@code step}. */
    public static Step sameCSeqAs(int step) {
        return Step.of("same CSeq as step " + (step + 1), (earlier, c) -> step < earlier.size()
                && cseq(earlier.get(step)).isPresent() && cseq(earlier.get(step)).equals(cseq(c)));
    }

    /** The candidate is a request of the same method as the request (or the CSeq method of the response) at {@code step}. */
    public static Step sameMethodAs(int step) {
        return Step.of("same method as step " + (step + 1), (earlier, c) -> step < earlier.size()
                && !cseqMethod(earlier.get(step)).isEmpty() && cseqMethod(earlier.get(step)).equals(cseqMethod(c)));
    }

    /** The status code of a SIP response event. */
    public static Optional<Integer> status(LogEvent e) {
        return message(e).filter(SipMessage::isResponse).flatMap(SipMessage::status).map(s -> s.value());
    }

    /** The CSeq of a SIP event. */
    public static Optional<CSeq> cseq(LogEvent e) {
        return message(e).flatMap(SipMessage::cseq);
    }

    /** The CSeq method of a SIP event, or {@code ""}. */
    public static String cseqMethod(LogEvent e) {
        return cseq(e).map(c -> c.method().name()).orElse("");
    }

    /** Whether two SIP events belong to the same transaction (CSeq and top Via branch). */
    public static boolean sameTransaction(LogEvent a, LogEvent b) {
        return cseq(a).isPresent() && cseq(a).equals(cseq(b)) && branch(a).equals(branch(b));
    }

    /** The top Via branch, or {@code ""}. */
    public static String branch(LogEvent e) {
        return message(e).map(SipMessage::vias).filter(v -> !v.isEmpty()).flatMap(v -> v.get(0).branch()).orElse("");
    }

    /** Requests that were sent more than once (same source, CSeq and branch) without any response to them in the session. */
    public static List<List<LogEvent>> unansweredRetransmissions(SessionView s, int minSends, Set<String> methods) {
        java.util.Map<String, List<LogEvent>> sends = new java.util.LinkedHashMap<>();
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (LogEvent e : s.events()) {
            Optional<SipMessage> m = message(e);
            if (m.isEmpty() || m.get().cseq().isEmpty()) {
                continue;
            }
            String tx = m.get().cseq().get() + "|" + branch(e);
            if (m.get().isRequest()) {
                if (methods.isEmpty() || methods.contains(m.get().method().orElseThrow().name())) {
                    sends.computeIfAbsent(e.position().source() + "|" + tx, k -> new java.util.ArrayList<>()).add(e);
                }
            } else {
                answered.add(tx);
            }
        }
        return sends.entrySet().stream()
                .filter(x -> x.getValue().size() >= minSends && !answered.contains(x.getKey().substring(x.getKey().indexOf('|') + 1)))
                .map(java.util.Map.Entry::getValue).toList();
    }
}
