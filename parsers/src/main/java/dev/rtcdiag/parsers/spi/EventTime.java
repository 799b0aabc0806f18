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

    /** How much of a timestamp the log itself gave. */
    public enum Precision {
        /** No timestamp. */
        NONE,
        /** Only a time of day: the date is unknown (or came from a hint) and the zone was assumed. */
        TIME_OF_DAY,
        /** A date and time without zone or offset: the zone was assumed ({@link #zone()}). */
        LOCAL,
        /** A date, time and zone or offset: an exact instant. */
        INSTANT;

        /** The lower-case id used in reports ({@code "time-of-day"}). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What the log gave: {@link Precision#INSTANT}, {@link Precision#LOCAL} (zone assumed), {@link Precision#TIME_OF_DAY} or none. */
    public Precision precision() {
        if (instant == null) {
            return Precision.NONE;
        }
        if (!dateKnown) {
            return Precision.TIME_OF_DAY;
        }
        return zoneKnown ? Precision.INSTANT : Precision.LOCAL;
    }

    /**
     * The date and time with its offset, in the logged offset or the assumed {@link #zone()}; empty
     * when there is no timestamp or only a time of day (see {@link #timeOfDay()}).
     */
    public Optional<java.time.OffsetDateTime> dateTime() {
        if (instant == null || !dateKnown) {
            return Optional.empty();
        }
        return Optional.of(instant.atZone(zone).toOffsetDateTime());
    }

    /** The time of day with the assumed offset, for logs that give no date; empty otherwise. */
    public Optional<java.time.OffsetTime> timeOfDay() {
        if (instant == null || dateKnown) {
            return Optional.empty();
        }
        return Optional.of(instant.atZone(zone).toOffsetDateTime().toOffsetTime());
    }

    /**
     * ISO-8601 with an offset always: {@code 2026-03-02T10:15:00.123Z} for a date-time (the assumed zone's
     * offset when the log gave none: say so with {@link #precision()}), {@code 10:15:00.123Z} for a time of
     * day alone; empty for {@link #NONE}.
     */
    public Optional<String> isoOffset() {
        return dateTime().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
                .or(() -> timeOfDay().map(DateTimeFormatter.ISO_OFFSET_TIME::format));
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
