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
    }

    private HeaderNames() {
    }

    /** The canonical long name for a header name as written; unknown names are returned as written. */
    public static String canonical(String name) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        String known = n.length() == 1 ? COMPACT.get(lower) : CANONICAL.get(lower);
        return known != null ? known : n;
    }
}
