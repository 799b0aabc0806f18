package dev.rtcdiag.catalog.vendor.voximplant;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link VoxEvent}. */
public enum StandardVoxEvent implements VoxEvent {
    AUDIO_STARTED("Call.AudioStarted", "call-event", "Call.AudioStarted", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("AudioStarted", "CallEvents.AudioStarted")),
    AUDIO_IDENTIFICATION_STARTED("Call.AudioIdentificationStarted", "call-event", "Call.AudioIdentificationStarted", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("AudioIdentificationStarted", "CallEvents.AudioIdentificationStarted")),
    AUDIO_IDENTIFICATION_RESULT("Call.AudioIdentificationResult", "call-event", "Call.AudioIdentificationResult", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("AudioIdentificationResult", "CallEvents.AudioIdentificationResult")),
    AUDIO_IDENTIFICATION_STOPPED("Call.AudioIdentificationStopped", "call-event", "Call.AudioIdentificationStopped", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("AudioIdentificationStopped", "CallEvents.AudioIdentificationStopped")),
    AUDIO_IDENTIFICATION_ERROR("Call.AudioIdentificationError", "call-event", "Call.AudioIdentificationError", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("AudioIdentificationError", "CallEvents.AudioIdentificationError")),
    BLIND_TRANSFER_REQUESTED("Call.BlindTransferRequested", "call-event", "Call.BlindTransferRequested", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("BlindTransferRequested", "CallEvents.BlindTransferRequested")),
    CONNECTED("Call.Connected", "call-event", "Call.Connected", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Connected", "CallEvents.Connected")),
    FORWARDING("Call.Forwarding", "call-event", "Call.Forwarding", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Forwarding", "CallEvents.Forwarding")),
    DISCONNECTED("Call.Disconnected", "call-event", "Call.Disconnected", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Disconnected", "CallEvents.Disconnected")),
    FAILED("Call.Failed", "call-event", "Call.Failed", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Failed", "CallEvents.Failed")),
    INFO_RECEIVED("Call.InfoReceived", "call-event", "Call.InfoReceived", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("InfoReceived", "CallEvents.InfoReceived")),
    MESSAGE_RECEIVED("Call.MessageReceived", "call-event", "Call.MessageReceived", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("MessageReceived", "CallEvents.MessageReceived")),
    MIC_STATUS_CHANGE("Call.MicStatusChange", "call-event", "Call.MicStatusChange", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("MicStatusChange", "CallEvents.MicStatusChange")),
    OFF_HOLD("Call.OffHold", "call-event", "Call.OffHold", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("OffHold", "CallEvents.OffHold")),
    ON_HOLD("Call.OnHold", "call-event", "Call.OnHold", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("OnHold", "CallEvents.OnHold")),
    PLAYBACK_FINISHED("Call.PlaybackFinished", "call-event", "Call.PlaybackFinished", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("PlaybackFinished", "CallEvents.PlaybackFinished")),
    PLAYBACK_READY("Call.PlaybackReady", "call-event", "Call.PlaybackReady", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("PlaybackReady", "CallEvents.PlaybackReady")),
    PLAYBACK_STARTED("Call.PlaybackStarted", "call-event", "Call.PlaybackStarted", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("PlaybackStarted", "CallEvents.PlaybackStarted")),
    PUSH_SENT("Call.PushSent", "call-event", "Call.PushSent", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("PushSent", "CallEvents.PushSent")),
    REINVITE_ACCEPTED("Call.ReInviteAccepted", "call-event", "Call.ReInviteAccepted", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("ReInviteAccepted", "CallEvents.ReInviteAccepted")),
    REINVITE_RECEIVED("Call.ReInviteReceived", "call-event", "Call.ReInviteReceived", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("ReInviteReceived", "CallEvents.ReInviteReceived")),
    REINVITE_REJECTED("Call.ReInviteRejected", "call-event", "Call.ReInviteRejected", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("ReInviteRejected", "CallEvents.ReInviteRejected")),
    RECORD_STARTED("Call.RecordStarted", "call-event", "Call.RecordStarted", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("RecordStarted", "CallEvents.RecordStarted")),
    RECORD_STOPPED("Call.RecordStopped", "call-event", "Call.RecordStopped", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("RecordStopped", "CallEvents.RecordStopped")),
    RECORD_ERROR("Call.RecordError", "call-event", "Call.RecordError", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("RecordError", "CallEvents.RecordError")),
    RINGING("Call.Ringing", "call-event", "Call.Ringing", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Ringing", "CallEvents.Ringing")),
    STATE_CHANGED("Call.StateChanged", "call-event", "Call.StateChanged", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("StateChanged", "CallEvents.StateChanged")),
    STATISTICS("Call.Statistics", "call-event", "Call.Statistics", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Statistics", "CallEvents.Statistics")),
    TONE_DETECTED("Call.ToneDetected", "call-event", "Call.ToneDetected", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("ToneDetected", "CallEvents.ToneDetected")),
    TONE_RECEIVED("Call.ToneReceived", "call-event", "Call.ToneReceived", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("ToneReceived", "CallEvents.ToneReceived")),
    TRANSFER_COMPLETE("Call.TransferComplete", "call-event", "Call.TransferComplete", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("TransferComplete", "CallEvents.TransferComplete")),
    TRANSFER_FAILED("Call.TransferFailed", "call-event", "Call.TransferFailed", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("TransferFailed", "CallEvents.TransferFailed")),
    VIDEO_TRACK_CREATED("Call.Video.TrackCreated", "call-event", "Call.Video.TrackCreated", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("Video.TrackCreated", "CallEvents.Video.TrackCreated")),
    FIRST_AUDIO_PACKET_RECEIVED("Call.FirstAudioPacketReceived", "call-event", "Call.FirstAudioPacketReceived", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("FirstAudioPacketReceived", "CallEvents.FirstAudioPacketReceived")),
    FIRST_VIDEO_PACKET_RECEIVED("Call.FirstVideoPacketReceived", "call-event", "Call.FirstVideoPacketReceived", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("FirstVideoPacketReceived", "CallEvents.FirstVideoPacketReceived")),
    RTP_STOPPED("Call.RtpStopped", "call-event", "Call.RtpStopped", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("RtpStopped", "CallEvents.RtpStopped")),
    RTP_RESUMED("Call.RtpResumed", "call-event", "Call.RtpResumed", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("RtpResumed", "CallEvents.RtpResumed")),
    BEEP_DETECTION_COMPLETE("Call.BeepDetectionComplete", "call-event", "Call.BeepDetectionComplete", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("BeepDetectionComplete", "CallEvents.BeepDetectionComplete")),
    BEEP_DETECTION_ERROR("Call.BeepDetectionError", "call-event", "Call.BeepDetectionError", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("BeepDetectionError", "CallEvents.BeepDetectionError")),
    AUDIO_QUALITY_DETECTED("Call.AudioQualityDetected", "call-event", "Call.AudioQualityDetected", "Voximplant VoxEngine CallEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of("AudioQualityDetected", "CallEvents.AudioQualityDetected")),
    APP_CALL_ALERTING("Application.CallAlerting", "app-event", "Application.CallAlerting", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    APP_TERMINATING("Application.Terminating", "app-event", "Application.Terminating", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    APP_TERMINATED("Application.Terminated", "app-event", "Application.Terminated", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    APP_STARTED("Application.Started", "app-event", "Application.Started", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    APP_HTTP_REQUEST("Application.HttpRequest", "app-event", "Application.HttpRequest", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    APP_NEW_WEBSOCKET_CONNECTION("AppEvents.NewWebSocketConnection", "app-event", "AppEvents.NewWebSocketConnection", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    APP_NEW_WEBSOCKET_FAILED("Application.OnNewWebSocketFailed", "app-event", "Application.OnNewWebSocketFailed", "Voximplant VoxEngine AppEvents (https://voximplant.com/docs/references/voxengine/callevents)", List.of());

    static final CodeIndex<StandardVoxEvent> INDEX = CodeIndex.of(Arrays.asList(values()), StandardVoxEvent::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardVoxEvent(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
