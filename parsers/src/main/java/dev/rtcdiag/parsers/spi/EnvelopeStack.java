package dev.rtcdiag.parsers.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The envelopes one input carries, decided once from its first lines, and taken off every line of it
 * (see {@link Envelope}). An envelope is chosen when enough of the prefix carries it: most prefixes
 * (syslog, grep, docker compose…) on at least {@value #SHARE_PERCENT}% of the non-blank lines, a
 * browser's source location on {@value #DEVTOOLS_PERCENT}% (a console message spans several lines and
 * only its first has one), indentation on all of them, and artefacts that cannot be mistaken for log
 * content (ANSI, rsyslog and Python escapes, HTML tags, packet bytes) on one. Envelopes are found in
 * {@link Envelope}'s order, each on the lines already unwrapped by the ones before it, so a markdown
 * quote of a syslog line of an ANSI-coloured message is three envelopes.
 *
 * @param envelopes the envelopes, outermost first
 */
public record EnvelopeStack(List<Envelope> envelopes) {

    /** No envelope: lines are given to the format as they are. */
    public static final EnvelopeStack NONE = new EnvelopeStack(List.of());

    static final int SHARE_PERCENT = 40;
    static final int DEVTOOLS_PERCENT = 15;
    private static final Pattern NGREP_HEADER = Pattern.compile("^[UT] \\S{1,300}:\\d{1,5} -> \\S{1,300}:\\d{1,5}");

    /** Copies the list. */
    public EnvelopeStack {
        envelopes = List.copyOf(Objects.requireNonNull(envelopes, "envelopes"));
    }

    /** Whether there is nothing to take off. */
    public boolean isEmpty() {
        return envelopes.isEmpty();
    }

    /** The envelopes the lines of a prefix carry (empty when none). */
    public static EnvelopeStack detect(List<String> prefixLines) {
        List<String> lines = new ArrayList<>();
        for (String l : prefixLines) {
            lines.add(l);
        }
        List<Envelope> found = new ArrayList<>();
        for (Envelope e : Envelope.values()) {
            int nonBlank = 0;
            int carrying = 0;
            boolean ngrepHeader = false;
            for (String l : lines) {
                if (l.isBlank()) {
                    continue;
                }
                nonBlank++;
                if (e.unwrap(l) != null) {
                    carrying++;
                }
                if (e == Envelope.NGREP_BYLINE && NGREP_HEADER.matcher(l).lookingAt()) {
                    ngrepHeader = true;
                }
            }
            if (nonBlank == 0 || carrying == 0) {
                continue;
            }
            boolean chosen = switch (e) {
                case HTML_TAG, MARKDOWN_EMPHASIS, PYTHON_BYTES, RSYSLOG_ESCAPES, ANSI, PACKET_BYTES -> true;
                case NGREP_BYLINE -> ngrepHeader;
                case INDENT -> carrying == nonBlank;
                case DEVTOOLS_SOURCE -> carrying * 100 >= nonBlank * DEVTOOLS_PERCENT;
                default -> carrying * 100 >= nonBlank * SHARE_PERCENT;
            };
            if (chosen) {
                found.add(e);
                List<String> next = new ArrayList<>(lines.size());
                for (String l : lines) {
                    next.addAll(unwrap(e, l));
                }
                lines = next;
            }
        }
        return found.isEmpty() ? NONE : new EnvelopeStack(found);
    }

    /** The text of a line without its envelopes: usually one line, several where an envelope encoded line ends. */
    public List<String> unwrap(String line) {
        List<String> parts = List.of(line);
        for (Envelope e : envelopes) {
            List<String> next = new ArrayList<>(parts.size());
            for (String p : parts) {
                next.addAll(unwrap(e, p));
            }
            parts = next;
        }
        return parts;
    }

    private static List<String> unwrap(Envelope e, String line) {
        String s = e.unwrap(line);
        if (s == null) {
            return List.of(line);
        }
        if (s.indexOf('\n') < 0) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        if (from < s.length()) {
            out.add(s.substring(from));
        }
        return out;
    }

    /** The ids, comma-separated ({@code "syslog, ansi"}), or {@code ""}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Envelope e : envelopes) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.id());
        }
        return sb.toString();
    }
}
