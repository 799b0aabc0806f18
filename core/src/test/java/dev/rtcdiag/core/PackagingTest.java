package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an adopter checks before embedding a library: its licence, notice, metadata and a BOM of every published artifact. */
class PackagingTest {

    @Test
    void theLicenceAndNoticeAreThere() throws IOException {
        assertThat(Files.readString(Path.of("../LICENSE"))).contains("Apache License").contains("Version 2.0, January 2004");
        assertThat(Files.readString(Path.of("../NOTICE"))).contains("Apache License, Version 2.0");
        String parent = Files.readString(Path.of("../pom.xml"));
        assertThat(parent).contains("<licenses>").contains("<name>Apache-2.0</name>").contains("<project.build.outputTimestamp>");
    }

    @Test
    void theBomNamesEveryLibraryArtifact() throws IOException {
        String bom = Files.readString(Path.of("../bom/pom.xml"));
        for (String module : List.of("catalog", "parsers", "core", "flink")) {
            String artifact = Files.readString(Path.of("../" + module + "/pom.xml")).replaceAll("(?s).*?</parent>\\s*<artifactId>([^<]+)</artifactId>.*", "$1");
            assertThat(artifact).startsWith("rtcdiag-");
            assertThat(bom).as("the BOM lists %s", artifact).contains("<artifactId>" + artifact + "</artifactId>");
        }
        assertThat(bom).doesNotContain("<parent>").as("a BOM pins our artifacts only").doesNotContain("jackson");
    }

    @Test
    void theReadmeShowsTheHtmlReport() throws IOException {
        assertThat(Files.readString(Path.of("../README.md"))).contains("![The HTML report of a bundle of 34 logs](docs/images/report.png)");
        byte[] png = Files.readAllBytes(Path.of("../docs/images/report.png"));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
