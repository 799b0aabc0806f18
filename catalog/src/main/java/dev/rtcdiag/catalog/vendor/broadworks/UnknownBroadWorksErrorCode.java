package dev.rtcdiag.catalog.vendor.broadworks;

import java.util.Objects;

/**
 * A BroadWorks error number the catalog does not list. Obtain it through {@link BroadWorksErrorCode#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownBroadWorksErrorCode(String code) implements BroadWorksErrorCode {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownBroadWorksErrorCode {
        Objects.requireNonNull(code, "code");
        if (BroadWorksErrorCode.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use BroadWorksErrorCode.of(\"" + code + "\")");
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
        return "Unknown broadworks code (" + code + ")";
    }
}
