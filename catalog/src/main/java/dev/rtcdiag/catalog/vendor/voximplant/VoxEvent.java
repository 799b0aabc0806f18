package dev.rtcdiag.catalog.vendor.voximplant;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A VoxEngine event name as it appears in a Voximplant session log ({@code Call.Failed},
 * {@code Call.TransferComplete}, {@code Application.Terminated}); the {@code CallEvents.} prefix and
 * the bare name are accepted as aliases for call events.
 *
 * <p>Listed codes are {@link StandardVoxEvent} constants; anything else is an {@link UnknownVoxEvent} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface VoxEvent extends CatalogCode permits StandardVoxEvent, UnknownVoxEvent {

    @Override
    default CodeSystem system() {
        return CodeSystem.VOXIMPLANT;
    }

    /** The code for any text; never {@code null}, never throws. */
    static VoxEvent of(String code) {
        return find(code).<VoxEvent>map(c -> c).orElseGet(() -> new UnknownVoxEvent(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardVoxEvent> find(String code) {
        return StandardVoxEvent.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardVoxEvent> findAll(String code) {
        return StandardVoxEvent.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardVoxEvent parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed voximplant code: '" + code + "'"));
    }
}
