package dev.rtcdiag.catalog.vendor.bitrix;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bitrix24 telephony call result: the {@code CALL_FAILED_CODE} of {@code voximplant.statistic.get},
 * {@code ONVOXIMPLANTCALLEND} and {@code telephony.externalCall.finish}. The value is a string
 * ({@code "603-S"}, {@code "402-B24"}, {@code "OTHER"}); Bitrix renders every unlisted value as
 * "Undefined". Rows with 1, 2, 3 or 409 are billing entries, not calls.
 *
 * <p>Listed codes are {@link StandardBitrixCallCode} constants; anything else is an {@link UnknownBitrixCallCode} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface BitrixCallCode extends CatalogCode permits StandardBitrixCallCode, UnknownBitrixCallCode {

    @Override
    default CodeSystem system() {
        return CodeSystem.BITRIX;
    }

    /** The code for any text; never {@code null}, never throws. */
    static BitrixCallCode of(String code) {
        return find(code).<BitrixCallCode>map(c -> c).orElseGet(() -> new UnknownBitrixCallCode(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardBitrixCallCode> find(String code) {
        return StandardBitrixCallCode.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardBitrixCallCode> findAll(String code) {
        return StandardBitrixCallCode.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardBitrixCallCode parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed bitrix code: '" + code + "'"));
    }
}
