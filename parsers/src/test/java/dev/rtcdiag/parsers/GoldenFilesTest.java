package dev.rtcdiag.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.testing.EventFormat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code golden/<format>/<case>.*} input must be detected as {@code <format>}
 * and produce exactly the events in {@code <case>.expected}. See the README next to the files.
 */
class GoldenFilesTest {

    static Path root() throws URISyntaxException {
        return Path.of(GoldenFilesTest.class.getResource("golden/README.md").toURI()).getParent();
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root())) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected") && !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .forEach(p -> all.add(Arguments.argumentSet(p.getParent().getFileName() + "/" + p.getFileName(), p)));
        }
        return all.stream();
    }

    @Test
    void thereAreGoldenFilesForEveryTextFraming() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parsesToTheExpectedEvents(Path input) throws IOException {
        String expectedFormat = input.getParent().getFileName().toString();
        String name = input.getParent().getFileName() + "/" + input.getFileName();
        List<String> actual = new ArrayList<>();
        try (ParsedInput in = Parsers.discover().open(new InputFile(name, input), ParserConfig.defaults().withStrict(false), null)) {
            assertThat(in.format()).as("detected format of %s", name).isEqualTo(expectedFormat);
            while (in.hasNext()) {
                actual.add(EventFormat.render(in.next()));
            }
        }
        String base = input.getFileName().toString();
        Path expected = input.resolveSibling(base.substring(0, base.lastIndexOf('.')) + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of("src/test/resources/dev/rtcdiag/parsers/golden").resolve(input.getParent().getFileName()).resolve(expected.getFileName());
            Files.write(source, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(expected)).as("%s exists (run with -Dgolden.update=true to create it)", expected.getFileName()).isTrue();
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }
}
