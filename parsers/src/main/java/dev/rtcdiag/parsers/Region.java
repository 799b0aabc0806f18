package dev.rtcdiag.parsers;

import dev.rtcdiag.parsers.spi.EnvelopeStack;
import java.util.Objects;

/**
 * A part of one input read as a format of its own: a support bundle or a paste that concatenates
 * several sources (a FreeSWITCH excerpt, then syslog lines, then a client console) is split where a
 * block after a blank line is in another format than the one before it.
 *
 * @param line the input line the region starts at (1-based)
 * @param byteOffset the input byte offset it starts at
 * @param format the format id it was read as
 * @param envelopes the envelopes taken off its lines
 */
public record Region(long line, long byteOffset, String format, EnvelopeStack envelopes) {

    /** Validates components. */
    public Region {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(envelopes, "envelopes");
    }
}
