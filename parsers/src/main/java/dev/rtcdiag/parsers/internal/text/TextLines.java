package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.parsers.internal.Timestamps;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a plain log line says about itself: a leading timestamp (ISO-8601 style, optionally in
 * brackets, with {@code T} or space, {@code .} or {@code ,} before the fraction, optional zone) and a
 * level word near the start. Cheap: the regex runs only on lines that start like a timestamp.
 */
public final class TextLines {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\[?(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})?\\]?");
    private static final Pattern LEVEL = Pattern.compile(
            "(?<![A-Za-z])\\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|SEVERE)\\]?(?![A-Za-z])");

    private TextLines() {
    }

    /** What the start of a line says. */
    public record Header(EventTime time, Level level, LocalDate date) {
    }

    /** The timestamp and level at the start of a line, if any. */
    public static Header read(String line, java.time.ZoneId zone) {
        EventTime time = EventTime.NONE;
        LocalDate date = null;
        int end = 0;
        if (!line.isEmpty() && (Character.isDigit(line.charAt(0)) || line.charAt(0) == '[')) {
            Matcher m = TIMESTAMP.matcher(line);
            if (m.lookingAt()) {
                time = time(m, zone);
                end = m.end();
                if (time.isPresent()) {
                    LocalDate d = Timestamps.date(m.group(1));
                    date = d != null ? d : LocalDate.parse(m.group(1));
                }
            }
        }
        Level level = Level.UNSPECIFIED;
        int window = Math.min(line.length(), end + 48);
        Matcher l = LEVEL.matcher(line).region(end, window);
        if (l.find()) {
            level = Level.of(l.group(1));
        }
        return new Header(time, level, date);
    }

    private static EventTime time(Matcher m, java.time.ZoneId zone) {
        String fraction = m.group(3) == null ? "" : "." + m.group(3);
        String text = m.group(1) + "T" + m.group(2) + fraction;
        try {
            if (m.group(4) != null) {
                String zoneText = m.group(4).equals("Z") ? "Z" : normaliseOffset(m.group(4));
                Instant i = Timestamps.instant(text + zoneText);
                if (i == null) {
                    i = OffsetDateTime.parse(text + zoneText, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                }
                return EventTime.absolute(i, unbracketed(m.group()));
            }
            LocalDateTime t = Timestamps.dateTime(text, '-', 'T');
            return EventTime.local(t != null ? t : LocalDateTime.parse(text), zone, unbracketed(m.group()));
        } catch (DateTimeParseException e) {
            return EventTime.NONE;
        }
    }

    /** Without one leading '[' and one trailing ']' (what {@code replaceAll("^\\[|\\]$", "")} did, without a regex per line). */
    private static String unbracketed(String s) {
        int from = s.startsWith("[") ? 1 : 0;
        int to = s.length() > from && s.endsWith("]") ? s.length() - 1 : s.length();
        return s.substring(from, to);
    }

    private static String normaliseOffset(String offset) {
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }

    /** Lower-cased for case-insensitive literal checks. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
