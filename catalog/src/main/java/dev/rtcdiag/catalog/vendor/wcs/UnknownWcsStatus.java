package dev.rtcdiag.catalog.vendor.wcs;

import java.util.Objects;

/**
 * A WCS status word the catalog does not list. Obtain it through {@link WcsStatus#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownWcsStatus(String code) implements WcsStatus {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownWcsStatus {
        Objects.requireNonNull(code, "code");
        if (WcsStatus.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use WcsStatus.of(\"" + code + "\")");
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
        return "Unknown wcs code (" + code + ")";
    }
}
