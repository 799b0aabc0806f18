package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.Timestamps;
import dev.rtcdiag.parsers.spi.EventTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The times SIP framings print: a date and a time, a time of day only (FreeSWITCH siptrace, dated by
 * the log's latest date line), or epoch seconds. Remembers the latest date for the time-only ones.
 */
final class FrameClock {

    private final ZoneId zone;
    private LocalDate lastDate;

    FrameClock(ZoneId zone, LocalDate date) {
        this.zone = zone;
        this.lastDate = date;
    }

    /** The day of the latest dated line. */
    void seenDate(LocalDate date) {
        this.lastDate = date;
    }

    /** A date and a time of day in the configured zone (and that date becomes the latest). */
    EventTime local(String date, String time) {
        try {
            LocalDate d = Timestamps.date(date);
            LocalTime tod = Timestamps.time(time);
            LocalDateTime t = LocalDateTime.of(d != null ? d : LocalDate.parse(date), tod != null ? tod : LocalTime.parse(time));
            lastDate = t.toLocalDate();
            return EventTime.local(t, zone, date + " " + time);
        } catch (DateTimeParseException e) {
            return EventTime.NONE;
        }
    }

    /** A time of day on the latest date. */
    EventTime timeOfDay(String time) {
        try {
            LocalTime t = Timestamps.time(time);
            return EventTime.timeOfDay(t != null ? t : LocalTime.parse(time), lastDate, zone, time);
        } catch (DateTimeParseException e) {
            return EventTime.NONE;
        }
    }

    /** Epoch seconds with up to six fraction digits. */
    static EventTime epoch(String seconds, String fraction, String text) {
        long micros = fraction == null ? 0 : Long.parseLong((fraction + "000000").substring(0, 6));
        return EventTime.absolute(Instant.ofEpochSecond(Long.parseLong(seconds), micros * 1000), text);
    }
}
