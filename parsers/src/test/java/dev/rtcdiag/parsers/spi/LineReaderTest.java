package dev.rtcdiag.parsers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    static List<Line> read(byte[] bytes, ParserConfig config) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(bytes), config)) {
            for (Line l; (l = r.next()) != null; ) {
                lines.add(l);
            }
        }
        return lines;
    }

    static List<Line> read(byte[] bytes) throws IOException {
        return read(bytes, ParserConfig.defaults());
    }

    @Test
    void lfCrlfAndLoneCrAllEndLinesWithExactOffsets() throws IOException {
        List<Line> lines = read("a\nbb\r\nccc\rdddd".getBytes(StandardCharsets.US_ASCII));
        assertThat(lines).extracting(Line::text).containsExactly("a", "bb", "ccc", "dddd");
        assertThat(lines).extracting(Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).extracting(Line::byteOffset).containsExactly(0L, 2L, 6L, 10L);
    }

    @Test
    void crlfSplitAcrossBufferBoundaryIsOneTerminator() throws IOException {
        byte[] bytes = new byte[65_536 + 3];
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[65_535] = '\r';
        bytes[65_536] = '\n';
        List<Line> lines = read(bytes, ParserConfig.defaults().withMaxLineLength(100_000));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).byteOffset()).isEqualTo(65_537);
        assertThat(lines.get(1).text()).isEqualTo("xx");
    }

    @Test
    void emptyLinesAreKeptAndAFinalTerminatorAddsNoLine() throws IOException {
        assertThat(read("a\n\nb\n".getBytes(StandardCharsets.US_ASCII))).extracting(Line::text).containsExactly("a", "", "b");
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void utf8BomIsSkippedButCountedInOffsets() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\n', 'x'};
        List<Line> lines = read(bytes);
        assertThat(lines.get(0).text()).isEqualTo("hi");
        assertThat(lines.get(1).byteOffset()).isEqualTo(6);
    }

    @Test
    void eachLineIsDecodedInItsOwnCharset() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("Звонок завершён\n".getBytes(StandardCharsets.UTF_8));
        out.write("Звонок отклонён абонентом\n".getBytes(Charset.forName("windows-1251")));
        out.write("Müşteri çağrısı\n".getBytes(StandardCharsets.UTF_8));
        out.write("Kullanici yok: \u00e9t\u00e9 caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        out.write("plain ascii\n".getBytes(StandardCharsets.US_ASCII));
        List<Line> lines = read(out.toByteArray());
        assertThat(lines).extracting(Line::text).containsExactly("Звонок завершён", "Звонок отклонён абонентом",
                "Müşteri çağrısı", "Kullanici yok: été café", "plain ascii");
        assertThat(lines).extracting(Line::encoding).containsExactly(Line.LineEncoding.UTF_8, Line.LineEncoding.WINDOWS_1251,
                Line.LineEncoding.UTF_8, Line.LineEncoding.ISO_8859_1, Line.LineEncoding.ASCII);
    }

    @Test
    void latin1AccentsBetweenAsciiLettersAreNotMistakenForCyrillic() throws IOException {
        byte[] bytes = "Ger\u00e4t \u00fcberpr\u00fcfen, r\u00e9seau d\u00e9connect\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Line line = read(bytes).get(0);
        assertThat(line.encoding()).isEqualTo(Line.LineEncoding.ISO_8859_1);
        assertThat(line.text()).isEqualTo("Gerät überprüfen, réseau déconnecté");
    }

    @Test
    void forcedCharsetWins() throws IOException {
        byte[] bytes = "Ошибка".getBytes(Charset.forName("windows-1251"));
        Line line = read(bytes, ParserConfig.defaults().withCharset(Charset.forName("windows-1251"))).get(0);
        assertThat(line.text()).isEqualTo("Ошибка");
        assertThat(line.encoding()).isEqualTo(Line.LineEncoding.FORCED);
    }

    @Test
    void overlongLineIsCutFlaggedAndTheNextLineIsIntact() throws IOException {
        byte[] bytes = ("y".repeat(10_000) + "\nnext\n").getBytes(StandardCharsets.US_ASCII);
        List<Line> lines = read(bytes, ParserConfig.defaults().withMaxLineLength(1000));
        assertThat(lines.get(0).truncated()).isTrue();
        assertThat(lines.get(0).text()).hasSize(1000);
        assertThat(lines.get(0).byteLength()).isEqualTo(10_000);
        assertThat(lines.get(1).text()).isEqualTo("next");
        assertThat(lines.get(1).byteOffset()).isEqualTo(10_001);
        assertThat(lines.get(1).truncated()).isFalse();
    }

    @Test
    void utf8CutInsideACharacterAtTheLimitStaysUtf8() throws IOException {
        byte[] bytes = ("a".repeat(9) + "ж".repeat(10) + "\n").getBytes(StandardCharsets.UTF_8);
        Line line = read(bytes, ParserConfig.defaults().withMaxLineLength(10)).get(0);
        assertThat(line.encoding()).isEqualTo(Line.LineEncoding.UTF_8);
        assertThat(line.text()).isEqualTo("a".repeat(9));
    }

    @Test
    void nulBytesMarkALineBinary() throws IOException {
        byte[] bytes = {'a', 0, 0, 0, 'b', '\n', 't', 'e', 'x', 't', '\t', 'x', '\n'};
        List<Line> lines = read(bytes);
        assertThat(lines.get(0).binary()).isTrue();
        assertThat(lines.get(1).binary()).isFalse();
    }

    @Test
    void overlongUtf8SequencesAndSurrogatesAreNotUtf8() {
        assertThat(LineReader.utf8Prefix(new byte[] {(byte) 0xC0, (byte) 0x80}, 2)).isZero();
        assertThat(LineReader.utf8Prefix(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3)).isZero();
        assertThat(LineReader.utf8Prefix("ok€".getBytes(StandardCharsets.UTF_8), 5)).isEqualTo(5);
    }
}
