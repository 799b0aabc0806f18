package dev.rtcdiag.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every build deploys the published artifacts to {@code target/staging} (the parent POM's {@code stage}
 * execution, in the verify phase of each library module, which the reactor finishes before this module).
 * This applies the checks Maven Central makes of a deployment, signatures aside: each component has its
 * POM, jar, sources and javadoc jars, each file its MD5 and SHA-1 checksums that match, and the POM, with
 * what it inherits, a name, description, project URL, licence, developer and SCM.
 */
class PublishingTest {

    static final Path STAGING = Path.of("../../target/staging/dev/rtcdiag");
    static final String VERSION = "0.1.0-SNAPSHOT";

    /**
     * The staging repository must be this build's: fresh beside the core jar just built. Only a build that
     * said it does not stage ({@code -Drtcdiag.stage.skip=true}, as offline builds must: Maven deploys
     * nothing offline) skips this test, saying so.
     */
    @org.junit.jupiter.api.BeforeAll
    static void staged() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("rtcdiag.stage.skip"),
                "this build was run with -Drtcdiag.stage.skip=true (offline builds must: Maven deploys nothing offline), so nothing was staged to check");
        Path core = STAGING.resolve("rtcdiag-core").resolve(VERSION);
        Path built = Path.of("../../core/target/rtcdiag-core-" + VERSION + ".jar");
        assertThat(core.resolve("maven-metadata.xml")).as("the build staged rtcdiag-core in target/staging").exists();
        assertThat(Files.getLastModifiedTime(core.resolve("maven-metadata.xml")).toInstant())
                .as("the staged core is this build's").isAfterOrEqualTo(Files.getLastModifiedTime(built).toInstant());
    }

    /** The base name of the newest deployment of an artifact: {@code rtcdiag-core-0.1.0-20261206.101010-3}. */
    static String newest(String artifact) throws Exception {
        Path dir = STAGING.resolve(artifact).resolve(VERSION);
        assertThat(dir).as("%s was deployed to the staging repository", artifact).isDirectory();
        Document meta = xml(dir.resolve("maven-metadata.xml"));
        String timestamp = text(meta.getDocumentElement(), "timestamp");
        String build = text(meta.getDocumentElement(), "buildNumber");
        return artifact + "-" + VERSION.replace("-SNAPSHOT", "") + "-" + timestamp + "-" + build;
    }

    static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the first element of that name under {@code e}, at any depth; "" when there is none. */
    static String text(Element e, String name) {
        var nodes = e.getElementsByTagName(name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /** The text of a direct child element, "" when there is none. */
    static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().strip();
            }
        }
        return "";
    }

    static void checksummed(Path file) throws Exception {
        assertThat(file).exists();
        byte[] bytes = Files.readAllBytes(file);
        for (String[] algorithm : new String[][] {{"MD5", ".md5"}, {"SHA-1", ".sha1"}}) {
            Path sum = file.resolveSibling(file.getFileName() + algorithm[1]);
            assertThat(sum).as("%s of %s", algorithm[0], file.getFileName()).exists();
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm[0]).digest(bytes));
            assertThat(Files.readString(sum).strip().split("\\s+")[0]).isEqualToIgnoringCase(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rtcdiag-catalog", "rtcdiag-parsers", "rtcdiag-core"})
    void everyLibraryHasItsJarSourcesJavadocAndChecksums(String artifact) throws Exception {
        Path dir = STAGING.resolve(artifact).resolve(VERSION);
        String base = newest(artifact);
        for (String suffix : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
            checksummed(dir.resolve(base + suffix));
        }
        try (JarFile sources = new JarFile(dir.resolve(base + "-sources.jar").toFile())) {
            assertThat(sources.stream().map(e -> e.getName())).contains("module-info.java").anyMatch(n -> n.endsWith(".java") && n.contains("/"));
        }
        try (JarFile javadoc = new JarFile(dir.resolve(base + "-javadoc.jar").toFile())) {
            assertThat(javadoc.getEntry("index.html")).isNotNull();
        }
        try (JarFile jar = new JarFile(dir.resolve(base + ".jar").toFile())) {
            assertThat(jar.getEntry("module-info.class")).as("a named module").isNotNull();
        }
        assertCentralMetadata(xml(dir.resolve(base + ".pom")).getDocumentElement());
    }

    @Test
    void theParentAndTheBomArePublishedWithTheirMetadata() throws Exception {
        for (String artifact : List.of("rtcdiag-parent", "rtcdiag-bom")) {
            Path pom = STAGING.resolve(artifact).resolve(VERSION).resolve(newest(artifact) + ".pom");
            checksummed(pom);
            assertCentralMetadata(xml(pom).getDocumentElement());
        }
    }

    @Test
    void applicationsAndBuildHelpersAreNotPublished() throws IOException {
        try (Stream<Path> s = Files.list(STAGING)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("rtcdiag-parent", "rtcdiag-bom", "rtcdiag-catalog", "rtcdiag-parsers", "rtcdiag-core");
        }
    }

    /** Central's required POM elements, taking what a module inherits from rtcdiag-parent into account. */
    static void assertCentralMetadata(Element project) throws Exception {
        List<Element> chain = new ArrayList<>(List.of(project));
        String parent = text(project, "parent").isEmpty() ? "" : child((Element) project.getElementsByTagName("parent").item(0), "artifactId");
        if (!parent.isEmpty()) {
            chain.add(xml(STAGING.resolve(parent).resolve(VERSION).resolve(newest(parent) + ".pom")).getDocumentElement());
        }
        String artifact = child(project, "artifactId");
        for (String required : List.of("name", "description", "url")) {
            assertThat(chain.stream().map(e -> child(e, required)).filter(v -> !v.isEmpty()).findFirst())
                    .as("%s of %s", required, artifact).isPresent();
        }
        assertThat(chain.stream().map(e -> child(e, "groupId")).filter(v -> !v.isEmpty()).findFirst()).contains("dev.rtcdiag");
        Element withLicences = chain.stream().filter(e -> e.getElementsByTagName("license").getLength() > 0).findFirst().orElseThrow();
        Element licence = (Element) withLicences.getElementsByTagName("license").item(0);
        assertThat(child(licence, "name")).isEqualTo("Apache-2.0");
        assertThat(child(licence, "url")).startsWith("https://www.apache.org/licenses/LICENSE-2.0");
        assertThat(chain.stream().anyMatch(e -> e.getElementsByTagName("developer").getLength() > 0)).as("developers of %s", artifact).isTrue();
        Element scm = chain.stream().filter(e -> e.getElementsByTagName("scm").getLength() > 0).findFirst()
                .map(e -> (Element) e.getElementsByTagName("scm").item(0)).orElseThrow(() -> new AssertionError("no scm for " + artifact));
        assertThat(child(scm, "url")).startsWith("https://");
        assertThat(child(scm, "connection")).startsWith("scm:git:");
    }
}
