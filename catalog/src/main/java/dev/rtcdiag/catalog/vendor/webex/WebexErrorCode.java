package dev.rtcdiag.catalog.vendor.webex;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Webex for BroadWorks error code: the end-user error codes of the user activation portal (Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt),
 * plus 100006, 200016 and 200054 from the guide's change history) and the BWC client error codes
 * 1502 and 1507. Six-digit numbers in Webex logs are not all from this table (meeting launch errors
 * use them too), so parsers should only look a number up here next to "error"/"code".
 *
 * <p>Listed codes are {@link StandardWebexErrorCode} constants; anything else is an {@link UnknownWebexErrorCode} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface WebexErrorCode extends CatalogCode permits StandardWebexErrorCode, UnknownWebexErrorCode {

    @Override
    default CodeSystem system() {
        return CodeSystem.WEBEX;
    }

    /** The code for any text; never {@code null}, never throws. */
    static WebexErrorCode of(String code) {
        return find(code).<WebexErrorCode>map(c -> c).orElseGet(() -> new UnknownWebexErrorCode(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardWebexErrorCode> find(String code) {
        return StandardWebexErrorCode.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardWebexErrorCode> findAll(String code) {
        return StandardWebexErrorCode.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardWebexErrorCode parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed webex code: '" + code + "'"));
    }
}
