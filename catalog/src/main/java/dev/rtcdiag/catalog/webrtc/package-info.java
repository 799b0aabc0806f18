/**
 * WebRTC-level catalogs: {@link dev.rtcdiag.catalog.webrtc.StunErrorCode} (STUN/TURN),
 * {@link dev.rtcdiag.catalog.webrtc.WebSocketCloseCode} (RFC 6455), {@link dev.rtcdiag.catalog.webrtc.WebRtcError}
 * ({@code icecandidateerror} 701, {@code RTCError} details, {@code getUserMedia} errors) and the W3C state
 * enums {@link dev.rtcdiag.catalog.webrtc.IceConnectionState}, {@link dev.rtcdiag.catalog.webrtc.PeerConnectionState},
 * {@link dev.rtcdiag.catalog.webrtc.IceGatheringState}, {@link dev.rtcdiag.catalog.webrtc.SignalingState} and
 * {@link dev.rtcdiag.catalog.webrtc.DtlsTransportState}.
 */
package dev.rtcdiag.catalog.webrtc;
