package dev.rtcdiag.catalog.vendor.voximplant;

import java.util.Objects;

/**
 * A VoxEngine event name the catalog does not list. Obtain it through {@link VoxEvent#of(String)}.
 *
 * @param code the code as seen
 */
public record UnknownVoxEvent(String code) implements VoxEvent {

    /** Requires a non-null code; listed codes are rejected so that equality by code holds. */
    public UnknownVoxEvent {
        Objects.requireNonNull(code, "code");
        if (VoxEvent.find(code).isPresent()) {
            throw new IllegalArgumentException("code is listed, use VoxEvent.of(\"" + code + "\")");
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
        return "Unknown voximplant code (" + code + ")";
    }
}
