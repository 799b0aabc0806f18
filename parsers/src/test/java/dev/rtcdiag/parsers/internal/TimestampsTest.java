package dev.rtcdiag.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Timestamps} must never disagree with {@code java.time}: whatever it accepts, {@code java.time}
 * reads to the same value; whatever it declines ({@code null}) is left to {@code java.time}. Checked on
 * real layouts from the formats that call it, on edge values, and on a deterministic set of mutated
 * texts (digits swapped for other characters, characters dropped or added).
 */
class TimestampsTest {

    @Test
    void readsTheLayoutsTheParsersMeet() {
        assertThat(Timestamps.time("08:00:00,346", ',')).isEqualTo(LocalTime.of(8, 0, 0, 346_000_000)); // WCS log4j
        assertThat(Timestamps.time("12:34:56.123456")).isEqualTo(LocalTime.of(12, 34, 56, 123_456_000)); // SIPp, FreeSWITCH
        assertThat(Timestamps.date("2024-11-04")).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(Timestamps.dateTime("2024-11-04 08:00:00.346", '-', ' ')).isEqualTo(LocalDateTime.of(2024, 11, 4, 8, 0, 0, 346_000_000));
        assertThat(Timestamps.dateTime("2024.11.04 08:00:00", '.', ' ')).isEqualTo(LocalDateTime.of(2024, 11, 4, 8, 0));
        assertThat(Timestamps.instant("2024-03-05T09:58:12.345Z")).isEqualTo(Instant.parse("2024-03-05T09:58:12.345Z")); // BBB client
        assertThat(Timestamps.instant("2024-03-05T09:58:12+03:30")).isEqualTo(Instant.parse("2024-03-05T06:28:12Z")); // nginx $time_iso8601
        assertThat(Timestamps.instant("2024-03-05T09:58:12-05:00")).isEqualTo(Instant.parse("2024-03-05T14:58:12Z")); // Bitrix REST
    }

    @Test
    void declinesWhatItDoesNotReadExactly() {
        for (String s : List.of("", "8:00:00", "24:00:00", "23:60:00", "23:59:60", "12:00", "12:00:00.", "12:00:00.1234567890", "12:00:00,5",
                "12:00:00 ", " 12:00:00", "１２:00:00")) {
            assertThat(Timestamps.time(s)).as(s).isNull();
        }
        for (String s : List.of("2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01", "+2024-01-01")) {
            assertThat(Timestamps.date(s)).as(s).isNull();
        }
        for (String s : List.of("2024-03-05 09:58:12Z", "2024-03-05T09:58Z", "2024-03-05T09:58:12", "2024-03-05T09:58:12+0330",
                "2024-03-05T09:58:12+19:00", "2024-03-05T09:58:12+03:60", "2024-03-05T09:58:12z", "2024-03-05T09:58:12+03:30:15")) {
            assertThat(Timestamps.instant(s)).as(s).isNull();
        }
    }

    @Test
    void neverDisagreesWithJavaTime() {
        Random random = new Random(4);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", random.nextInt(3000), random.nextInt(14), random.nextInt(33),
                    random.nextInt(26), random.nextInt(62), random.nextInt(62), fraction(random), zone(random));
            samples.add(base);
            samples.add(mutate(base, random));
        }
        int accepted = 0;
        for (String s : samples) {
            accepted += agrees(s, Timestamps::instant, Instant::parse) ? 1 : 0;
            agrees(s, Timestamps::instant, t -> OffsetDateTime.parse(t).toInstant());
            String local = s.length() >= 19 ? s.substring(0, 19) : s;
            agrees(local.replace('T', ' '), t -> Timestamps.dateTime(t, '-', ' '),
                    t -> LocalDateTime.parse(t, DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")));
            agrees(local.length() > 11 ? local.substring(11) : local, Timestamps::time, LocalTime::parse);
            agrees(local.length() >= 10 ? local.substring(0, 10) : local, Timestamps::date, LocalDate::parse);
        }
        assertThat(accepted).as("samples the fast path read (the rest went to java.time)").isGreaterThan(5_000);
    }

    /**
     * The vendor layouts whose parsers use the fast path only for texts of the formatter's own shape
     * (the guards in FreeSwitchLogProvider, VoxSessionLogProvider, BroadWorksLogProvider): there the fast
     * path must give what the formatter gives, 'yyyy' (year of era) and the SMART resolver included.
     */
    @Test
    void agreesWithTheVendorFormattersWithinTheirLayouts() {
        DateTimeFormatter freeswitch = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.[SSSSSS][SSSSS][SSSS][SSS][SS][S]");
        DateTimeFormatter vox = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS][.SS][.S]");
        DateTimeFormatter broadworks = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss:SSS");
        Random random = new Random(20);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            String day = String.format("%04d-%02d-%02d %02d:%02d:%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33),
                    random.nextInt(26), random.nextInt(62), random.nextInt(62));
            String fs = day + "." + "123456".substring(0, 1 + random.nextInt(6));
            accepted += agrees(fs, t -> Timestamps.dateTime(t, '-', ' '), t -> LocalDateTime.parse(t, freeswitch)) ? 1 : 0;
            String vx = random.nextBoolean() ? day : day + "." + "987".substring(0, 1 + random.nextInt(3));
            agrees(vx, t -> Timestamps.dateTime(t, '-', ' '), t -> LocalDateTime.parse(t, vox));
            String bw = day.replace('-', '.') + ":" + String.format("%03d", random.nextInt(1000));
            agrees(bw, t -> Timestamps.dateTime(t, '.', ' ', ':'), t -> LocalDateTime.parse(t, broadworks));
        }
        assertThat(accepted).isGreaterThan(5_000);
        assertThat(Timestamps.dateTime("0000-01-01 00:00:00.1", '-', ' ')).as("year 0 is not a year of era").isNull();
    }

    /** Whether the fast path read {@code s}; fails when it read a value java.time does not give. */
    private static <T> boolean agrees(String s, Function<String, T> fast, Function<String, T> reference) {
        T got = fast.apply(s);
        if (got == null) {
            return false;
        }
        T expected;
        try {
            expected = reference.apply(s);
        } catch (DateTimeParseException e) {
            throw new AssertionError("fast path read " + s + " as " + got + " but java.time rejects it: " + e.getMessage());
        }
        assertThat(got).as(s).isEqualTo(expected);
        return true;
    }

    private static String fraction(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> "." + r.nextInt(1000);
            case 2 -> String.format(".%06d", r.nextInt(1_000_000));
            default -> String.format(".%09d", r.nextInt(1_000_000_000));
        };
    }

    private static String zone(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "Z";
            case 1 -> String.format("+%02d:%02d", r.nextInt(20), r.nextInt(61));
            case 2 -> String.format("-%02d:%02d", r.nextInt(20), r.nextInt(61));
            default -> "";
        };
    }

    private static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int at = r.nextInt(b.length());
        switch (r.nextInt(3)) {
            case 0 -> b.setCharAt(at, "0:-.T Z+,x9"
                    .charAt(r.nextInt(11)));
            case 1 -> b.deleteCharAt(at);
            default -> b.insert(at, (char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }
}
