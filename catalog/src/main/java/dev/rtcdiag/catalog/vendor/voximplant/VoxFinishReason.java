package dev.rtcdiag.catalog.vendor.voximplant;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a Voximplant session ended ({@code finish_reason} of the call history, and the
 * {@code Normal termination} line of session logs).
 *
 * <p>Listed codes are {@link StandardVoxFinishReason} constants; anything else is an {@link UnknownVoxFinishReason} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface VoxFinishReason extends CatalogCode permits StandardVoxFinishReason, UnknownVoxFinishReason {

    @Override
    default CodeSystem system() {
        return CodeSystem.VOXIMPLANT;
    }

    /** The code for any text; never {@code null}, never throws. */
    static VoxFinishReason of(String code) {
        return find(code).<VoxFinishReason>map(c -> c).orElseGet(() -> new UnknownVoxFinishReason(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardVoxFinishReason> find(String code) {
        return StandardVoxFinishReason.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardVoxFinishReason> findAll(String code) {
        return StandardVoxFinishReason.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardVoxFinishReason parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed voximplant code: '" + code + "'"));
    }
}
