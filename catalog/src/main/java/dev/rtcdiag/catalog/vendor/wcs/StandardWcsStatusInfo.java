package dev.rtcdiag.catalog.vendor.wcs;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link WcsStatusInfo}. */
public enum StandardWcsStatusInfo implements WcsStatusInfo {
    FAILED_BY_ICE_ERROR("Failed by ICE error", "stream-info", "Failed by ICE error", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_ICE_TIMEOUT("Failed by ICE timeout", "stream-info", "Failed by ICE timeout", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_KEEP_ALIVE("Failed by ICE keep alive", "stream-info", "Failed by ICE keep alive", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_DTLS_FINGERPRINT_ERROR("Failed by DTLS fingerprint error", "stream-info", "Failed by DTLS fingerprint error", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_DTLS_ERROR("Failed by DTLS error", "stream-info", "Failed by DTLS error", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_HLS_WRITER_ERROR("Failed by HLS writer error", "stream-info", "Failed by HLS writer error", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_RTMP_WRITER_ERROR("Failed by RTMP writer error", "stream-info", "Failed by RTMP writer error", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_RTP_ACTIVITY("Failed by RTP activity", "stream-info", "Failed by RTP activity", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    STOPPED_BY_SESSION_DISCONNECT("Stopped by session disconnect", "stream-info", "Stopped by session disconnect", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    STOPPED_BY_REST_TERMINATE("Stopped by rest /terminate", "stream-info", "Stopped by rest /terminate", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of("Stopped by /terminate REST query")),
    STOPPED_BY_PUBLISHER_STOP("Stopped by publisher stop", "stream-info", "Stopped by publisher stop", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    STOPPED_BY_USER("Stopped by user", "stream-info", "Stopped by user", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_ERROR("Failed by error", "stream-info", "Failed by error", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_TO_ADD_STREAM_TO_PROXY("Failed to add stream to proxy", "stream-info", "Failed to add stream to proxy", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    DISTRIBUTOR_STOPPED("Distributor stopped", "stream-info", "Distributor stopped", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    PUBLISH_STREAM_IS_NOT_READY("Publish stream is not ready", "stream-info", "Publish stream is not ready", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    STREAM_NOT_FOUND("Stream not found", "stream-info", "Stream not found", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    STREAM_NAME_ALREADY_IN_USE("Stream name is already in use", "stream-info", "Stream name is already in use", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    MEDIASESSION_ID_NULL("MediaSessionId is null", "stream-info", "MediaSessionId is null", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    MEDIASESSION_ID_ALREADY_IN_USE("MediaSessionId is already in use", "stream-info", "MediaSessionId is already in use", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    SESSION_NOT_READY("Session not ready", "stream-info", "Session not ready", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    SESSION_DOES_NOT_EXIST("Session does not exist", "stream-info", "Session does not exist", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    RTSP_HAS_WRONG_FORMAT("Rtsp has wrong format", "stream-info", "Rtsp has wrong format", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FILE_HAS_WRONG_FORMAT("File has wrong format", "stream-info", "File has wrong format", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_TO_CONNECT_TO_RTSP_STREAM("Failed to connect to rtsp stream", "stream-info", "Failed to connect to rtsp stream", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    RTSP_STREAM_NOT_FOUND("Rtsp stream not found", "stream-info", "Rtsp stream not found", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    RTSPAGENT_SHUTDOWN("RtspAgent shutdown", "stream-info", "RtspAgent shutdown", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    STREAM_FAILED("Stream failed", "stream-info", "Stream failed", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    NO_COMMON_CODECS("No common codecs", "stream-info", "No common codecs", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    BAD_URI("Bad URI", "stream-info", "Bad URI", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    GOT_EXCEPTION_WHILE_STREAMING_FILE("Got exception while streaming file", "stream-info", "Got exception while streaming file", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    REQUESTED_STREAM_SHUTDOWN("Requested stream shutdown", "stream-info", "Requested stream shutdown", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_TO_READ_FILE("Failed to read file", "stream-info", "Failed to read file", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FILE_NOT_FOUND("File not found", "stream-info", "File not found", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_TO_CONNECT_TO_ORIGIN_STREAM("Failed to connect to origin stream", "stream-info", "Failed to connect to origin stream", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    CDN_STREAM_NOT_FOUND("CDN stream not found", "stream-info", "CDN stream not found", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_TO_GET_AGENT_STORAGE("Failed to get agent storage", "stream-info", "Failed to get agent storage", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    AGENT_SERVICING_ORIGIN_STREAM_IS_SHUTTING_DOWN("Agent servicing origin stream is shutting down", "stream-info", "Agent servicing origin stream is shutting down", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    TERMINATED_BY_KEEP_ALIVE("Terminated by keep-alive", "stream-info", "Terminated by keep-alive", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    TRANSCODING_REQUIRED_BUT_DISABLED("Transcoding required, but disabled", "stream-info", "Transcoding required, but disabled", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    RESTRICTED_ACCESS("Restricted access", "stream-info", "Restricted access", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    NO_AVAILABLE_TRANSCODERS("No available transcoders", "stream-info", "No available transcoders", "Flashphoner WebSDK constants.js STREAM_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    NORMAL_CALL_CLEARING("Normal call clearing", "call-info", "Normal call clearing", "Flashphoner WebSDK constants.js CALL_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_SESSION_CREATION("Failed by session creation", "call-info", "Failed by session creation", "Flashphoner WebSDK constants.js CALL_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    FAILED_BY_REQUEST_TIMEOUT("Failed by request timeout", "call-info", "Failed by request timeout", "Flashphoner WebSDK constants.js CALL_STATUS_INFO (https://docs.flashphoner.com)", List.of()),
    NONE_OF_MEDIAPROVIDERS_AVAILABLE("None of MediaProviders available", "error-info", "None of MediaProviders available", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    NONE_OF_PREFERRED_MEDIAPROVIDERS_AVAILABLE("None of preferred MediaProviders available", "error-info", "None of preferred MediaProviders available", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    FLASHPHONER_API_NOT_INITIALIZED("Flashphoner API is not initialized", "error-info", "Flashphoner API is not initialized", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    URL_SERVER_MUST_BE_PROVIDED("options.urlServer must be provided", "error-info", "options.urlServer must be provided", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    INVALID_SESSION_STATE("Invalid session state", "error-info", "Invalid session state", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    OPTIONS_MUST_BE_PROVIDED("options must be provided", "error-info", "options must be provided", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    INVALID_CALL_STATE("Invalid call state", "error-info", "Invalid call state", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    EVENT_CANT_BE_NULL("Event can't be null", "error-info", "Event can't be null", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    CALLBACK_NEEDS_TO_BE_VALID_FUNCTION("Callback needs to be a valid function", "error-info", "Callback needs to be a valid function", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    NAME_MUST_BE_PROVIDED("options.name must be provided", "error-info", "options.name must be provided", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    CAMERA_NOT_AVAILABLE("Number of cams is less than 2 or camera is already used by other application", "error-info", "Number of cams is less than 2 or camera is already used by other application", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    MICROPHONE_NOT_AVAILABLE("Number of mics is less than 2 or microphone is already used by other application", "error-info", "Number of mics is less than 2 or microphone is already used by other application", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of()),
    LOCAL_ERROR("Local error", "error-info", "Local error", "Flashphoner WebSDK constants.js ERROR_INFO (https://docs.flashphoner.com)", List.of());

    static final CodeIndex<StandardWcsStatusInfo> INDEX = CodeIndex.of(Arrays.asList(values()), StandardWcsStatusInfo::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardWcsStatusInfo(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
