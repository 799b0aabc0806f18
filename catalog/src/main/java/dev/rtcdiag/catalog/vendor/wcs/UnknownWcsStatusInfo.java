package dev.rtcdiag.catalog.vendor.wcs;

import java.util.Objects;

/**
 * A WCS status-info text the catalog does not list; a "Failed by …" text still {@linkplain #isFailure() is a failure}. Obtain it through {@link WcsStatusInfo#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownWcsStatusInfo(String code) implements WcsStatusInfo {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownWcsStatusInfo {
        Objects.requireNonNull(code, "code");
        if (WcsStatusInfo.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use WcsStatusInfo.of(\"" + code + "\")");
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

    @Override
    public boolean isInterpretable() {
        return isFailure();
    }
}
