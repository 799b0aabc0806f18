package dev.rtcdiag.catalog.vendor.bbb;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.CodeIndex;
import dev.rtcdiag.catalog.CodeSystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A BigBlueButton error code: audio errors 1001–1012 and 1020 (BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting)), screenshare 11xx, SFU
 * broker 13xx, bbb-webrtc-sfu server errors 2xxx, GraphQL connection errors 3001–3006 and the
 * microphone errors 7–9. The code is kept as text because BBB logs it both as a number and as a
 * string ({@code "1107"} in screenshare records).
 *
 * <p>2211 has two meanings in bbb-webrtc-sfu ({@code MEDIA_NOT_FLOWING} in {@code errors.js},
 * {@code MEDIA_ESL_COMMAND_ERROR} in mcs-core); use {@link #find(String, String)} with the reason text.
 *
 * <p>Listed codes are {@link StandardBbbErrorCode} constants; anything else is an {@link UnknownBbbErrorCode} that keeps the
 * code as seen. Look-ups are case-insensitive and fold white space ({@link CodeIndex}).
 */
public sealed interface BbbErrorCode extends CatalogCode permits StandardBbbErrorCode, UnknownBbbErrorCode {

    @Override
    default CodeSystem system() {
        return CodeSystem.BBB;
    }

    /**
     * The listed code, disambiguated by the {@code reason} text that accompanies it (for 2211:
     * {@code MEDIA_NOT_FLOWING} vs {@code MEDIA_ESL_COMMAND_ERROR}); falls back to {@link #find(String)}.
     */
    static Optional<StandardBbbErrorCode> find(String code, String reason) {
        List<StandardBbbErrorCode> all = findAll(code);
        if (reason != null && all.size() > 1) {
            for (StandardBbbErrorCode c : all) {
                if (c.name().equalsIgnoreCase(reason.strip())) {
                    return Optional.of(c);
                }
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The code for any text; never {@code null}, never throws. */
    static BbbErrorCode of(String code) {
        return find(code).<BbbErrorCode>map(c -> c).orElseGet(() -> new UnknownBbbErrorCode(code == null ? "" : code.strip()));
    }

    /** The listed code for a text, or empty. */
    static Optional<StandardBbbErrorCode> find(String code) {
        return StandardBbbErrorCode.INDEX.find(code);
    }

    /** Every listed meaning of a code, in listing order (more than one only where the vendor reused a number). */
    static List<StandardBbbErrorCode> findAll(String code) {
        return StandardBbbErrorCode.INDEX.findAll(code);
    }

    /**
     * Strict look-up.
     *
     * @throws IllegalArgumentException naming the input when the code is not listed
     */
    static StandardBbbErrorCode parse(String code) {
        Objects.requireNonNull(code, "code");
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a listed bbb code: '" + code + "'"));
    }
}
