package dev.rtcdiag.catalog.vendor.bitrix;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure code as the Bitrix24 web/desktop softphone reports it ({@code Call failed | <code> | <reason>}
 * in {@code phone.<email>.log}). The numbers are SIP-like codes from Voximplant with Bitrix's own
 * meaning; 402 with {@code X-Reason: SIP_PAYMENT_REQUIRED} means the SIP Connector is not paid, which
 * {@link #PAYMENT_REQUIRED_REASON} names.
 *
 * <p>Listed codes are {@link StandardBitrixPhoneError} constants; anything else is an {@link UnknownBitrixPhoneError} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface BitrixPhoneError extends CatalogCode permits StandardBitrixPhoneError, UnknownBitrixPhoneError {

    @Override
    default CodeSystem system() {
        return CodeSystem.BITRIX;
    }

    /** The {@code X-Reason} header value that turns a 402 into "SIP Connector not paid". */
    String PAYMENT_REQUIRED_REASON = "SIP_PAYMENT_REQUIRED";

    /** The code for any text; never {@code null}, never throws. */
    static BitrixPhoneError of(String code) {
        return find(code).<BitrixPhoneError>map(c -> c).orElseGet(() -> new UnknownBitrixPhoneError(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardBitrixPhoneError> find(String code) {
        return StandardBitrixPhoneError.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardBitrixPhoneError> findAll(String code) {
        return StandardBitrixPhoneError.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardBitrixPhoneError parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed bitrix code: '" + code + "'"));
    }
}
