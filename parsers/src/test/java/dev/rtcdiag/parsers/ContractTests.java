package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.testing.LogParserContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared parser contract, run against every installed format: the formats are found through
 * {@link ServiceLoader} as users find them, and each format's valid samples are its golden inputs
 * ({@code golden/<id>/}, one per file type: the statistics format has a JSON and a CSV variant). A new
 * format is under contract the moment it is registered, and fails here until it has a golden case.
 */
@ParameterizedClass(name = "{0} {2}")
@MethodSource("formats")
class ContractTests implements LogParserContract {

    /** Formats that read bytes, not lines: an over-long line is only a problem inside a message. */
    static final Set<String> NOT_LINE_BASED = Set.of("sip.messages", "sip.pcap", "binary");
    /** Formats with no golden case, and why. */
    static final Map<String, String> NO_GOLDEN = Map.of("binary", "reports every input as malformed by design (BinaryAndEmptyInputTest)");

    @Parameter(0)
    String id;

    @Parameter(1)
    LogFormatProvider provider;

    @Parameter(2)
    String sampleName;

    static Path golden() {
        try {
            return Path.of(ContractTests.class.getResource("golden/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> formats() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (LogFormatProvider p : ServiceLoader.load(LogFormatProvider.class).stream().map(ServiceLoader.Provider::get).toList()) {
            Path dir = golden().resolve(p.id());
            if (!Files.isDirectory(dir)) {
                assertThat(NO_GOLDEN).as("format %s has no golden case in golden/%s/", p.id(), p.id()).containsKey(p.id());
                out.add(Arguments.of(p.id(), p, "-"));
                continue;
            }
            Map<String, Path> firstPerType = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> !f.getFileName().toString().endsWith(".expected")).sorted()
                        .forEach(f -> firstPerType.putIfAbsent(extension(f), f));
            }
            firstPerType.values().forEach(f -> out.add(Arguments.of(p.id(), p, f.getFileName().toString())));
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out.stream();
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    @Override
    public LogFormatProvider provider() {
        return provider;
    }

    @Override
    public byte[] validSample() {
        if (sampleName.equals("-")) {
            return new byte[] {0, 1, 2, 3};
        }
        try {
            return Files.readAllBytes(golden().resolve(id).resolve(sampleName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void validSampleParsesWithoutMalformedEvents() {
        Assumptions.assumeFalse(NO_GOLDEN.containsKey(id), () -> id + " " + NO_GOLDEN.get(id));
        LogParserContract.super.validSampleParsesWithoutMalformedEvents();
    }

    @Override
    public boolean isLineBased() {
        return !NOT_LINE_BASED.contains(id);
    }
}
