package dev.rtcdiag.parsers;

import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.EnvelopeStack;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LineReader;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The set of log formats and the entry point for reading inputs: detects each input's format from its
 * content (like Apache Tika's detector/parser split: a prefix goes to every provider, the highest
 * {@link Detection.Match} wins), decompresses {@code .gz} input with a bound, and opens the parser.
 *
 * <p>Immutable and thread-safe; open any number of inputs, from any threads, each parser used by one.
 */
public final class Parsers {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Parsers.class);

    private final List<LogFormatProvider> providers;
    private final List<String> loadProblems;

    private Parsers(List<LogFormatProvider> providers, List<String> loadProblems) {
        this.providers = List.copyOf(providers);
        this.loadProblems = List.copyOf(loadProblems);
    }

    /**
     * The providers found through {@link ServiceLoader}, sorted by id. A provider that fails to load
     * is skipped and its error kept in {@link #loadProblems()} (one broken plug-in must not take the
     * others down).
     */
    public static Parsers discover() {
        List<LogFormatProvider> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var it = ServiceLoader.load(LogFormatProvider.class, Parsers.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                problems.add(e.getMessage());
            }
        }
        found.sort(Comparator.comparing(LogFormatProvider::id));
        return new Parsers(found, problems);
    }

    /** Exactly these providers (explicit wiring, tests). */
    public static Parsers of(List<LogFormatProvider> providers) {
        List<LogFormatProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparing(LogFormatProvider::id));
        return new Parsers(sorted, List.of());
    }

    /** The providers, sorted by id. */
    public List<LogFormatProvider> providers() {
        return providers;
    }

    /** Providers that failed to load, with the reason. */
    public List<String> loadProblems() {
        return loadProblems;
    }

    /** The provider with an id. */
    public Optional<LogFormatProvider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Opens a file or standard input: decompresses gzip (by magic bytes), detects the format (or uses
     * {@code formatHint}), and returns the events.
     *
     * @param formatHint a format id to force, or {@code null} to detect
     * @throws IOException naming the file when it cannot be opened at all
     * @throws IllegalArgumentException when {@code formatHint} names no provider
     */
    public ParsedInput open(InputFile input, ParserConfig config, String formatHint) throws IOException {
        return open(input, config, formatHint, java.util.function.UnaryOperator.identity());
    }

    /**
     * Like {@link #open(InputFile, ParserConfig, String)}, with the file's bytes passed through {@code through}
     * first (a budget that ends the input early, a counter) before decompression and detection.
     */
    public ParsedInput open(InputFile input, ParserConfig config, String formatHint, java.util.function.UnaryOperator<InputStream> through)
            throws IOException {
        Objects.requireNonNull(input, "input");
        InputStream rawStream;
        try {
            rawStream = input.isStdin() ? System.in : Files.newInputStream(input.path());
        } catch (IOException e) {
            throw new IOException(input.name() + ": " + describe(e), e);
        }
        return open(input, through.apply(rawStream), config, formatHint);
    }

    /** Like {@link #open(InputFile, ParserConfig, String)} over an already open stream (closed with the parser). */
    public ParsedInput open(InputFile input, InputStream stream, ParserConfig config, String formatHint) throws IOException {
        Objects.requireNonNull(config, "config");
        LogFormatProvider forced = null;
        if (formatHint != null) {
            forced = find(formatHint).orElseThrow(() -> new IllegalArgumentException("unknown format '" + formatHint
                    + "'; known: " + providers.stream().map(LogFormatProvider::id).collect(Collectors.joining(", "))));
        }
        CountingInputStream raw = new CountingInputStream(stream);
        try {
            byte[] magic = raw.readNBytes(2);
            InputStream afterMagic = new SequenceInputStream(new ByteArrayInputStream(magic), raw);
            GzipInput gzip = null;
            InputStream text = afterMagic;
            if (magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
                gzip = new GzipInput(afterMagic, raw, config.maxDecompressedBytes(), config.maxCompressionRatio());
                text = gzip;
            }
            text = Utf16Input.decoded(text); // UTF-16 with a byte-order mark is read as text, not binary
            byte[] prefix = text.readNBytes(config.detectionBytes());
            boolean complete = prefix.length < config.detectionBytes();
            Detected d = detect(input.name(), prefix, complete, config, forced);
            LogFormatProvider provider = d.provider();
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(prefix), text);
            LogParser parser = regions(forced, d) ? new RegionParser(this, input.name(), all, config, d)
                    : provider.open(new LogInput(input.name(), all, d.envelopes()), config);
            GzipInput g = gzip;
            return new ParsedInput(input, provider.id(), d.envelopes(), parser, raw, line -> {
                if (g == null || g.problem() == null) {
                    return null;
                }
                LOG.warn("{}: {}", input.name(), g.problemMessage()); // a limit or damage cut the input short
                return LogEvent.malformed(new SourcePosition(input.name(), line, 0), provider.id(), g.problem(), g.problemMessage(), "");
            });
        } catch (IOException | RuntimeException e) {
            raw.close();
            if (e instanceof IOException io) {
                throw new IOException(input.name() + ": " + describe(io), io);
            }
            throw e;
        }
    }

    /**
     * Whether an input is read region by region (it may concatenate several sources): text formats found
     * by detection. A forced format, a binary one (pcap), one with a distinctive header, and the SIP trace
     * formats (whose messages the text reader finds anyway, and whose blank lines are message bodies) are
     * read whole.
     */
    private static boolean regions(LogFormatProvider forced, Detected d) {
        String id = d.provider().id();
        return forced == null && d.priority() < Detection.PRIORITY_STRONG && !id.startsWith("sip.") && !id.equals("binary")
                && !id.equals("bitrix.call-statistics");
    }

    /** The format chosen for an input and the envelopes taken off its lines. */
    record Detected(LogFormatProvider provider, int priority, EnvelopeStack envelopes) {
    }

    /**
     * The best provider for a prefix (the text fallback when nothing else matches), and the envelopes
     * its lines carry. Detection runs on the lines as they are and, when they carry envelopes, again on
     * the unwrapped lines: the unwrapped reading is used when it finds a better format, or when both
     * fall back to text (the text parser reads unwrapped lines better too). A format whose own grammar
     * includes what looks like an envelope (Webex's logcat lines) keeps its lines as they are. A binary
     * format (pcap) never gets envelopes.
     */
    Detected detect(String name, byte[] prefix, boolean complete, ParserConfig config, LogFormatProvider forced) {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(prefix), config.withMaxLineLength(Math.max(1, Math.min(config.maxLineLength(), 8192))))) {
            for (Line l; (l = reader.next()) != null && lines.size() < 500; ) {
                if (!l.binary() || !l.text().isBlank()) {
                    lines.add(l.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array cannot fail
        }
        boolean binary = dev.rtcdiag.parsers.internal.text.BinaryFormatProvider.looksBinary(ByteBuffer.wrap(prefix));
        EnvelopeStack envelopes = binary ? EnvelopeStack.NONE : EnvelopeStack.detect(lines);
        if (forced != null) {
            return new Detected(forced, Integer.MAX_VALUE, envelopes);
        }
        Detected raw = best(name, ByteBuffer.wrap(prefix), lines, complete, EnvelopeStack.NONE);
        if (envelopes.isEmpty() || raw.priority() >= Detection.PRIORITY_STRONG) {
            LOG.debug("{}: format {} (priority {}), no envelope", name, raw.provider().id(), raw.priority());
            return raw;
        }
        List<String> unwrapped = new ArrayList<>();
        for (String l : lines) {
            unwrapped.addAll(envelopes.unwrap(l));
        }
        byte[] text = String.join("\n", unwrapped).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Detected inner = best(name, ByteBuffer.wrap(text), unwrapped, complete, envelopes);
        // the same format either way (text included): its grammar reads the unwrapped lines at least as well
        boolean same = inner.provider() == raw.provider() && inner.priority() == raw.priority();
        Detected chosen = inner.priority() > raw.priority() || same ? inner : raw;
        LOG.debug("{}: format {} (priority {}), envelopes [{}]", name, chosen.provider().id(), chosen.priority(), chosen.envelopes().describe());
        return chosen;
    }

    private Detected best(String name, ByteBuffer bytes, List<String> lines, boolean complete, EnvelopeStack envelopes) {
        DetectionInput in = new DetectionInput(name, bytes, lines, complete);
        LogFormatProvider best = null;
        int bestPriority = Integer.MIN_VALUE;
        for (LogFormatProvider p : providers) {
            Detection d;
            try {
                d = p.detect(in);
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                LOG.warn("{}: the detector of format {} failed and was skipped: {}", name, p.id(), e.toString());
                continue; // a provider's detector must not break detection for the others
            }
            if (d instanceof Detection.Match m && m.priority() > bestPriority) {
                best = p;
                bestPriority = m.priority();
            }
        }
        if (best == null) {
            best = find("text").orElseThrow(() -> new IllegalStateException(
                    "no format matches " + name + " and no 'text' fallback is installed; providers: " + Arrays.toString(providers.toArray())));
            bestPriority = Detection.PRIORITY_FALLBACK;
        }
        return new Detected(best, bestPriority, envelopes);
    }

    private static String describe(IOException e) {
        return IoErrors.reason(e);
    }
}
