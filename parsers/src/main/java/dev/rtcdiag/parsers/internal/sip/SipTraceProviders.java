package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.text.TextLogParser;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SIP trace formats whose lines are framing and messages; all parsed by {@link TextLogParser}
 * (so their stray lines are still {@code log} events), each with its own id and detection.
 */
public final class SipTraceProviders {

    private SipTraceProviders() {
    }

    /** Shared shape: detection by a predicate over the first lines. */
    abstract static class Base implements LogFormatProvider {
        private final String id;
        private final String description;
        private final String detection;
        private final int priority;

        Base(String id, String description, String detection, int priority) {
            this.id = id;
            this.description = description;
            this.detection = detection;
            this.priority = priority;
        }

        abstract boolean matches(List<String> lines);

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public String detectionSummary() {
            return detection;
        }

        @Override
        public Detection detect(DetectionInput input) {
            List<String> lines = input.firstLines(200);
            if (lines.isEmpty()) {
                return input.complete() ? Detection.noMatch() : Detection.needMoreData(input.bytes().remaining() * 2 + 1024);
            }
            return matches(lines) ? Detection.match(priority) : Detection.noMatch();
        }

        @Override
        public LogParser open(LogInput input, ParserConfig config) {
            return new TextLogParser(input, config, id);
        }

        static boolean any(List<String> lines, Predicate<String> p) {
            return lines.stream().anyMatch(p);
        }
    }

    /** SIPp {@code -trace_msg} files. */
    public static final class Sipp extends Base {
        public Sipp() {
            super("sip.sipp-trace", "SIPp -trace_msg message log (messages sent and received)",
                    "a line of 47 dashes and a time followed by '<transport> message sent|received'", Detection.PRIORITY_STRONG);
        }

        @Override
        boolean matches(List<String> lines) {
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).startsWith("----------------------------------------------- ")
                        && lines.get(i + 1).matches("\\S+ (control )?message (sent|received).*")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Kamailio {@code sipdump} module text files. */
    public static final class KamailioSipdump extends Base {
        public KamailioSipdump() {
            super("sip.kamailio-sipdump", "Kamailio sipdump module records (rcv/snd messages with addresses and time)",
                    "'====================' record start with 'tag:' and '~~~~~~~~~~~~~~~~~~~~' lines", Detection.PRIORITY_STRONG);
        }

        @Override
        boolean matches(List<String> lines) {
            return lines.get(0).equals("====================") && any(lines, l -> l.equals("~~~~~~~~~~~~~~~~~~~~"));
        }
    }

    /** Asterisk full/messages logs with {@code pjsip set logger on} or legacy {@code sip set debug on}. */
    public static final class Asterisk extends Base {
        public Asterisk() {
            super("sip.asterisk", "Asterisk log with SIP traces (pjsip set logger on; chan_sip sip set debug on)",
                    "'<--- Transmitting|Received SIP request|response' or '<--- SIP read from' lines", Detection.PRIORITY_NORMAL);
        }

        @Override
        boolean matches(List<String> lines) {
            return any(lines, l -> l.contains("<--- Transmitting SIP ") || l.contains("<--- Received SIP ")
                    || l.contains("<--- SIP read from ") || l.matches(".*<--- (Reliably )?Transmitting \\((no )?NAT\\) to .*"));
        }
    }

    /** Files of bare SIP messages (datagram dumps, RFC 4475 test messages). */
    public static final class Messages implements LogFormatProvider {
        @Override
        public String id() {
            return "sip.messages";
        }

        @Override
        public String description() {
            return "bare SIP messages one after another, parsed from the bytes (bodies framed by Content-Length)";
        }

        @Override
        public String detectionSummary() {
            return "the first non-blank line is a SIP Request-Line or Status-Line";
        }

        @Override
        public Detection detect(DetectionInput input) {
            List<String> lines = input.firstLines(1);
            if (lines.isEmpty()) {
                return Detection.noMatch();
            }
            return SipTextExtractor.isStartLine(lines.get(0).strip()) ? Detection.match(Detection.PRIORITY_NORMAL + 10) : Detection.noMatch();
        }

        @Override
        public LogParser open(LogInput input, ParserConfig config) {
            // byte-exact parsing needs the bytes as sent; a pasted message (quoted, escaped) is read line by line
            return input.envelopes().isEmpty() ? new RawSipParser(input, config, id())
                    : new dev.rtcdiag.parsers.internal.text.TextLogParser(input, config, id());
        }
    }
}
