package dev.rtcdiag.core;

import dev.rtcdiag.catalog.CatalogCode;
import java.util.Objects;

/**
 * The catalog code that triggered a finding, as outputs print it ({@code {"system":"bbb","code":"1007","name":"ICE_NEGOTIATION_FAILED"}}).
 *
 * @param system the code's system id
 * @param code the code as text
 * @param name the catalog's constant name ({@code UNKNOWN_…} for unlisted codes)
 */
public record Symptom(String system, String code, String name) {

    /** Validates components. */
    public Symptom {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** The symptom of a catalog code. */
    public static Symptom of(CatalogCode code) {
        return new Symptom(code.system().id(), code.code(), code.constantName());
    }

    /** A symptom that is a pattern rather than a code (e.g. retransmissions without answer). */
    public static Symptom pattern(String system, String name) {
        return new Symptom(system, "", name);
    }
}
