package dev.rtcdiag.catalog.vendor.wcs;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Flashphoner WCS status-info string: the {@code info} of a stream or call status ({@code "Failed by
 * ICE timeout"}) or a WebSDK error info. The set is every string the WebSDK ever defined (the union
 * over its history equals the current list); newer closed-source server builds may send others, so
 * any unlisted text is an {@link UnknownWcsStatusInfo} and still counts as a failure when it starts
 * with "Failed" ({@link #isFailure()}). Matching ignores case and white-space drift, and the newer
 * docs' wording {@code "Stopped by /terminate REST query"} is an alias.
 *
 * <p>Listed codes are {@link StandardWcsStatusInfo} constants; anything else is an {@link UnknownWcsStatusInfo} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface WcsStatusInfo extends CatalogCode permits StandardWcsStatusInfo, UnknownWcsStatusInfo {

    @Override
    default CodeSystem system() {
        return CodeSystem.WCS;
    }

    /**
     * Whether the info reports a failure: every {@code Failed …} text (listed or not) and the listed
     * non-"Failed" errors such as {@code No common codecs}. {@code Stopped by user} and the other
     * normal stops are not failures.
     */
    default boolean isFailure() {
        String c = code().strip().toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("failed") || category().equals("error-info")) {
            return true;
        }
        return switch (constantName()) {
            case "STREAM_FAILED", "NO_COMMON_CODECS", "TRANSCODING_REQUIRED_BUT_DISABLED", "NO_AVAILABLE_TRANSCODERS",
                 "RTSP_HAS_WRONG_FORMAT", "FILE_HAS_WRONG_FORMAT", "RTSP_STREAM_NOT_FOUND", "STREAM_NOT_FOUND",
                 "CDN_STREAM_NOT_FOUND", "FILE_NOT_FOUND", "BAD_URI", "GOT_EXCEPTION_WHILE_STREAMING_FILE",
                 "STREAM_NAME_ALREADY_IN_USE", "MEDIASESSION_ID_NULL", "MEDIASESSION_ID_ALREADY_IN_USE",
                 "SESSION_NOT_READY", "SESSION_DOES_NOT_EXIST", "RESTRICTED_ACCESS", "PUBLISH_STREAM_IS_NOT_READY" -> true;
            default -> false;
        };
    }

    /** The code for any text; never {@code null}, never throws. */
    static WcsStatusInfo of(String code) {
        return find(code).<WcsStatusInfo>map(c -> c).orElseGet(() -> new UnknownWcsStatusInfo(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardWcsStatusInfo> find(String code) {
        return StandardWcsStatusInfo.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardWcsStatusInfo> findAll(String code) {
        return StandardWcsStatusInfo.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardWcsStatusInfo parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed wcs code: '" + code + "'"));
    }
}
