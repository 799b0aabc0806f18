package dev.rtcdiag.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The families of codes the catalog knows. The {@link #id()} is what users type
 * ({@code rtcdiag explain sip 486}) and what appears as {@code symptom.system} in findings.
 */
public enum CodeSystem {
    /** SIP response status codes (IANA "Response Codes" registry, plus non-IANA codes seen in logs). */
    SIP("sip", "SIP response codes"),
    /** ITU-T Q.850 cause values, as carried in {@code Reason: Q.850;cause=N}. */
    Q850("q850", "Q.850 cause values"),
    /** FreeSWITCH hangup cause names ({@code switch_call_cause_t}). */
    FREESWITCH("freeswitch", "FreeSWITCH hangup causes"),
    /** STUN/TURN ERROR-CODE values (IANA "STUN Error Codes"). */
    STUN("stun", "STUN/TURN error codes"),
    /** WebSocket close codes (RFC 6455 section 7.4 and the IANA registry). */
    WEBSOCKET("websocket", "WebSocket close codes"),
    /** W3C WebRTC states, {@code icecandidateerror} codes and media-device errors. */
    WEBRTC("webrtc", "WebRTC states and errors"),
    /** BigBlueButton client and bbb-webrtc-sfu error codes. */
    BBB("bbb", "BigBlueButton error codes"),
    /** Webex for BroadWorks end-user error codes and BWC client error codes. */
    WEBEX("webex", "Webex for BroadWorks error codes"),
    /** Cisco BroadWorks {@code [Error N]} codes (OCI-P, XSI, Integrated IM&amp;P). */
    BROADWORKS("broadworks", "BroadWorks error codes"),
    /** Bitrix24 telephony {@code CALL_FAILED_CODE} values and softphone error codes. */
    BITRIX("bitrix", "Bitrix24 telephony codes"),
    /** Voximplant VoxEngine events and session finish reasons (the platform behind Bitrix24 telephony). */
    VOXIMPLANT("voximplant", "Voximplant events"),
    /** Flashphoner Web Call Server statuses and status-info strings. */
    WCS("wcs", "Flashphoner WCS statuses");

    private final String id;
    private final String displayName;

    CodeSystem(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The lower-case identifier, stable public API. */
    public String id() {
        return id;
    }

    /** A short English name for listings. */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds a system by its id, case-insensitively; {@code "q.850"} is accepted for {@link #Q850}.
     *
     * @return the system, or empty for {@code null}, blank or unknown input
     */
    public static Optional<CodeSystem> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("q.850")) {
            return Optional.of(Q850);
        }
        for (CodeSystem system : values()) {
            if (system.id.equals(wanted)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #find(String)} but strict.
     *
     * @throws IllegalArgumentException naming the input when it is not a system id
     */
    public static CodeSystem parse(String id) {
        Objects.requireNonNull(id, "id");
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown code system: '" + id + "'"));
    }
}
