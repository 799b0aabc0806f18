package dev.rtcdiag.catalog.vendor.bbb;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link BbbErrorCode}. */
public enum StandardBbbErrorCode implements BbbErrorCode {
    WEBSOCKET_DISCONNECTED("1001", "audio", "WebSocket disconnected", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    WEBSOCKET_CONNECTION_FAILED("1002", "audio", "Could not make a WebSocket connection", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    BROWSER_NOT_SUPPORTED("1003", "audio", "Browser version not supported", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    CALL_FAILURE("1004", "audio", "Failure on call", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    CALL_ENDED_UNEXPECTEDLY("1005", "audio", "Call ended unexpectedly", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    CALL_TIMEOUT("1006", "audio", "Call timed out", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_NEGOTIATION_FAILED("1007", "audio", "ICE negotiation failed", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    CALL_TRANSFER_FAILED("1008", "audio", "Call transfer failed", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    STUN_TURN_FETCH_FAILED("1009", "audio", "Could not fetch STUN/TURN server information", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_NEGOTIATION_TIMEOUT("1010", "audio", "ICE negotiation timeout", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_GATHERING_TIMEOUT("1011", "audio", "ICE gathering timeout", "BBB html5 client locale app.audioNotification.audioFailedError1011 (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_CONNECTION_CLOSED("1012", "audio", "ICE connection closed", "BBB html5 client sip bridge 2.3+ (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_FLOW_TIMEOUT("1020", "webcam", "Media could not reach the server", "BigBlueButton troubleshooting, WebRTC errors (https://docs.bigbluebutton.org/support/troubleshooting); BBB docs troubleshooting \"WebRTC errors\"; html5 client audio bridges (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SCREENSHARE_SIGNALLING_TRANSPORT_DISCONNECTED("1101", "screenshare", "Signalling transport disconnected", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SCREENSHARE_SIGNALLING_TRANSPORT_CONNECTION_FAILED("1102", "screenshare", "Signalling transport connection failed", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SCREENSHARE_PLAY_FAILED("1104", "screenshare", "Screenshare play failed", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SCREENSHARE_PEER_NEGOTIATION_FAILED("1105", "screenshare", "Peer negotiation failed", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_STATE_FAILED_CLIENT("1107", "screenshare", "Connection failure (ICE error 1107)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton); webcam app.video.iceConnectionStateError", List.of()),
    SCREENSHARE_MEDIA_TIMEOUT("1120", "screenshare", "Screenshare media timeout", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SCREENSHARE_UNKNOWN_ERROR("1121", "screenshare", "Screenshare unknown error", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_GENERIC_ERROR("1130", "screenshare", "Screen capture failed (getDisplayMedia generic error)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_ABORT_ERROR("1131", "screenshare", "Screen capture aborted (AbortError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_INVALID_STATE_ERROR("1132", "screenshare", "Screen capture in invalid state (InvalidStateError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_OVERCONSTRAINED_ERROR("1133", "screenshare", "Screen capture constraints not satisfiable (OverconstrainedError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_TYPE_ERROR("1134", "screenshare", "Screen capture called with invalid options (TypeError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_NOT_FOUND_ERROR("1135", "screenshare", "No screen source found (NotFoundError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_NOT_ALLOWED_ERROR("1136", "screenshare", "Screen capture permission denied (NotAllowedError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_NOT_SUPPORTED_ERROR("1137", "screenshare", "Screen capture not supported (NotSupportedError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    GDM_NOT_READABLE_ERROR("1138", "screenshare", "Screen source not readable (NotReadableError)", "BBB html5 client screenshare errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    BROKER_WEBSOCKET_DISCONNECTED("1301", "sfu-broker", "SFU WebSocket disconnected", "BBB html5 client sfu-base-broker broker-base-errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    BROKER_WEBSOCKET_CONNECTION_FAILED("1302", "sfu-broker", "SFU WebSocket connection failed", "BBB html5 client sfu-base-broker broker-base-errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    BROKER_PEER_NEGOTIATION_FAILED("1305", "sfu-broker", "SFU peer negotiation failed", "BBB html5 client sfu-base-broker broker-base-errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    BROKER_ICE_STATE_FAILED("1307", "sfu-broker", "SFU ICE state failed", "BBB html5 client sfu-base-broker broker-base-errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    BROKER_ENDED_WHILE_STARTING("1310", "sfu-broker", "Ended while starting", "BBB html5 client sfu-base-broker broker-base-errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_SERVER_CONNECTION_ERROR("2000", "sfu-server", "Unable to connect to media server", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_SERVER_OFFLINE("2001", "sfu-server", "Media server is offline", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_SERVER_NO_RESOURCES("2002", "sfu-server", "Media server has no available resources", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_SERVER_REQUEST_TIMEOUT("2003", "sfu-server", "Media server requests are timing out", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_SERVER_GENERIC_ERROR_CLIENT("2004", "sfu-server", "Media server generic error (client numbering)", "BBB html5 client SFU_SERVER_SIDE_ERRORS (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_SERVER_GENERIC_ERROR("2019", "sfu-server", "Media server generic error", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_ADD_CANDIDATE_FAILED("2020", "sfu-server", "Could not add ICE candidate", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_GATHERING_FAILED("2021", "sfu-server", "Media server cannot gather connection candidates", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ICE_STATE_FAILED("2022", "sfu-server", "Media server connection failed (ICE)", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ROOM_GENERIC_ERROR("2100", "sfu-server", "Room error", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    ROOM_NOT_FOUND("2101", "sfu-server", "Room not found", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    USER_GENERIC_ERROR("2110", "sfu-server", "User error", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    USER_NOT_FOUND("2111", "sfu-server", "User not found", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_GENERIC_ERROR("2200", "sfu-server", "Media server failed to process request", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_NOT_FOUND("2201", "sfu-server", "Media not found", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_INVALID_SDP("2202", "sfu-server", "Client generated an invalid media request (SDP)", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_NO_AVAILABLE_CODEC("2203", "sfu-server", "Server could not find an appropriate codec", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_INVALID_TYPE("2204", "sfu-server", "Invalid media type", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_INVALID_OPERATION("2205", "sfu-server", "Invalid media operation", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_PROCESS_OFFER_FAILED("2206", "sfu-server", "Processing the SDP offer failed", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_PROCESS_ANSWER_FAILED("2207", "sfu-server", "Processing the SDP answer failed", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_GENERIC_PROCESS_ERROR("2208", "sfu-server", "Media processing error", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_ADAPTER_OBJECT_NOT_FOUND("2209", "sfu-server", "Media adapter object not found", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_CONNECT_ERROR("2210", "sfu-server", "Media connect error", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_NOT_FLOWING("2211", "sfu-server", "Media not flowing", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton); 2211 also means MEDIA_ESL_COMMAND_ERROR in mcs-core", List.of("MEDIA_NOT_FLOWING")),
    MEDIA_ESL_COMMAND_ERROR("2211", "sfu-server", "FreeSWITCH ESL command error", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton); 2211 also means MEDIA_NOT_FLOWING in errors.js", List.of("MEDIA_ESL_COMMAND_ERROR")),
    MEDIA_ESL_AUTHENTICATION_ERROR("2212", "sfu-server", "FreeSWITCH ESL authentication error", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_ESL_CONNECTION_ERROR("2213", "sfu-server", "FreeSWITCH ESL connection error", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MEDIA_ID_COLLISION("2214", "sfu-server", "Media id collision", "bbb-webrtc-sfu mcs-core constants.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SFU_INVALID_REQUEST("2300", "sfu-server", "Invalid request to the SFU", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SFU_UNAUTHORIZED("2301", "sfu-server", "Unauthorized request to the SFU", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SFU_GLOBAL_AUDIO_FAILED("2302", "sfu-server", "Global (listen-only) audio failed", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SFU_AUDIO_FAILED("2303", "sfu-server", "Audio failed", "bbb-webrtc-sfu lib/base/errors.js (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    RECONNECTION_IN_PROGRESS("3001", "connection", "Reconnection in progress", "BBB docs \"Common Client Errors\" (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    UNABLE_TO_CONNECT("3002", "connection", "Unable to connect", "BBB docs \"Common Client Errors\" (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    SERVER_NOT_RESPONDING("3003", "connection", "Server is currently not responding", "BBB docs \"Common Client Errors\" (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    CONNECTION_UNSTABLE("3004", "connection", "Connection is unstable", "BBB docs \"Common Client Errors\" (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    DATA_LOADING_SLOWLY("3005", "connection", "Data is loading slowly", "BBB docs \"Common Client Errors\" (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    LIVE_DATA_NOT_LOADED("3006", "connection", "Some live data could not be loaded", "BBB docs \"Common Client Errors\" (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of()),
    MIC_NO_PERMISSION("7", "microphone", "Microphone permission denied", "BBB html5 client audio-manager error-codes.js MIC_ERROR (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of("MIC_ERROR 7", "NO_PERMISSION")),
    MIC_MAC_OS_BLOCK("8", "microphone", "Microphone blocked by macOS privacy settings", "BBB html5 client audio-manager error-codes.js MIC_ERROR (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of("MIC_ERROR 8", "MAC_OS_BLOCK")),
    MIC_NO_SSL("9", "microphone", "Microphone needs HTTPS", "BBB html5 client audio-manager error-codes.js MIC_ERROR (https://docs.bigbluebutton.org, https://github.com/bigbluebutton)", List.of("MIC_ERROR 9", "NO_SSL"));

    static final CodeIndex<StandardBbbErrorCode> INDEX = CodeIndex.of(Arrays.asList(values()), StandardBbbErrorCode::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardBbbErrorCode(String code, String category, String defaultTitle, String source, List<String> aliases) {
        this.code = code;
        this.category = category;
        this.defaultTitle = defaultTitle;
        this.source = source;
        this.aliases = aliases;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public String defaultTitle() {
        return defaultTitle;
    }

    /** Other spellings of the code that vendors print. */
    public List<String> aliases() {
        return aliases;
    }
}
