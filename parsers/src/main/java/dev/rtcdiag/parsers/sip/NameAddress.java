package dev.rtcdiag.parsers.sip;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A From, To or Contact value: optional display name, URI, and header parameters.
 *
 * @param displayName the display name with quotes and quoted-pairs removed, or {@code ""}
 * @param uri the URI
 * @param params header parameters ({@code tag}, {@code expires}, {@code q}…), in order; no value maps to {@code ""}
 */
public record NameAddress(String displayName, SipUri uri, Map<String, String> params) {

    /** Copies the parameters (keeps the parser's own, which are immutable). */
    public NameAddress {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(uri, "uri");
        // the parser's parameters are immutable already (a LinkedHashMap it built and this copied again was 7 % of
        // parsing a message and reading five fields, JFR); any other map is copied
        params = params instanceof dev.rtcdiag.parsers.internal.OrderedMap ? params
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The {@code tag} parameter. */
    public Optional<String> tag() {
        return Optional.ofNullable(params.get("tag")).filter(t -> !t.isEmpty());
    }

    /** Whether this is the wildcard Contact {@code *}. */
    public boolean isWildcard() {
        return uri.text().equals("*");
    }
}
