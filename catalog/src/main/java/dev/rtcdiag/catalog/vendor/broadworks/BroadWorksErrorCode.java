package dev.rtcdiag.catalog.vendor.broadworks;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Cisco BroadWorks error number as printed in {@code [Error N] text} (OCI-P {@code ErrorResponse}
 * summaries, CLI and GUI messages) or in an XSI {@code <errorCode>}. Listed: the numbers named in
 * Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) (18211, 18215) and the ones captured in public sources (4008, 4400, 4962, 6004, XSI 8251);
 * every other number is representable and keeps its text in the event that carried it.
 *
 * <p>Listed codes are {@link StandardBroadWorksErrorCode} constants; anything else is an {@link UnknownBroadWorksErrorCode} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface BroadWorksErrorCode extends CatalogCode permits StandardBroadWorksErrorCode, UnknownBroadWorksErrorCode {

    @Override
    default CodeSystem system() {
        return CodeSystem.BROADWORKS;
    }

    /** The code for any text; never {@code null}, never throws. */
    static BroadWorksErrorCode of(String code) {
        return find(code).<BroadWorksErrorCode>map(c -> c).orElseGet(() -> new UnknownBroadWorksErrorCode(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardBroadWorksErrorCode> find(String code) {
        return StandardBroadWorksErrorCode.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardBroadWorksErrorCode> findAll(String code) {
        return StandardBroadWorksErrorCode.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardBroadWorksErrorCode parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed broadworks code: '" + code + "'"));
    }
}
