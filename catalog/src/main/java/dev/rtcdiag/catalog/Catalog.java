package dev.rtcdiag.catalog;

import dev.rtcdiag.catalog.sip.FreeSwitchCause;
import dev.rtcdiag.catalog.sip.Q850Cause;
import dev.rtcdiag.catalog.sip.SipStatus;
import dev.rtcdiag.catalog.sip.StandardFreeSwitchCause;
import dev.rtcdiag.catalog.sip.StandardQ850Cause;
import dev.rtcdiag.catalog.sip.StandardSipStatus;
import dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode;
import dev.rtcdiag.catalog.vendor.bbb.StandardBbbErrorCode;
import dev.rtcdiag.catalog.vendor.bitrix.BitrixCallCode;
import dev.rtcdiag.catalog.vendor.bitrix.BitrixPhoneError;
import dev.rtcdiag.catalog.vendor.bitrix.StandardBitrixCallCode;
import dev.rtcdiag.catalog.vendor.bitrix.StandardBitrixPhoneError;
import dev.rtcdiag.catalog.vendor.broadworks.BroadWorksErrorCode;
import dev.rtcdiag.catalog.vendor.broadworks.StandardBroadWorksErrorCode;
import dev.rtcdiag.catalog.vendor.voximplant.StandardVoxEvent;
import dev.rtcdiag.catalog.vendor.voximplant.StandardVoxFinishReason;
import dev.rtcdiag.catalog.vendor.voximplant.VoxEvent;
import dev.rtcdiag.catalog.vendor.voximplant.VoxFinishReason;
import dev.rtcdiag.catalog.vendor.wcs.StandardWcsStatus;
import dev.rtcdiag.catalog.vendor.wcs.StandardWcsStatusInfo;
import dev.rtcdiag.catalog.vendor.wcs.WcsStatus;
import dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo;
import dev.rtcdiag.catalog.vendor.webex.StandardWebexErrorCode;
import dev.rtcdiag.catalog.vendor.webex.WebexErrorCode;
import dev.rtcdiag.catalog.webrtc.StandardStunErrorCode;
import dev.rtcdiag.catalog.webrtc.StandardWebRtcError;
import dev.rtcdiag.catalog.webrtc.StandardWebSocketCloseCode;
import dev.rtcdiag.catalog.webrtc.StunErrorCode;
import dev.rtcdiag.catalog.webrtc.WebRtcError;
import dev.rtcdiag.catalog.webrtc.WebSocketCloseCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry point over every family: look a code up by system and text, as the CLI's
 * {@code explain SYSTEM CODE} and the knowledge base do.
 *
 * <ul>
 *   <li>{@link #lookup(CodeSystem, String)}: every listed meaning (empty when none; a few codes have
 *       two, such as BigBlueButton 2211 or Bitrix 486 as a call result and as a softphone error).</li>
 *   <li>{@link #of(CodeSystem, String)}: total; the first listed meaning, else the family's unknown
 *       value, else an {@link UnparsedCode}.</li>
 *   <li>{@link #codes(CodeSystem)}: every listed code of a system.</li>
 * </ul>
 */
public final class Catalog {

    private static final Pattern BROADWORKS_ERROR = Pattern.compile("^\\[?\\s*(?:Error\\s+)?(\\d{1,6})\\s*]?$",
            Pattern.CASE_INSENSITIVE);

    private Catalog() {
    }

    /** Every listed meaning of a code in a system; never {@code null}. */
    public static List<CatalogCode> lookup(CodeSystem system, String code) {
        Objects.requireNonNull(system, "system");
        if (code == null || code.isBlank()) {
            return List.of();
        }
        String c = code.strip();
        return switch (system) {
            case SIP -> list(intOf(c).flatMap(SipStatus::find));
            case Q850 -> list(intOf(stripPrefix(c, "cause=")).flatMap(Q850Cause::find).or(() -> Q850Cause.findByName(c)));
            case FREESWITCH -> list(FreeSwitchCause.find(c));
            case STUN -> list(intOf(c).flatMap(StunErrorCode::find));
            case WEBSOCKET -> list(intOf(c).flatMap(WebSocketCloseCode::find));
            case WEBRTC -> list(WebRtcError.find(c));
            case BBB -> List.copyOf(BbbErrorCode.findAll(c));
            case WEBEX -> List.copyOf(WebexErrorCode.findAll(stripPrefix(c, "errorCode=")));
            case BROADWORKS -> List.copyOf(BroadWorksErrorCode.findAll(broadWorksNumber(c)));
            case BITRIX -> concat(BitrixCallCode.findAll(c), BitrixPhoneError.findAll(c));
            case VOXIMPLANT -> concat(VoxEvent.findAll(c), VoxFinishReason.findAll(c));
            case WCS -> concat(WcsStatusInfo.findAll(c), WcsStatus.findAll(c));
        };
    }

    /** The first listed meaning, else the family's unknown value, else an {@link UnparsedCode}; never {@code null}. */
    public static CatalogCode of(CodeSystem system, String code) {
        Objects.requireNonNull(system, "system");
        String c = code == null ? "" : code.strip();
        List<CatalogCode> listed = lookup(system, c);
        if (!listed.isEmpty()) {
            return listed.get(0);
        }
        if (c.isEmpty()) {
            return new UnparsedCode(system, c);
        }
        return switch (system) {
            case SIP -> threeDigits(c).<CatalogCode>map(SipStatus::of).orElseGet(() -> new UnparsedCode(system, c));
            case Q850 -> intOf(stripPrefix(c, "cause=")).<CatalogCode>map(Q850Cause::of).orElseGet(() -> new UnparsedCode(system, c));
            case FREESWITCH -> FreeSwitchCause.of(c);
            case STUN -> threeDigits(c).<CatalogCode>map(StunErrorCode::of).orElseGet(() -> new UnparsedCode(system, c));
            case WEBSOCKET -> intOf(c).<CatalogCode>map(WebSocketCloseCode::of).orElseGet(() -> new UnparsedCode(system, c));
            case WEBRTC -> WebRtcError.of(c);
            case BBB -> BbbErrorCode.of(c);
            case WEBEX -> WebexErrorCode.of(c);
            case BROADWORKS -> BroadWorksErrorCode.of(broadWorksNumber(c));
            case BITRIX -> BitrixCallCode.of(c);
            case VOXIMPLANT -> VoxEvent.of(c);
            case WCS -> WcsStatusInfo.of(c);
        };
    }

    /** Every listed code of a system, in catalog order. */
    public static List<CatalogCode> codes(CodeSystem system) {
        Objects.requireNonNull(system, "system");
        return switch (system) {
            case SIP -> List.of(StandardSipStatus.values());
            case Q850 -> List.of(StandardQ850Cause.values());
            case FREESWITCH -> List.of(StandardFreeSwitchCause.values());
            case STUN -> List.of(StandardStunErrorCode.values());
            case WEBSOCKET -> List.of(StandardWebSocketCloseCode.values());
            case WEBRTC -> List.of(StandardWebRtcError.values());
            case BBB -> List.of(StandardBbbErrorCode.values());
            case WEBEX -> List.of(StandardWebexErrorCode.values());
            case BROADWORKS -> List.of(StandardBroadWorksErrorCode.values());
            case BITRIX -> concat(Arrays.asList(StandardBitrixCallCode.values()), Arrays.asList(StandardBitrixPhoneError.values()));
            case VOXIMPLANT -> concat(Arrays.asList(StandardVoxEvent.values()), Arrays.asList(StandardVoxFinishReason.values()));
            case WCS -> concat(Arrays.asList(StandardWcsStatusInfo.values()), Arrays.asList(StandardWcsStatus.values()));
        };
    }

    private static List<CatalogCode> list(Optional<? extends CatalogCode> code) {
        return code.<List<CatalogCode>>map(List::of).orElse(List.of());
    }

    private static List<CatalogCode> concat(List<? extends CatalogCode> a, List<? extends CatalogCode> b) {
        List<CatalogCode> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String stripPrefix(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length()) ? s.substring(prefix.length()).strip() : s;
    }

    private static String broadWorksNumber(String s) {
        Matcher m = BROADWORKS_ERROR.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    private static Optional<Integer> intOf(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return Optional.empty();
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return Optional.empty();
        }
        for (int i = start; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(s));
    }

    private static Optional<Integer> threeDigits(String s) {
        return s.length() == 3 ? intOf(s) : Optional.empty();
    }
}
