package dev.rtcdiag.catalog.vendor.bbb;

import java.util.Objects;

/**
 * A BigBlueButton error code the catalog does not list. Obtain it through {@link BbbErrorCode#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownBbbErrorCode(String code) implements BbbErrorCode {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownBbbErrorCode {
        Objects.requireNonNull(code, "code");
        if (BbbErrorCode.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use BbbErrorCode.of(\"" + code + "\")");
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
        return "Unknown bbb code (" + code + ")";
    }
}
