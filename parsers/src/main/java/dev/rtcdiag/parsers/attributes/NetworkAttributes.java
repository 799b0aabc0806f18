package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.parsers.spi.AttributeKey;

/** Where a message went on the network: endpoints as {@code host:port} or host, as the log gives them. */
public final class NetworkAttributes {

    /** The sending endpoint. */
    public static final AttributeKey<String> SRC = AttributeKey.text("src");

    /** The receiving endpoint. */
    public static final AttributeKey<String> DST = AttributeKey.text("dst");

    /** Whether the writing host received or sent the message. */
    public static final AttributeKey<Direction> DIRECTION = AttributeKey.of("direction", Direction.class);

    /** {@code udp}, {@code tcp}, {@code tls}, {@code ws} or {@code wss}. */
    public static final AttributeKey<String> TRANSPORT = AttributeKey.text("transport");

    /** The writing host's address. */
    public static final AttributeKey<String> LOCAL_ADDRESS = AttributeKey.text("local-address");

    /** The peer's address. */
    public static final AttributeKey<String> REMOTE_ADDRESS = AttributeKey.text("remote-address");

    /** The client's address as a server saw it. */
    public static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.text("client-address");

    /** The address a server advertises or was configured with. */
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.text("server-address");

    /** A host name or address named in a URL. */
    public static final AttributeKey<String> HOST = AttributeKey.text("host");

    /** Whether {@link #HOST} is an IP literal rather than a name. */
    public static final AttributeKey<Boolean> HOST_IS_IP = AttributeKey.flag("host-is-ip");

    private NetworkAttributes() {
    }
}
