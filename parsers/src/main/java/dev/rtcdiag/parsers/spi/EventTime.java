package dev.rtcdiag.parsers.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as well as the log could say.
 *
 * <p>Logs differ: some stamp an absolute time with a zone (ISO-8601 with offset), many stamp a local
 * time without a zone (FreeSWITCH), some only a time of day (WCS {@code flashphoner.log},
 * browser-console pastes). This value always keeps the {@link #raw()} text and an {@link #instant()}
 * usable for ordering, and says honestly what was assumed: {@link #zoneKnown()} is false when the
 * zone came from configuration (default UTC), {@link #dateKnown()} is false when the date came from
 * a hint (or the epoch day when there was none).
 *
 * @param raw the timestamp text as logged ({@code ""} for {@link #NONE})
 * @param instant the instant, with the assumed zone/date applied where they were unknown; {@code null} only for {@link #NONE}
 * @param zoneKnown whether the log itself gave the zone or offset
 * @param dateKnown whether the log itself gave the date
 * @param zone the zone used to compute {@link #instant()} ({@code UTC} when known from an offset)
 */
public record EventTime(String raw, Instant instant, boolean zoneKnown, boolean dateKnown, ZoneId zone)
        implements Comparable<EventTime> {

    /** No timestamp at all. */
    public static final EventTime NONE = new EventTime("", null, false, false, ZoneOffset.UTC);

    /** Validates components. */
    public EventTime {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(zone, "zone");
    }

    /** A timestamp whose zone was in the log. */
    public static EventTime absolute(Instant instant, String raw) {
        return new EventTime(raw, Objects.requireNonNull(instant, "instant"), true, true, ZoneOffset.UTC);
    }

    /** A local date-time without zone in the log; {@code assumedZone} is applied. */
    public static EventTime local(LocalDateTime local, ZoneId assumedZone, String raw) {
        return new EventTime(raw, local.atZone(assumedZone).toInstant(), false, true, assumedZone);
    }

    /**
     * A time of day only; the {@code dateHint} is applied if there is one, else 1970-01-01 (which keeps
     * the order within one file but says nothing about the day).
     */
    public static EventTime timeOfDay(LocalTime time, LocalDate dateHint, ZoneId assumedZone, String raw) {
        LocalDate day = dateHint == null ? LocalDate.EPOCH : dateHint;
        return new EventTime(raw, time.atDate(day).atZone(assumedZone).toInstant(), false, dateHint != null, assumedZone);
    }

    /** Whether there is any timestamp. */
    public boolean isPresent() {
        return instant != null;
    }

    /** The instant only when the log gave both date and zone. */
    public Optional<Instant> exactInstant() {
        return zoneKnown && dateKnown ? Optional.ofNullable(instant) : Optional.empty();
    }

    /**
     * ISO-8601 text that claims no more than is known: {@code 2026-03-02T10:15:00.123Z} when zone and date
     * are known, {@code 2026-03-02T10:15:00.123} (local) when the zone was assumed, {@code 10:15:00.123}
     * when the date is unknown; empty for {@link #NONE}.
     */
    public Optional<String> iso() {
        if (instant == null) {
            return Optional.empty();
        }
        if (zoneKnown && dateKnown) {
            return Optional.of(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return Optional.of(dateKnown ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local)
                : DateTimeFormatter.ISO_LOCAL_TIME.format(local.toLocalTime()));
    }

    /** Orders by instant; {@link #NONE} sorts first. */
    @Override
    public int compareTo(EventTime o) {
        if (instant == null || o.instant == null) {
            return instant == null ? (o.instant == null ? 0 : -1) : 1;
        }
        return instant.compareTo(o.instant);
    }
}
