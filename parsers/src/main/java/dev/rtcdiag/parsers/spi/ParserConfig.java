package dev.rtcdiag.parsers.spi;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits and hints for parsing, immutable; change a value with the {@code with…} methods.
 *
 * <p>Limits bound memory per input so that it never grows with file size. Exceeding a limit yields a
 * {@link EventKind#MALFORMED} event ({@link MalformedReason#TOO_LONG} or
 * {@link MalformedReason#LIMIT_EXCEEDED}) and parsing resynchronises at the next line or record.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>65,536 bytes</td><td>longer lines are cut there, reported, and the rest of the line skipped</td></tr>
 *   <tr><td>{@link #maxRecordLines()}</td><td>10,000</td><td>lines one multi-line record (SIP message, JSON object, stack trace) may span</td></tr>
 *   <tr><td>{@link #maxRecordBytes()}</td><td>1 MiB</td><td>characters one multi-line record keeps in memory (a header with 10,000 long continuation lines stays bounded)</td></tr>
 *   <tr><td>{@link #maxSipMessageBytes()}</td><td>65,536 bytes</td><td>size of one SIP message (headers and body); a larger {@code Content-Length} is not trusted</td></tr>
 *   <tr><td>{@link #maxOpenRecords()}</td><td>1,024</td><td>multi-line records a parser keeps open at once (interleaved traces)</td></tr>
 *   <tr><td>{@link #maxExcerptLength()}</td><td>4,096 chars</td><td>length of the raw excerpt kept in an event</td></tr>
 *   <tr><td>{@link #maxDecompressedBytes()}</td><td>8 GiB</td><td>bytes a {@code .gz} input may expand to</td></tr>
 *   <tr><td>{@link #maxCompressionRatio()}</td><td>200</td><td>expansion ratio above which a {@code .gz} input is treated as a bomb (checked after 1 MiB of output)</td></tr>
 *   <tr><td>{@link #detectionBytes()}</td><td>65,536 bytes</td><td>prefix given to format detection</td></tr>
 * </table>
 *
 * <p>Hints: {@link #charset()} forces a charset (default: UTF-8 per line with a Windows-1251 or
 * ISO-8859-1 fallback for lines that are not UTF-8), {@link #zone()} is assumed for timestamps
 * without a zone (default UTC), {@link #date()} supplies the day for time-only logs, and
 * {@link #strict()} turns malformed records into {@link LogParseException}s.
 */
public final class ParserConfig {

    private static final ParserConfig DEFAULTS = new ParserConfig(65_536, 10_000, 65_536, 1_024, 4_096,
            8L << 30, 200, 65_536, null, ZoneOffset.UTC, null, false, defaultZoneAbbreviations(), 1 << 20);

    private final int maxLineLength;
    private final int maxRecordLines;
    private final int maxSipMessageBytes;
    private final int maxOpenRecords;
    private final int maxExcerptLength;
    private final long maxDecompressedBytes;
    private final int maxCompressionRatio;
    private final int detectionBytes;
    private final Charset charset;
    private final ZoneId zone;
    private final LocalDate date;
    private final boolean strict;
    private final Map<String, ZoneId> zoneAbbreviations;
    private final int maxRecordBytes;

    private ParserConfig(int maxLineLength, int maxRecordLines, int maxSipMessageBytes, int maxOpenRecords,
            int maxExcerptLength, long maxDecompressedBytes, int maxCompressionRatio, int detectionBytes,
            Charset charset, ZoneId zone, LocalDate date, boolean strict, Map<String, ZoneId> zoneAbbreviations, int maxRecordBytes) {
        this.maxLineLength = positive("maxLineLength", maxLineLength);
        this.maxRecordLines = positive("maxRecordLines", maxRecordLines);
        this.maxSipMessageBytes = positive("maxSipMessageBytes", maxSipMessageBytes);
        this.maxOpenRecords = positive("maxOpenRecords", maxOpenRecords);
        this.maxExcerptLength = positive("maxExcerptLength", maxExcerptLength);
        if (maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("maxDecompressedBytes must be > 0: " + maxDecompressedBytes);
        }
        this.maxDecompressedBytes = maxDecompressedBytes;
        this.maxCompressionRatio = positive("maxCompressionRatio", maxCompressionRatio);
        this.detectionBytes = positive("detectionBytes", detectionBytes);
        this.charset = charset;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.date = date;
        this.strict = strict;
        this.zoneAbbreviations = Map.copyOf(zoneAbbreviations);
        this.maxRecordBytes = positive("maxRecordBytes", maxRecordBytes);
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0: " + value);
        }
        return value;
    }

    /** The documented defaults. */
    public static ParserConfig defaults() {
        return DEFAULTS;
    }

    public int maxLineLength() {
        return maxLineLength;
    }

    public int maxRecordLines() {
        return maxRecordLines;
    }

    /** Characters one multi-line record keeps (its text beyond is dropped and the record flagged): lines are bounded, so is their sum. */
    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    public int maxSipMessageBytes() {
        return maxSipMessageBytes;
    }

    public int maxOpenRecords() {
        return maxOpenRecords;
    }

    public int maxExcerptLength() {
        return maxExcerptLength;
    }

    public long maxDecompressedBytes() {
        return maxDecompressedBytes;
    }

    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    public int detectionBytes() {
        return detectionBytes;
    }

    /** A forced charset, or empty for per-line UTF-8 with fallback. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** The zone assumed for timestamps that carry none. */
    public ZoneId zone() {
        return zone;
    }

    /** The day assumed for logs that stamp only a time of day, if known. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** Whether malformed records throw {@link LogParseException} instead of becoming events. */
    public boolean strict() {
        return strict;
    }

    public ParserConfig withMaxLineLength(int v) {
        return new ParserConfig(v, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withMaxRecordLines(int v) {
        return new ParserConfig(maxLineLength, v, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withMaxRecordBytes(int v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, v);
    }

    public ParserConfig withMaxSipMessageBytes(int v) {
        return new ParserConfig(maxLineLength, maxRecordLines, v, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withMaxOpenRecords(int v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, v, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withMaxExcerptLength(int v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, v,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withMaxDecompressedBytes(long v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                v, maxCompressionRatio, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withMaxCompressionRatio(int v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, v, detectionBytes, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withDetectionBytes(int v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, v, charset, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    /** Forces a charset for every line ({@code null} restores per-line detection). */
    public ParserConfig withCharset(Charset v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, v, zone, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withZone(ZoneId v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, v, date, strict, zoneAbbreviations, maxRecordBytes);
    }

    /** Sets the day for time-only logs ({@code null} for none). */
    public ParserConfig withDate(LocalDate v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, v, strict, zoneAbbreviations, maxRecordBytes);
    }

    public ParserConfig withStrict(boolean v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, v, zoneAbbreviations, maxRecordBytes);
    }

    /**
     * Time-zone abbreviations some logs write instead of offsets (BroadWorks: {@code CET}, {@code EDT}),
     * upper case. Abbreviations are ambiguous world-wide, so this table is configurable; the default maps
     * the North American and Central/Western European ones and {@code UTC}/{@code GMT}. {@code GMT±hh:mm}
     * is always understood.
     */
    public Map<String, ZoneId> zoneAbbreviations() {
        return zoneAbbreviations;
    }

    /** Replaces the zone-abbreviation table. */
    public ParserConfig withZoneAbbreviations(Map<String, ZoneId> v) {
        return new ParserConfig(maxLineLength, maxRecordLines, maxSipMessageBytes, maxOpenRecords, maxExcerptLength,
                maxDecompressedBytes, maxCompressionRatio, detectionBytes, charset, zone, date, strict, v, maxRecordBytes);
    }

    /** The zone the log's abbreviation or {@code GMT±hh:mm} names, if known. */
    public Optional<ZoneId> zoneOf(String abbreviation) {
        String a = abbreviation.strip().toUpperCase(java.util.Locale.ROOT);
        ZoneId z = zoneAbbreviations.get(a);
        if (z != null) {
            return Optional.of(z);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:GMT|UTC)([+-])(\\d{1,2}):?(\\d{2})?").matcher(a);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(2));
            int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h <= 18 && min < 60) {
                int sign = m.group(1).equals("-") ? -1 : 1;
                return Optional.of(ZoneOffset.ofTotalSeconds(sign * (h * 3600 + min * 60)));
            }
        }
        return Optional.empty();
    }

    private static Map<String, ZoneId> defaultZoneAbbreviations() {
        Map<String, ZoneId> m = new java.util.HashMap<>();
        String[][] t = {{"UTC", "Z"}, {"GMT", "Z"}, {"Z", "Z"}, {"WET", "Z"}, {"WEST", "+01:00"}, {"BST", "+01:00"},
            {"CET", "+01:00"}, {"CEST", "+02:00"}, {"MET", "+01:00"}, {"MEST", "+02:00"}, {"EET", "+02:00"}, {"EEST", "+03:00"},
            {"MSK", "+03:00"}, {"TRT", "+03:00"}, {"IRST", "+03:30"},
            {"EST", "-05:00"}, {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"}, {"MST", "-07:00"}, {"MDT", "-06:00"},
            {"PST", "-08:00"}, {"PDT", "-07:00"}, {"AKST", "-09:00"}, {"AKDT", "-08:00"}, {"HST", "-10:00"}};
        for (String[] r : t) {
            m.put(r[0], ZoneOffset.of(r[1]));
        }
        return m;
    }

    @Override
    public String toString() {
        return "ParserConfig[maxLineLength=" + maxLineLength + ", maxRecordLines=" + maxRecordLines
                + ", maxSipMessageBytes=" + maxSipMessageBytes + ", maxOpenRecords=" + maxOpenRecords
                + ", maxExcerptLength=" + maxExcerptLength + ", maxDecompressedBytes=" + maxDecompressedBytes
                + ", maxCompressionRatio=" + maxCompressionRatio + ", detectionBytes=" + detectionBytes
                + ", charset=" + charset + ", zone=" + zone + ", date=" + date + ", strict=" + strict
                + ", zoneAbbreviations=" + zoneAbbreviations.size() + " entries]";
    }
}
