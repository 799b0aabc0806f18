package dev.rtcdiag.catalog.vendor.bitrix;

import java.util.Objects;

/**
 * A softphone failure code the catalog does not list. Obtain it through {@link BitrixPhoneError#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownBitrixPhoneError(String code) implements BitrixPhoneError {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownBitrixPhoneError {
        Objects.requireNonNull(code, "code");
        if (BitrixPhoneError.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use BitrixPhoneError.of(\"" + code + "\")");
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
