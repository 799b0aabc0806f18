package dev.rtcdiag.parsers.internal.bbb;

import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.NetworkAttributes;
import dev.rtcdiag.parsers.internal.AbstractLineParser;
import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.Line;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.MalformedReason;
import dev.rtcdiag.parsers.spi.ParserConfig;
import dev.rtcdiag.parsers.spi.SourcePosition;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code bbb-conf --check} (https://docs.bigbluebutton.org, https://github.com/bigbluebutton). Settings that decide which address
 * the server advertises to browsers ({@code external_rtp_ip}, {@code ext-rtp-ip},
 * {@code mediasoup.webrtc.*.announcedIp}, …) become {@code status} events with {@code setting},
 * {@code value} and {@code server-address} ({@code $${local_ip_v4}} resolved); the
 * {@code # Warning:}, {@code # Error:} and {@code # Not running:} blocks of "Potential problems"
 * become one event each (warning or error level) with a {@code check} attribute: {@code sip-proxy},
 * {@code stun}, {@code not-running}, {@code freeswitch-esl}, {@code external-ip}, {@code firewall},
 * {@code resources} or {@code other}.
 */
public final class BbbConfCheckProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "bbb.conf-check";

    private static final Pattern HEADER = Pattern.compile("^BigBlueButton Server \\d+\\.\\d+.*");
    private static final Pattern SETTING = Pattern.compile("^\\s+([\\w.*-]+): ?(.*)$");
    private static final Pattern PROBLEM = Pattern.compile("^# (Warning|Error|Not running):\\s*(.*)$");
    /** Settings whose value is an address the server gives to browsers (plainRtp is internal, so not listed). */
    private static final Set<String> ADVERTISED = Set.of("external_rtp_ip", "ext-rtp-ip", "mediasoup.webrtc.*.announcedIp",
            "mediasoup.webrtc.announcedIp", "kurento.ip", "externalIPv4", "externalAddress");
    private static final Set<String> SETTINGS = Set.of("local_ip_v4", "external_sip_ip", "ext-sip-ip", "ws-binding", "wss-binding",
            "proxy_pass", "protocol", "defaultFullAudioBridge", "defaultListenOnlyBridge", "freeswitch.sip_ip");

    public BbbConfCheckProvider() {
        super(ID, "output of 'bbb-conf --check': advertised addresses and the 'Potential problems' warnings",
                "a 'BigBlueButton Server <version>' header or '# Potential problems described below'");
    }

    @Override
    public Detection detect(DetectionInput input) {
        for (String line : input.firstLines(400)) {
            if (HEADER.matcher(line).matches() || line.startsWith("# Potential problems described below")) {
                return Detection.match(Detection.PRIORITY_STRONG);
            }
        }
        return Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new Parser(input, config);
    }

    private static final class Parser extends AbstractLineParser {
        private String localIp = "";
        private SourcePosition problemAt;
        private String problemKind;
        private final StringBuilder problem = new StringBuilder();
        private final StringBuilder problemRaw = new StringBuilder();
        private int problemLines;

        Parser(LogInput input, ParserConfig config) {
            super(input, config, ID);
        }

        @Override
        protected void onLine(Line line) {
            String text = line.text();
            Matcher p = PROBLEM.matcher(text);
            if (p.matches()) {
                flush();
                problemAt = line.position(source);
                problemKind = p.group(1);
                problem.append(p.group(1)).append(": ").append(p.group(2).strip());
                problemRaw.append(text);
                problemLines = 1;
                return;
            }
            if (problemAt != null && text.startsWith("#") && !text.startsWith("# Potential problems")) {
                if (problemLines >= config.maxRecordLines()) {
                    emit(LogEvent.malformed(line.position(source), format, MalformedReason.LIMIT_EXCEEDED,
                            "warning block longer than maxRecordLines " + config.maxRecordLines(), excerpt(text)));
                    flush();
                    return;
                }
                String more = text.substring(1).strip();
                if (!more.isEmpty()) {
                    problem.append(' ').append(more);
                }
                problemRaw.append('\n').append(text);
                problemLines++;
                return;
            }
            flush();
            if (text.isBlank()) {
                return;
            }
            LogEvent.Builder b = LogEvent.builder(line.position(source), format).system(SystemId.BBB).message(excerpt(text.strip())).raw(excerpt(text));
            Matcher s = SETTING.matcher(text);
            if (s.matches()) {
                String name = s.group(1);
                String value = s.group(2).strip();
                if (name.equals("local_ip_v4")) {
                    localIp = value;
                }
                if (value.contains("local_ip_v4") && !localIp.isEmpty()) {
                    value = localIp;
                }
                if (ADVERTISED.contains(name)) {
                    b.kind(EventKind.STATUS).set(CallAttributes.SETTING, name).set(CallAttributes.VALUE, value).set(NetworkAttributes.SERVER_ADDRESS, value);
                } else if (SETTINGS.contains(name)) {
                    b.kind(EventKind.STATUS).set(CallAttributes.SETTING, name).set(CallAttributes.VALUE, value);
                }
            }
            emit(b.build());
        }

        private void flush() {
            if (problemAt == null) {
                return;
            }
            String text = problem.toString();
            emit(LogEvent.builder(problemAt, format).system(SystemId.BBB).kind(EventKind.STATUS)
                    .level(problemKind.equals("Warning") ? Level.WARN : Level.ERROR)
                    .set(CallAttributes.CHECK, check(text))
                    .message(excerpt(text)).raw(excerpt(problemRaw.toString())).lineCount(problemLines).build());
            problemAt = null;
            problem.setLength(0);
            problemRaw.setLength(0);
            problemLines = 0;
        }

        private static String check(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            if (t.contains("sip.nginx") || t.contains("proxy_pass") || t.contains("wss-binding") || t.contains("port 5066")) {
                return "sip-proxy";
            }
            if (t.contains("stun")) {
                return "stun";
            }
            if (t.startsWith("not running")) {
                return "not-running";
            }
            if (t.contains("8021") || t.contains("event socket")) {
                return "freeswitch-esl";
            }
            if (t.contains("local_ip_v4") || t.contains("external") || t.contains("hostname/ip")) {
                return "external-ip";
            }
            if (t.contains("firewall")) {
                return "firewall";
            }
            if (t.contains("memory") || t.contains("cores")) {
                return "resources";
            }
            return "other";
        }

        @Override
        protected long openRecordLine() {
            return problemAt == null ? Long.MAX_VALUE : problemAt.line();
        }

        @Override
        protected void onEnd() {
            flush();
        }
    }
}
