package dev.rtcdiag.catalog.vendor.webex;

import java.util.Objects;

/**
 * A Webex error code the catalog does not list. Obtain it through {@link WebexErrorCode#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownWebexErrorCode(String code) implements WebexErrorCode {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownWebexErrorCode {
        Objects.requireNonNull(code, "code");
        if (WebexErrorCode.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use WebexErrorCode.of(\"" + code + "\")");
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
        return "Unknown webex code (" + code + ")";
    }
}
