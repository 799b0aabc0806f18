package dev.rtcdiag.catalog.vendor.wcs;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Flashphoner WCS status of a session, stream, call, registration or transfer ({@code FAILED},
 * {@code PUBLISHING}, {@code AUTHENTICATION_FAIL}). The same word is a status of several objects,
 * so {@link #findAll(String)} returns one entry per object; {@link #find(String, String)} picks by
 * object ({@code "stream"}, {@code "call"}, …).
 *
 * <p>Listed codes are {@link StandardWcsStatus} constants; anything else is an {@link UnknownWcsStatus} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface WcsStatus extends CatalogCode permits StandardWcsStatus, UnknownWcsStatus {

    @Override
    default CodeSystem system() {
        return CodeSystem.WCS;
    }

    /** The listed status of one object kind ({@code "session"}, {@code "stream"}, {@code "call"}, {@code "registration"}, {@code "transfer"}). */
    static Optional<StandardWcsStatus> find(String status, String object) {
        for (StandardWcsStatus s : findAll(status)) {
            if (s.category().equalsIgnoreCase(object == null ? "" : object.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The code for any text; never {@code null}, never throws. */
    static WcsStatus of(String code) {
        return find(code).<WcsStatus>map(c -> c).orElseGet(() -> new UnknownWcsStatus(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardWcsStatus> find(String code) {
        return StandardWcsStatus.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardWcsStatus> findAll(String code) {
        return StandardWcsStatus.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardWcsStatus parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed wcs code: '" + code + "'"));
    }
}
