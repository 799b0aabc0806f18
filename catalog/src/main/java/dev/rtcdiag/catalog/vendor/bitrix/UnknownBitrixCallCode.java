package dev.rtcdiag.catalog.vendor.bitrix;

import java.util.Objects;

/**
 * A {@code CALL_FAILED_CODE} the catalog does not list. Obtain it through {@link BitrixCallCode#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownBitrixCallCode(String code) implements BitrixCallCode {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownBitrixCallCode {
        Objects.requireNonNull(code, "code");
        if (BitrixCallCode.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use BitrixCallCode.of(\"" + code + "\")");
        }
    }

    @Override
    public String constantName() {
        return "UNKNOWN_CODE";
    }

    @Override
    public String category() {
        return "unknown";
    }

    @Override
    public String source() {
        return "not in the catalog";
    }

    @Override
    public boolean isKnown() {
        return false;
    }

    @Override
    public String defaultTitle() {
        return "Unknown bitrix code (" + code + ")";
    }
}
