package dev.rtcdiag.core;

import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.List;

/**
 * How events are grouped into sessions: the key an event belongs to. SIP events group by Call-ID
 * (a dialog and its transactions, joined across files that share it); vendor events by their own
 * keys; events without keys form one session per input file ({@code source=<path>}).
 *
 * <p>An event may also name <em>aliases</em>: other keys that mean the same session. A BigBlueButton
 * client record knows the meeting and the user; the FreeSWITCH leg of that user knows only the user.
 * The record's alias {@code user=<id>} makes the engine send the leg's events (before or after) to
 * the record's session {@code meeting=<id> user=<id>}.
 */
public interface SessionKeys {

    /** The session key of an event. */
    String keyOf(LogEvent event);

    /** Other keys that name the same session as this event's key (none by default). */
    default List<String> aliasesOf(LogEvent event) {
        return List.of();
    }

    /** The built-in grouping. */
    static SessionKeys standard() {
        return StandardSessionKeys.INSTANCE;
    }
}
