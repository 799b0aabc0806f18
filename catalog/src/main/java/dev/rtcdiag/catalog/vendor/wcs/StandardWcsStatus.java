package dev.rtcdiag.catalog.vendor.wcs;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link WcsStatus}. */
public enum StandardWcsStatus implements WcsStatus {
    SESSION_STATUS_PENDING("PENDING", "session", "Session PENDING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_CONNECTED("CONNECTED", "session", "Session CONNECTED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_ESTABLISHED("ESTABLISHED", "session", "Session ESTABLISHED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_DISCONNECTED("DISCONNECTED", "session", "Session DISCONNECTED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_FAILED("FAILED", "session", "Session FAILED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_WARN("WARN", "session", "Session WARN", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_DEBUG("DEBUG", "session", "Session DEBUG", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_APP_DATA("APP_DATA", "session", "Session APP_DATA", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_SEND_DATA_STATUS("SEND_DATA_STATUS", "session", "Session SEND_DATA_STATUS", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_REGISTERED("REGISTERED", "session", "Session REGISTERED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_UNREGISTERED("UNREGISTERED", "session", "Session UNREGISTERED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    SESSION_STATUS_INCOMING_CALL("INCOMING_CALL", "session", "Session INCOMING_CALL", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_NEW("NEW", "stream", "Stream NEW", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_PENDING("PENDING", "stream", "Stream PENDING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_PUBLISHING("PUBLISHING", "stream", "Stream PUBLISHING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_PLAYING("PLAYING", "stream", "Stream PLAYING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_PAUSED("PAUSED", "stream", "Stream PAUSED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_UNPUBLISHED("UNPUBLISHED", "stream", "Stream UNPUBLISHED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_STOPPED("STOPPED", "stream", "Stream STOPPED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_FAILED("FAILED", "stream", "Stream FAILED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_PLAYBACK_PROBLEM("PLAYBACK_PROBLEM", "stream", "Stream PLAYBACK_PROBLEM", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_RESIZE("RESIZE", "stream", "Stream RESIZE", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_SNAPSHOT_COMPLETE("SNAPSHOT_COMPLETE", "stream", "Stream SNAPSHOT_COMPLETE", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    STREAM_STATUS_NOT_ENOUGH_BANDWIDTH("NOT_ENOUGH_BANDWIDTH", "stream", "Stream NOT_ENOUGH_BANDWIDTH", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_NEW("NEW", "call", "Call NEW", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_PENDING("PENDING", "call", "Call PENDING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_TRYING("TRYING", "call", "Call TRYING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_RING("RING", "call", "Call RING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_RING_MEDIA("RING_MEDIA", "call", "Call RING_MEDIA", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_SESSION_PROGRESS("SESSION_PROGRESS", "call", "Call SESSION_PROGRESS", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_ESTABLISHED("ESTABLISHED", "call", "Call ESTABLISHED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_HOLD("HOLD", "call", "Call HOLD", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_BUSY("BUSY", "call", "Call BUSY", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_FINISH("FINISH", "call", "Call FINISH", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    CALL_STATUS_FAILED("FAILED", "call", "Call FAILED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    REGISTRATION_STATUS_AUTHENTICATION_FAIL("AUTHENTICATION_FAIL", "registration", "Registration AUTHENTICATION_FAIL", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    TRANSFER_STATUS_ACCEPTED("ACCEPTED", "transfer", "Transfer ACCEPTED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    TRANSFER_STATUS_TRYING("TRYING", "transfer", "Transfer TRYING", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    TRANSFER_STATUS_COMPLETED("COMPLETED", "transfer", "Transfer COMPLETED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of()),
    TRANSFER_STATUS_FAILED("FAILED", "transfer", "Transfer FAILED", "Flashphoner WebSDK constants.js and REST hook events (https://docs.flashphoner.com)", List.of());

    static final CodeIndex<StandardWcsStatus> INDEX = CodeIndex.of(Arrays.asList(values()), StandardWcsStatus::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardWcsStatus(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
