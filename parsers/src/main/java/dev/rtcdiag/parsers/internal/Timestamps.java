package dev.rtcdiag.parsers.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The numeric timestamp layouts logs print most, read without {@code java.time.format}: its
 * {@code DateTimeFormatter.parse} took 9 % of the diagnosing thread on the bench corpus
 * (async-profiler, 600 MiB mixed corpus), more than any parser's own code.
 *
 * <p>Each method reads exactly one layout and returns {@code null} when the text has another one or a
 * field is out of range (month 13, 30 February, second 60). Callers then fall back to {@code java.time},
 * which stays the reference: the fast path only ever accepts texts that {@code java.time} reads to the
 * same value, so it changes speed, never results ({@code TimestampsTest} holds it to that).
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** {@code HH:mm:ss} with an optional fraction of 1 to 9 digits after a {@code '.'}, the whole text. */
    public static LocalTime time(String s) {
        return time(s, 0, s.length(), '.');
    }

    /** {@code HH:mm:ss} with an optional fraction of 1 to 9 digits after {@code fractionSeparator} (log4j's {@code ','}). */
    public static LocalTime time(String s, char fractionSeparator) {
        return time(s, 0, s.length(), fractionSeparator);
    }

    /** {@code yyyy-MM-dd}, the whole text. */
    public static LocalDate date(String s) {
        return s.length() == 10 ? date(s, 0, '-') : null;
    }

    /**
     * A date, one separator character, a time ({@link #time(String)}), the whole text: for example
     * {@code 2024-11-04 08:00:00.346} ({@code dateSeparator '-'}, {@code between ' '}).
     */
    public static LocalDateTime dateTime(String s, char dateSeparator, char between) {
        return dateTime(s, dateSeparator, between, '.');
    }

    /** {@link #dateTime(String, char, char)} with another fraction separator (BroadWorks: {@code ':'}). */
    public static LocalDateTime dateTime(String s, char dateSeparator, char between, char fractionSeparator) {
        if (s.length() < 19 || s.charAt(10) != between) {
            return null;
        }
        LocalDate d = date(s, 0, dateSeparator);
        LocalTime t = d == null ? null : time(s, 11, s.length(), fractionSeparator);
        return t == null ? null : LocalDateTime.of(d, t);
    }

    /**
     * ISO 8601 with an offset, as {@code Instant.parse} and {@code OffsetDateTime.parse} both read it:
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction]} then {@code Z} or {@code ±hh:mm}.
     */
    public static Instant instant(String s) {
        int n = s.length();
        int zone;
        ZoneOffset offset;
        if (n > 0 && s.charAt(n - 1) == 'Z') {
            zone = n - 1;
            offset = ZoneOffset.UTC;
        } else if (n >= 6 && (s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-') && s.charAt(n - 3) == ':') {
            zone = n - 6;
            int h = digits(s, n - 5, 2);
            int m = digits(s, n - 2, 2);
            if (h < 0 || m < 0 || h > 18 || m > 59) {
                return null;
            }
            int total = h * 3600 + m * 60;
            if (total > 18 * 3600) {
                return null;
            }
            offset = ZoneOffset.ofTotalSeconds(s.charAt(n - 6) == '-' ? -total : total);
        } else {
            return null;
        }
        if (zone < 19 || s.charAt(10) != 'T') {
            return null;
        }
        LocalDate d = date(s, 0, '-');
        LocalTime t = d == null ? null : time(s, 11, zone, '.');
        return t == null ? null : LocalDateTime.of(d, t).toInstant(offset);
    }

    private static LocalDate date(String s, int at, char sep) {
        if (s.length() < at + 10 || s.charAt(at + 4) != sep || s.charAt(at + 7) != sep) {
            return null;
        }
        int y = digits(s, at, 4);
        int m = digits(s, at + 5, 2);
        int d = digits(s, at + 8, 2);
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) { // year 0 is left to java.time: 'yyyy' (year of era) rejects it
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null; // 30 February and the like: java.time reports it
        }
    }

    private static LocalTime time(String s, int from, int to, char fractionSeparator) {
        if (to - from < 8 || s.charAt(from + 2) != ':' || s.charAt(from + 5) != ':') {
            return null;
        }
        int h = digits(s, from, 2);
        int m = digits(s, from + 3, 2);
        int sec = digits(s, from + 6, 2);
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
            return null;
        }
        int nanos = 0;
        int i = from + 8;
        if (i < to) {
            char c = s.charAt(i);
            int count = to - i - 1;
            if (c != fractionSeparator || count < 1 || count > 9) {
                return null;
            }
            int f = digits(s, i + 1, count);
            if (f < 0) {
                return null;
            }
            nanos = f;
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        return LocalTime.of(h, m, sec, nanos);
    }

    /** The value of {@code count} ASCII digits at {@code at}, or -1 when one is not a digit. */
    private static int digits(String s, int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
