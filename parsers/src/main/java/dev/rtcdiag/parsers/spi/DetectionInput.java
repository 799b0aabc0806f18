package dev.rtcdiag.parsers.spi;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * What a provider sees when asked to detect its format: a read-only prefix of the input (the first
 * {@link ParserConfig#detectionBytes()} bytes, after decompression), the same prefix decoded to text
 * and split into lines, and whether the prefix is the whole input.
 *
 * @param sourceName the input's display name (a file name is a hint only: formats are detected from content)
 * @param bytes the raw prefix, read-only
 * @param lines the prefix decoded with the input's charset and split at LF, CRLF or CR; the last line may be cut
 * @param complete {@code true} when the prefix is the entire input
 */
public record DetectionInput(String sourceName, ByteBuffer bytes, List<String> lines, boolean complete) {

    /** Copies the list and makes the buffer read-only. */
    public DetectionInput {
        Objects.requireNonNull(sourceName, "sourceName");
        bytes = Objects.requireNonNull(bytes, "bytes").asReadOnlyBuffer();
        lines = List.copyOf(lines);
    }

    /** The first {@code max} non-blank lines, for providers that only look at the start. */
    public List<String> firstLines(int max) {
        return lines.stream().filter(l -> !l.isBlank()).limit(max).toList();
    }
}
