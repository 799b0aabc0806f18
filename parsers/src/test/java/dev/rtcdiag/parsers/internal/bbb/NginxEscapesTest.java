package dev.rtcdiag.parsers.internal.bbb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * nginx's {@code \xHH} escapes undone into UTF-8, with characters that were written as they are (a log
 * with {@code escape=none}, or a line mixing both) kept: the output buffer is sized from the text, so
 * the widest characters must fit.
 */
class NginxEscapesTest {

    @Test
    void escapesBecomeTheirBytesAndUnescapedTextStays() {
        assertThat(NginxEscapes.unescape("plain, nothing escaped")).isEqualTo("plain, nothing escaped");
        // "سارا" escaped as nginx writes it, between escaped quotes
        assertThat(NginxEscapes.unescape("{\\x22fullname\\x22:\\x22\\xD8\\xB3\\xD8\\xA7\\xD8\\xB1\\xD8\\xA7\\x22}")).isEqualTo("{\"fullname\":\"سارا\"}");
        // written as they are beside an escape: two-byte Arabic, a three-byte CJK character, a four-byte emoji
        assertThat(NginxEscapes.unescape("\\x22سارا 会议 🎥\\x22")).isEqualTo("\"سارا 会议 🎥\"");
        assertThat(NginxEscapes.unescape("🎥🎥🎥\\x5C")).isEqualTo("🎥🎥🎥\\");
        assertThat(NginxEscapes.unescape("会议会议会议\\x5C")).isEqualTo("会议会议会议\\"); // three bytes a character, one escape to spare
        // not an escape: kept
        assertThat(NginxEscapes.unescape("\\x2 and \\xZZ and \\x")).isEqualTo("\\x2 and \\xZZ and \\x");
    }
}
