package dev.rtcdiag.parsers.sip;

import java.util.Objects;

/**
 * One header field as it appeared, after unfolding continuation lines.
 *
 * @param name the name as written ({@code "i"}, {@code "MaX-fOrWaRdS"})
 * @param canonicalName the long form in canonical case ({@code "Call-ID"}, {@code "Max-Forwards"})
 * @param value the value with surrounding white space removed and folded lines joined by one space
 */
public record SipHeader(String name, String canonicalName, String value) {

    /** Validates components. */
    public SipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(value, "value");
    }

    /** Whether this header has the given name (long or compact form, any case). */
    public boolean is(String headerName) {
        return canonicalName.equalsIgnoreCase(HeaderNames.canonical(headerName));
    }
}
