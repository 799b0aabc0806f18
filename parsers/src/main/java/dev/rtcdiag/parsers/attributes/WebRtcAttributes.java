package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.catalog.webrtc.IceCandidateType;
import dev.rtcdiag.catalog.webrtc.IceConnectionState;
import dev.rtcdiag.catalog.webrtc.PeerConnectionState;
import dev.rtcdiag.parsers.spi.AttributeKey;

/** Media: ICE, DTLS, tracks and the signalling WebSocket, as browsers and media servers log them. */
public final class WebRtcAttributes {

    /** An ICE connection state. */
    public static final AttributeKey<IceConnectionState> ICE_STATE = AttributeKey.of("state", IceConnectionState.class, IceConnectionState::find, IceConnectionState::token);

    /** A peer connection state (written under the same name as the ICE state). */
    public static final AttributeKey<PeerConnectionState> CONNECTION_STATE = AttributeKey.of("state", PeerConnectionState.class, PeerConnectionState::find, PeerConnectionState::token);

    /** What the state is the state of, when the log says. */
    public static final AttributeKey<String> STATE_OF = AttributeKey.text("state-of");

    /** The type of a candidate tried or gathered. */
    public static final AttributeKey<IceCandidateType> CANDIDATE_TYPE = AttributeKey.of("candidate-type", IceCandidateType.class, IceCandidateType::find, IceCandidateType::token);

    /** A STUN or TURN server URL. */
    public static final AttributeKey<String> ICE_SERVER_URL = AttributeKey.text("url");

    /** An ICE event of a media server. */
    public static final AttributeKey<String> ICE = AttributeKey.text("ice");

    /** A DTLS event of a media server. */
    public static final AttributeKey<String> DTLS = AttributeKey.text("dtls");

    /** The DTLS alert description. */
    public static final AttributeKey<String> DTLS_ALERT = AttributeKey.text("dtls-alert");

    /** The DTLS alert level. */
    public static final AttributeKey<String> DTLS_ALERT_LEVEL = AttributeKey.text("dtls-alert-level");

    /** How long ICE gathering took. */
    public static final AttributeKey<Double> ICE_GATHERING_SECONDS = AttributeKey.decimal("ice-gathering-seconds");

    /** The remote candidate a media server chose. */
    public static final AttributeKey<String> REMOTE_CANDIDATE = AttributeKey.text("remote-candidate");

    /** The connection addresses of the remote SDP, comma-separated. */
    public static final AttributeKey<String> REMOTE_SDP_ADDRESSES = AttributeKey.text("remote-sdp-addresses");

    /** An ICE state a media server reports. */
    public static final AttributeKey<String> SERVER_ICE = AttributeKey.text("server-ice");

    /** A DTLS state a media server reports. */
    public static final AttributeKey<String> SERVER_DTLS = AttributeKey.text("server-dtls");

    /** A port a media server could not bind. */
    public static final AttributeKey<String> BIND_ERROR = AttributeKey.text("bind-error");

    /** {@code audio} or {@code video}. */
    public static final AttributeKey<String> MEDIA = AttributeKey.text("media");

    /** Whether the local audio track ended. */
    public static final AttributeKey<Boolean> AUDIO_LOST = AttributeKey.flag("audio-lost");

    /** Whether the client is reconnecting. */
    public static final AttributeKey<Boolean> RECONNECTING = AttributeKey.flag("reconnecting");

    /** The signalling WebSocket's fate ({@code failed}). */
    public static final AttributeKey<String> WEBSOCKET = AttributeKey.text("websocket");

    /** The WebSocket close code. */
    public static final AttributeKey<Integer> WEBSOCKET_CLOSE = AttributeKey.integer("websocket-close");

    /** A WebSocket error. */
    public static final AttributeKey<String> WEBSOCKET_ERROR = AttributeKey.text("websocket-error");

    /** A WebSocket connection's fate seen in a capture ({@code no-answer}, {@code no-handshake}). */
    public static final AttributeKey<String> WS_CONNECTION = AttributeKey.text("ws-connection");

    /** The browser ({@code firefox}, {@code safari}, {@code chrome}). */
    public static final AttributeKey<String> BROWSER = AttributeKey.text("browser");

    /** The audio bridge ({@code sip}, {@code fullaudio}). */
    public static final AttributeKey<String> BRIDGE = AttributeKey.text("bridge");

    private WebRtcAttributes() {
    }
}
