package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.parsers.spi.AttributeKey;

/** Packet captures: frames and what they held. */
public final class CaptureAttributes {

    /** The frame number of the packet. */
    public static final AttributeKey<Integer> FRAME = AttributeKey.integer("frame");

    /** The first frame of a reassembled stream. */
    public static final AttributeKey<Integer> FIRST_FRAME = AttributeKey.integer("first-frame");

    /** Packets in the capture. */
    public static final AttributeKey<Integer> PACKETS = AttributeKey.integer("packets");

    /** SIP messages found. */
    public static final AttributeKey<Integer> SIP_MESSAGES = AttributeKey.integer("sip-messages");

    /** Packets that held no SIP. */
    public static final AttributeKey<Integer> OTHER_PACKETS = AttributeKey.integer("other-packets");

    private CaptureAttributes() {
    }
}
