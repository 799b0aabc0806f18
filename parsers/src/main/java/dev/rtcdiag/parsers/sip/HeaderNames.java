package dev.rtcdiag.parsers.sip;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Header name normalisation: compact forms (RFC 3261 section 7.3.3 and the extension RFCs) to long
 * forms, and a canonical spelling for the common headers so that {@code cAlL-iD} and {@code i} both
 * become {@code Call-ID}.
 */
public final class HeaderNames {

    private static final Map<String, String> COMPACT = Map.ofEntries(
            Map.entry("a", "Accept-Contact"), Map.entry("b", "Referred-By"), Map.entry("c", "Content-Type"),
            Map.entry("d", "Request-Disposition"), Map.entry("e", "Content-Encoding"), Map.entry("f", "From"),
            Map.entry("i", "Call-ID"), Map.entry("j", "Reject-Contact"), Map.entry("k", "Supported"),
            Map.entry("l", "Content-Length"), Map.entry("m", "Contact"), Map.entry("n", "Identity-Info"),
            Map.entry("o", "Event"), Map.entry("r", "Refer-To"), Map.entry("s", "Subject"), Map.entry("t", "To"),
            Map.entry("u", "Allow-Events"), Map.entry("v", "Via"), Map.entry("x", "Session-Expires"),
            Map.entry("y", "Identity"));

    private static final Map<String, String> CANONICAL = new HashMap<>();

    /**
     * Known names as they are usually written (the canonical spelling, compact letters in either case) by
     * their first character (all ASCII), each with its canonical name.
     */
    private static final Known[][] BY_FIRST = new Known[128][];

    /** A header name as it is usually written, and its canonical name. */
    record Known(String spelling, String name) {
    }

    static {
        for (String n : new String[] {"Accept", "Accept-Encoding", "Accept-Language", "Alert-Info", "Allow",
                "Authentication-Info", "Authorization", "Call-ID", "Call-Info", "Contact", "Content-Disposition",
                "Content-Encoding", "Content-Language", "Content-Length", "Content-Type", "CSeq", "Date",
                "Error-Info", "Expires", "From", "In-Reply-To", "Max-Forwards", "MIME-Version", "Min-Expires",
                "Organization", "Priority", "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Require",
                "Record-Route", "Reply-To", "Require", "Retry-After", "Route", "Server", "Subject", "Supported",
                "Timestamp", "To", "Unsupported", "User-Agent", "Via", "Warning", "WWW-Authenticate", "Reason",
                "RSeq", "RAck", "Event", "Allow-Events", "Subscription-State", "Refer-To", "Referred-By",
                "Session-Expires", "Min-SE", "P-Asserted-Identity", "Privacy", "Path", "Service-Route",
                "Identity", "Identity-Info", "Accept-Contact", "Reject-Contact", "Request-Disposition",
                "X-Reason", "Diversion", "Remote-Party-ID", "X-BroadWorks-Correlation-Info"}) {
            CANONICAL.put(n.toLowerCase(Locale.ROOT), n);
        }
        Map<String, String> asWritten = new java.util.TreeMap<>();
        CANONICAL.values().forEach(n -> asWritten.put(n, n));
        COMPACT.forEach((letter, name) -> {
            asWritten.put(letter, name);
            asWritten.put(letter.toUpperCase(Locale.ROOT), name);
        });
        java.util.List<java.util.List<Known>> byFirst = new java.util.ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new java.util.ArrayList<>());
        }
        asWritten.forEach((spelling, name) -> byFirst.get(spelling.charAt(0)).add(new Known(spelling, name)));
        for (int c = 0; c < 128; c++) {
            BY_FIRST[c] = byFirst.get(c).toArray(new Known[0]);
        }
    }

    private HeaderNames() {
    }

    /**
     * A known header written in its canonical spelling or as a compact letter, as the whole of
     * {@code text[from, to)} without stripping or lower-casing: its spelling (the text of the range) and
     * its name (what {@link #canonical} gives for it); {@code null}
     * for any other spelling (then ask {@link #canonical}). Found without a copy of the range.
     */
    static Known known(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        char first = text.charAt(from);
        if (first >= BY_FIRST.length) {
            return null;
        }
        // the few names with this first letter, compared whole (length first) and in place: a hash of every
        // new header name was 6 % of a parse, and the name is not copied for it
        int length = to - from;
        for (Known candidate : BY_FIRST[first]) {
            if (candidate.spelling().length() == length && text.startsWith(candidate.spelling(), from)) {
                return candidate;
            }
        }
        return null;
    }

    /** The canonical long name for a header name as written; unknown names are returned as written. */
    public static String canonical(String name) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        String known = n.length() == 1 ? COMPACT.get(lower) : CANONICAL.get(lower);
        return known != null ? known : n;
    }
}
