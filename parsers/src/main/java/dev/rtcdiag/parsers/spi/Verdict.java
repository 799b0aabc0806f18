package dev.rtcdiag.parsers.spi;

import java.util.Optional;

/**
 * What a server or a client stack says outright about a failure, in its own words rather than as a
 * SIP response on the wire: FreeSWITCH's {@code Hangup … [USER_BUSY]}, Asterisk's {@code Wrong password},
 * SIPp's {@code Aborting call on unexpected message … 407}, a client's {@code Code: 408, Reason: Request Timeout}.
 * A parser that recognises one puts it on the event as {@link #ATTRIBUTE} (with the catalog code it
 * implies as the event's code); rules read it with {@link #of(LogEvent)}, never by string.
 */
public enum Verdict {
    /** The stack reports a final status (its code is the event's code): read like a response with that status. */
    STATUS("status"),
    /** A hangup or release cause (FreeSWITCH, Asterisk, Q.850): read through the RFC 3398 / vendor mapping to a status. */
    HANGUP_CAUSE("hangup-cause"),
    /** A challenge arrived and the client has no credentials for its realm, so it cannot answer. */
    NO_CREDENTIALS("no-credentials"),
    /** The server checked the credentials and rejected them (wrong password, user/auth name mismatch). */
    CREDENTIALS_REJECTED("credentials-rejected"),
    /** The server has no account, endpoint or extension for the request. */
    NOT_FOUND("not-found"),
    /** The stack could not reach the server at all (connection refused, unreachable): whatever status it then reports is its own. */
    CONNECTION_FAILED("connection-failed"),
    /** A proxy or client could not resolve the next hop's host name (RFC 3263 lookups failed). */
    DNS_FAILURE("dns-failure"),
    /** Media stopped arriving during an answered call (RTP/media timeout). */
    MEDIA_TIMEOUT("media-timeout"),
    /** A server component cannot reach the media server it depends on (BigBlueButton's SFU or akka-fsesl to FreeSWITCH ESL). */
    MEDIA_SERVER_UNREACHABLE("media-server-unreachable");

    /** The attribute name events carry a verdict under. */
    public static final String ATTRIBUTE = "verdict";

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The attribute value. */
    public String id() {
        return id;
    }

    /** The verdict an event carries, if any. */
    public static Optional<Verdict> of(LogEvent e) {
        return e.attribute(ATTRIBUTE).flatMap(Verdict::find);
    }

    /** The verdict for an id. */
    public static Optional<Verdict> find(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
