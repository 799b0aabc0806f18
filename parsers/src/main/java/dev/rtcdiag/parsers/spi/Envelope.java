package dev.rtcdiag.parsers.spi;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paste artefact or transport wrapper around the lines of a log: what a terminal, a browser
 * console, a log shipper, an issue tracker or an e-mail client puts around each line on its way from
 * the program that wrote it to the person who pastes it. The envelope layer ({@link EnvelopeStack})
 * removes them before detection and before a format's grammar sees a line; line numbers and byte
 * offsets stay those of the original input, so evidence still points at the pasted file.
 *
 * <p>Each constant knows one artefact and how to take it off a single line, in linear time (hand
 * scans or patterns without nested repetition: the text is the user's). {@link #unwrap(String)}
 * returns {@code null} when the line does not carry the artefact, so a paste where only some lines
 * are wrapped keeps the others as they are. An envelope may turn one physical line into several
 * ({@link #PYTHON_BYTES}, {@link #RSYSLOG_ESCAPES}: an escaped CR LF is a line end).
 *
 * <p>The order of the constants is the order they are taken off, outermost first.
 */
public enum Envelope {
    /** A stray HTML tag from an issue page ({@code <code>…</code>}, {@code <pre>}). */
    HTML_TAG("html-tag", "a leading <code>/<pre>/<tt> or trailing </code> tag from a web page") {
        @Override
        String strip(String line) {
            String s = line;
            boolean changed = false;
            for (String tag : new String[] {"<code>", "<pre>", "<tt>", "<samp>"}) {
                if (s.regionMatches(true, 0, tag, 0, tag.length())) {
                    s = s.substring(tag.length());
                    changed = true;
                }
            }
            for (String tag : new String[] {"</code>", "</pre>", "</tt>", "</samp>"}) {
                if (s.length() >= tag.length() && s.regionMatches(true, s.length() - tag.length(), tag, 0, tag.length())) {
                    s = s.substring(0, s.length() - tag.length());
                    changed = true;
                }
            }
            return changed ? s : null;
        }
    },
    /** Markdown emphasis around a whole line or a word ({@code **…**}, {@code **_…_**}). */
    MARKDOWN_EMPHASIS("markdown-emphasis", "markdown bold/italic markers around a line (**…**, **_…_**) or a word") {
        @Override
        String strip(String line) {
            String s = line.strip();
            int lead = 0;
            while (lead < s.length() && lead < 3 && (s.charAt(lead) == '*' || s.charAt(lead) == '_')) {
                lead++;
            }
            boolean changed = false;
            // the marker must be followed by content: a run of asterisks is a redaction, not emphasis
            boolean content = lead < s.length() && s.charAt(lead) != '*' && s.charAt(lead) != '_' && !Character.isWhitespace(s.charAt(lead));
            if (content && (lead >= 2 || (lead == 1 && s.length() > 1 && s.charAt(s.length() - 1) == s.charAt(0)))) {
                int trail = 0;
                while (trail < 3 && s.length() - trail > lead && (s.charAt(s.length() - 1 - trail) == '*' || s.charAt(s.length() - 1 - trail) == '_')) {
                    trail++;
                }
                s = s.substring(lead, s.length() - trail);
                changed = true;
            }
            String inner = Envelopes.unbold(s);
            return changed || inner != s ? inner : null;
        }
    },
    /** Markdown inline code around each line ({@code `…`}). */
    BACKTICKS("backticks", "each line in markdown backticks (`…`)") {
        @Override
        String strip(String line) {
            String s = line.strip();
            if (s.length() >= 2 && s.charAt(0) == '`' && s.charAt(s.length() - 1) == '`' && !s.startsWith("```")) {
                return s.substring(1, s.length() - 1);
            }
            return null;
        }
    },
    /** A markdown or e-mail quote marker ({@code > }, nested {@code > > }). */
    MARKDOWN_QUOTE("markdown-quote", "markdown/e-mail quoting ('> ' before each line, nested too)") {
        @Override
        String strip(String line) {
            int i = 0;
            boolean any = false;
            while (true) {
                int j = i;
                while (j < line.length() && j - i < 3 && line.charAt(j) == ' ') {
                    j++;
                }
                if (j < line.length() && line.charAt(j) == '>') {
                    j++;
                    if (j < line.length() && line.charAt(j) == ' ') {
                        j++;
                    }
                    i = j;
                    any = true;
                } else {
                    break;
                }
            }
            return any ? line.substring(i) : null;
        }
    },
    /** Notepad++ "Find in files" results ({@code \tLine 11373: }). */
    NOTEPADPP_FIND("notepadpp-find", "Notepad++ find results ('\\tLine N: ' before each line)",
            "^\\s*Line \\d{1,10}: "),
    /** {@code grep} output over several files ({@code path:} or {@code path:line:}). */
    GREP_PREFIX("grep-prefix", "grep output: 'path:' or 'path:line:' before each line") {
        private final Pattern p = Pattern.compile("^(?:\\.{0,2}/)?[\\w.@+-]++(?:/[\\w.@+-]++)*+(?::\\d{1,10})?:");

        @Override
        String strip(String line) {
            Matcher m = p.matcher(line);
            if (!m.lookingAt()) {
                return null;
            }
            String path = m.group();
            // a path: a folder or a log file name, not a time (12:30:) or a header (Via:)
            if (path.indexOf('/') < 0 && !Envelopes.isLogFileName(path)) {
                return null;
            }
            return line.substring(m.end());
        }
    },
    /** Jenkins Timestamper ({@code [2024-03-05T09:58:12.123Z] }); {@code [Pipeline]} step lines stay lines of their own. */
    JENKINS_TIMESTAMPER("jenkins-timestamper", "Jenkins Timestamper prefix '[2024-03-05T09:58:12.123Z] '",
            "^\\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?Z\\] "),
    /** {@code docker compose logs} service prefixes ({@code webrtc-sfu_1  | }). */
    DOCKER_COMPOSE("docker-compose", "docker compose logs: 'service_1   | ' before each line",
            "^\\s*[\\w.-]{1,64}\\s{1,40}\\| "),
    /** Container runtime (CRI/kubectl) lines ({@code 2024-…Z stdout F }). */
    CONTAINER_RUNTIME("container-runtime", "container runtime / kubectl: '<RFC 3339 time> stdout|stderr F|P '",
            "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?(?:Z|[+-]\\d\\d:\\d\\d) (?:stdout|stderr) [FP] "),
    /** syslog and journald ({@code Dec  6 08:54:53 host freeswitch[123]: }), with or without host name. */
    SYSLOG("syslog", "syslog/journald: 'Mon DD HH:MM:SS [host] program[pid]: '",
            "^(?:[A-Z][a-z]{2} {1,2}\\d{1,2} \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?(?:Z|[+-]\\d\\d:?\\d\\d)) (?:[A-Za-z0-9][^\\s\\[:]*+ )?[A-Za-z/_][^\\s\\[:]*+(?:\\[\\d{1,10}\\])?: ?"),
    /** Android logcat, classic ({@code 08-03 15:10:31.359  4203  4694 D TAG   : }) and Android Studio layouts. */
    ANDROID_LOGCAT("android-logcat", "Android logcat: 'MM-DD HH:MM:SS.mmm pid tid L TAG: ' or Android Studio's columns") {
        private final Pattern classic = Pattern.compile("^\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\s{1,8}\\d{1,7}\\s{1,8}\\d{1,7} [VDIWEF] [^:]{0,64}: ");
        private final Pattern studio = Pattern.compile(
                "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\s{1,8}\\d{1,7}-\\d{1,7}\\s{1,8}\\S{1,128}\\s{1,64}\\S{1,128}\\s{1,64}[VDIWEF]\\s{1,8}");

        @Override
        String strip(String line) {
            String s = cut(classic, line);
            return s != null ? s : cut(studio, line);
        }
    },
    /** Apple unified log / Xcode console ({@code 2020-03-29 01:25:05.098535+0530 linphone[68064:1643374] [Message] }). */
    APPLE_OSLOG("apple-oslog", "Apple unified log: '<time+zone> process[pid:tid] [Level] '",
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{1,9}[+-]\\d{4} [^\\s\\[]{1,128}\\[\\d{1,10}:\\d{1,10}\\] (?:\\[\\w{1,16}\\] )?\\t?"),
    /** Flutter's console ({@code flutter: }). */
    FLUTTER("flutter", "Flutter console: 'flutter: ' before each line") {
        @Override
        String strip(String line) {
            return line.startsWith("flutter: ") ? line.substring(9) : null;
        }
    },
    /**
     * A browser devtools copy: Chrome puts the source location before each message
     * ({@code sip.js?v=1114:9602 }), Firefox after it ({@code  sip.js:2892:13}); the {@code debug}
     * module adds the elapsed time ({@code  +1ms}).
     */
    DEVTOOLS_SOURCE("devtools-source", "browser console copy: 'file.js:N ' before (Chrome) or ' file.js:N:M' after (Firefox) a line, debug's ' +Nms'") {
        private final Pattern before = Pattern.compile("^[\\w.~-]{1,128}\\.(?:m?js|cjs|jsx|tsx?|html?)(?:\\?[^\\s:]{0,256})?:\\d{1,7} ");
        private final Pattern after = Pattern.compile(" [\\w.~-]{1,128}\\.(?:m?js|cjs|jsx|tsx?|html?)(?:\\?[^\\s:]{0,256})?:\\d{1,7}(?::\\d{1,7})?$");
        private final Pattern elapsed = Pattern.compile(" \\+\\d{1,9}(?:ms|s|m|h)$");

        @Override
        String strip(String line) {
            String s = line;
            boolean changed = false;
            Matcher m = before.matcher(s);
            if (m.lookingAt()) {
                s = s.substring(m.end());
                changed = true;
            }
            m = after.matcher(s);
            if (!s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1)) && m.find()) {
                s = s.substring(0, m.start());
                changed = true;
            }
            m = elapsed.matcher(s);
            if (s.indexOf(" +") >= 0 && m.find()) {
                s = s.substring(0, m.start());
                changed = true;
            }
            return changed ? s : null;
        }
    },
    /** Python {@code bytes} literals of raw protocol data ({@code b'SIP/2.0 403 …\r\nVia: …'}): one line per escaped CR LF. */
    PYTHON_BYTES("python-bytes", "Python bytes literals b'…\\r\\n…' (escapes undone, one line per \\r\\n)") {
        @Override
        String strip(String line) {
            String s = line.strip();
            if (!(s.startsWith("b'") || s.startsWith("b\"")) || !s.contains("\\n")) {
                return null;
            }
            char quote = s.charAt(1);
            int end = s.length() > 2 && s.charAt(s.length() - 1) == quote ? s.length() - 1 : s.length();
            return Envelopes.unescapePython(s.substring(2, end));
        }
    },
    /** rsyslog's control-character escapes ({@code #015#012} for CR LF, {@code #011} tab, {@code #033} ESC). */
    RSYSLOG_ESCAPES("rsyslog-escapes", "rsyslog octal escapes: #015#012 (a line end), #011 (tab), #033 (ESC)") {
        @Override
        String strip(String line) {
            return line.indexOf("#0") < 0 ? null : Envelopes.unescapeRsyslog(line);
        }
    },
    /** ANSI colour and cursor sequences (fs_cli, the Asterisk console, Jenkins AnsiColor). */
    ANSI("ansi", "ANSI escape sequences (colours of fs_cli, the Asterisk console, Jenkins AnsiColor)") {
        @Override
        String strip(String line) {
            return line.indexOf('\u001B') < 0 ? null : Envelopes.stripAnsi(line);
        }
    },
    /** Packet bytes (an IP/UDP header shown as text) glued to a SIP start line ({@code tcpdump -A}, a pcap opened as text). */
    PACKET_BYTES("packet-bytes", "IP/UDP header bytes printed before a SIP start line (tcpdump -A, a capture opened as text)") {
        @Override
        String strip(String line) {
            return Envelopes.sipStartAfterJunk(line);
        }
    },
    /** {@code ngrep -W byline}: each line of a packet ends with {@code .} (the CR). */
    NGREP_BYLINE("ngrep-byline", "ngrep -W byline: a '.' for the CR at the end of each line of a packet") {
        @Override
        String strip(String line) {
            return line.endsWith(".") && !line.startsWith("T ") && !line.startsWith("U ") && !line.startsWith("#") ? line.substring(0, line.length() - 1) : null;
        }
    },
    /** Indentation shared by every line (markdown code blocks, pastes that lost a first column). */
    INDENT("indent", "indentation shared by every line (a markdown code block, a leading space)") {
        @Override
        String strip(String line) {
            int i = 0;
            while (i < line.length() && i < 8 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i == 0 ? null : line.substring(i);
        }
    };

    private final String id;
    private final String description;
    /** A prefix the envelope is (taken off where it matches at the start), or {@code null} for envelopes with a scan of their own. */
    private final Pattern prefix;

    Envelope(String id, String description) {
        this(id, description, null);
    }

    Envelope(String id, String description, String prefix) {
        this.id = id;
        this.description = description;
        this.prefix = prefix == null ? null : Pattern.compile(prefix);
    }

    /** The id shown in input statistics and events ({@code "grep-prefix"}). */
    public String id() {
        return id;
    }

    /** What the artefact looks like, for the documentation table. */
    public String description() {
        return description;
    }

    /**
     * The line without this artefact, or {@code null} when the line does not carry it. The result may
     * hold line ends ({@code '\n'}) where the envelope encoded them.
     */
    public String unwrap(String line) {
        return strip(line);
    }

    /** The line without the envelope, or {@code null}; by default the {@link #prefix} when it matches. */
    String strip(String line) {
        return cut(prefix, line);
    }

    private static String cut(Pattern p, String line) {
        Matcher m = p.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : null;
    }

    /** The envelope for an id. */
    public static java.util.Optional<Envelope> find(String id) {
        for (Envelope e : values()) {
            if (e.id.equals(id.toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /** Every envelope, in the order they are taken off. */
    public static List<Envelope> all() {
        return List.of(values());
    }
}
