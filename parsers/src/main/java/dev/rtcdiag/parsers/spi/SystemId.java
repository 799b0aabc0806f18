package dev.rtcdiag.parsers.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The system an event belongs to ({@code sip}, {@code bbb}, …): what decides which rules judge its
 * session. A type rather than a string, so that a rule cannot name a system no parser writes; a record
 * rather than an enum, so that a format of your own can bring a system of its own ({@code SystemId.of("acme")}).
 * On the wire it is its {@link #id()}.
 *
 * @param id lower case, {@code [a-z0-9.-]+}
 */
public record SystemId(String id) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    /** SIP signalling (any stack, trace or capture). */
    public static final SystemId SIP = new SystemId("sip");
    /** Browser WebRTC: ICE, DTLS, getUserMedia. */
    public static final SystemId WEBRTC = new SystemId("webrtc");
    /** BigBlueButton. */
    public static final SystemId BBB = new SystemId("bbb");
    /** The Webex app for BroadWorks. */
    public static final SystemId WEBEX = new SystemId("webex");
    /** Cisco BroadWorks servers. */
    public static final SystemId BROADWORKS = new SystemId("broadworks");
    /** Bitrix24 telephony and Voximplant. */
    public static final SystemId BITRIX = new SystemId("bitrix");
    /** Flashphoner Web Call Server. */
    public static final SystemId WCS = new SystemId("wcs");
    /** FreeSWITCH's own log (not its SIP). */
    public static final SystemId FREESWITCH = new SystemId("freeswitch");
    /** Plain HTTP servers and proxies. */
    public static final SystemId HTTP = new SystemId("http");
    /** A line that belongs to no system: what an event is until its parser says otherwise. */
    public static final SystemId LOG = new SystemId("log");

    /** Validates the id. */
    public SystemId {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a system id is lower case [a-z0-9.-]: '" + id + "'");
        }
    }

    /** The system of an id as written anywhere: trimmed and lower-cased; {@link #LOG} for a blank or unusable one. */
    public static SystemId of(String id) {
        String t = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return ID.matcher(t).matches() ? new SystemId(t) : LOG;
    }

    @Override
    public String toString() {
        return id;
    }
}
