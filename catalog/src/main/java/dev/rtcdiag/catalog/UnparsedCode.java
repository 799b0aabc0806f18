package dev.rtcdiag.catalog;

import java.util.Objects;

/**
 * A text that is not even in the syntax of its family (for example {@code "abc"} as a SIP status).
 * {@link Catalog#of(CodeSystem, String)} returns it instead of throwing, so callers that feed log
 * text straight into the catalog never fail.
 *
 * @param system the family that was asked
 * @param code the text as seen
 */
public record UnparsedCode(CodeSystem system, String code) implements CatalogCode {

    /** Requires both components. */
    public UnparsedCode {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String constantName() {
        return "UNPARSED";
    }

    @Override
    public String category() {
        return "invalid";
    }

    @Override
    public String source() {
        return "not a " + system.id() + " code";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public String defaultTitle() {
        return "Not a " + system.id() + " code: '" + code + "'";
    }
}
