package dev.rtcdiag.core.report;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.Outcome;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.TimelineEntry;
import dev.rtcdiag.parsers.spi.EventTime;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page for a bundle of logs (inline CSS and SVG, no script, nothing fetched,
 * the same Content-Security-Policy as before), in the order a support engineer reads it: a summary
 * (severity counts, causes with their sessions), the calls and sessions (from, to or user, start,
 * duration, outcome, cause), the findings grouped by cause, each session's time line merged across
 * files in UTC with a SIP ladder, and the inputs last, folded.
 *
 * <p>Labels are localised ({@link Labels}). In a right-to-left language only prose is right to left:
 * log lines, evidence, ids, times and ladders stay left to right ({@code dir="ltr"}, {@code <bdi>}).
 * Every piece of log text is escaped, so a log line holding markup is shown as text. Time lines come
 * from {@code Diagnoser.Builder#keepTimelines}.
 */
public final class HtmlReport {

    private static final int MAX_COLUMNS = 8;
    private static final int EVIDENCE_SHOWN = 3;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final String CSS = "body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;padding:1em 2em;max-width:1200px;color:#222}"
            + "h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd}h3{font-size:1em;margin:.4em 0}"
            + "nav a{margin-inline-end:1em}.badge{display:inline-block;padding:0 .5em;border-radius:.6em;color:#fff;margin-inline-end:.4em}"
            + ".b-error{background:#c62828}.b-warning{background:#ef8f00}.b-info{background:#1565c0}"
            + ".f{border-inline-start:6px solid #888;padding:.3em 1em;margin:1em 0;background:#fafafa}"
            + ".error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1565c0}"
            + "pre{white-space:pre-wrap;word-break:break-all;background:#f0f0f0;padding:.5em;font-size:12px;margin:.3em 0}"
            + ".scroll{overflow-x:auto;max-width:100%}"
            + "table{border-collapse:collapse;font-size:12px;margin:.4em 0}td,th{border:1px solid #ddd;padding:2px 6px;text-align:start;vertical-align:top}"
            + "td.n{white-space:nowrap}tr.failed td.o{color:#c62828;font-weight:bold}.tod{color:#8a5a00}.muted{color:#777}"
            + ".ladder text{font:11px monospace}.ladder text.h{font-weight:bold}.ladder line.l{stroke:#999}"
            + ".ladder line.a{stroke:#333}.ladder line.e{stroke:#c62828}.ladder line.r{stroke:#ef8f00;stroke-dasharray:4 3}"
            + ".ladder text.e{fill:#c62828}.ladder text.r{fill:#b26a00}.ladder text.t{fill:#666}"
            + "details{margin:.3em 0}summary{cursor:pointer}";

    private HtmlReport() {
    }

    /** Loads the labels of the options' language ahead of time (see {@link ReportWriter#prepare}). */
    public static void prepare(ReportOptions o) {
        Labels.prepare(o.language());
    }

    /** Writes the page. */
    public static void write(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        write(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void write(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        Language l = o.language();
        String prose = l.isRightToLeft() ? " dir=\"rtl\"" : "";
        StringBuilder b = new StringBuilder(16384);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(l.tag())).append("\">")
                .append("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>rtcdiag report</title><style>").append(CSS).append("</style></head><body>\n");

        // sessions get anchors s1, s2, … in listing order; causes get c-<id>
        Map<String, String> anchor = new HashMap<>();
        for (int i = 0; i < d.sessions().size(); i++) {
            anchor.putIfAbsent(d.sessions().get(i).key(), "s" + (i + 1));
        }
        Map<String, List<Finding>> byCause = new LinkedHashMap<>();
        Map<String, List<Finding>> bySession = new HashMap<>();
        for (Finding f : d.findings()) {
            byCause.computeIfAbsent(f.causeId(), k -> new ArrayList<>()).add(f);
            bySession.computeIfAbsent(f.session(), k -> new ArrayList<>()).add(f);
        }
        long errors = d.findingCount(Severity.ERROR);
        long warnings = d.findingCount(Severity.WARNING);
        long infos = d.findingCount() - errors - warnings;

        b.append("<header><h1>rtcdiag <bdi>").append(esc(o.toolVersion())).append("</bdi></h1><p").append(prose).append(">")
                .append(esc(Labels.get(l, "summary", "findings", d.findingCount(), "errors", errors, "warnings", warnings, "infos", infos,
                        "sessions", d.sessionCount(), "inputs", d.inputs().size())))
                .append("</p>");
        if (d.isPartial()) {
            b.append("<p").append(prose).append("><b>").append(esc(Labels.get(l, "html.partial"))).append(":</b> <bdi>")
                    .append(esc(d.partialReason())).append("</bdi></p>");
        }
        b.append("<nav").append(prose).append(">");
        for (String[] s : new String[][] {{"summary", "html.summary"}, {"calls", "html.calls"}, {"findings", "html.findings"},
                {"sessions", "html.sessions"}, {"inputs", "html.inputs"}}) {
            b.append("<a href=\"#").append(s[0]).append("\">").append(esc(Labels.get(l, s[1]))).append("</a>");
        }
        b.append("</nav></header>\n");

        // summary: severity counts, then causes with how many sessions show each
        b.append("<section id=\"summary\"").append(prose).append("><h2>").append(esc(Labels.get(l, "html.summary"))).append("</h2><p>");
        for (Severity s : Severity.values()) {
            long n = d.findingCount(s);
            b.append("<span class=\"badge b-").append(s.id()).append("\">").append(esc(Labels.get(l, "severity." + s.id()))).append(" ")
                    .append(n).append("</span>");
        }
        b.append("</p>");
        if (byCause.isEmpty()) {
            b.append("<p>").append(esc(Labels.get(l, d.inputs().stream().allMatch(InputStats::readable) ? "healthy" : "healthy-unread",
                    "count", d.inputs().stream().filter(i -> !i.readable()).count()))).append("</p>");
        } else {
            b.append("<div class=\"scroll\"><table><tr><th>").append(esc(Labels.get(l, "html.col.cause"))).append("</th><th>")
                    .append(esc(Labels.get(l, "html.col.severity"))).append("</th><th>").append(esc(Labels.get(l, "html.col.sessions")))
                    .append("</th></tr>\n");
            for (List<Finding> group : byCause.values()) {
                Finding f = group.get(0);
                long sessions = group.stream().map(Finding::session).distinct().count();
                b.append("<tr><td><a href=\"#c-").append(esc(f.causeId())).append("\"><bdi>").append(esc(f.causeId())).append("</bdi></a> ")
                        .append(esc(f.cause().title(l))).append("</td><td>").append(esc(Labels.get(l, "severity." + f.severity().id())))
                        .append("</td><td>").append(sessions).append("</td></tr>\n");
            }
            b.append("</table></div>");
        }
        b.append("</section>\n");

        // calls and sessions
        b.append("<section id=\"calls\"><h2").append(prose).append(">").append(esc(Labels.get(l, "html.calls"))).append("</h2>");
        b.append("<div class=\"scroll\"><table><tr>");
        for (String h : List.of("session", "system", "from", "to", "start", "duration", "outcome", "cause")) {
            b.append("<th").append(prose).append(">").append(esc(Labels.get(l, "html.col." + h))).append("</th>");
        }
        b.append("</tr>\n");
        // the sessions with the worst findings first; otherwise in the order they were formed
        List<SessionSummary> listed = new ArrayList<>(d.sessions());
        listed.sort(Comparator.comparingInt(s -> worst(bySession.getOrDefault(s.key(), List.of()))));
        for (SessionSummary s : listed) {
            String[] ends = ends(s);
            Outcome outcome = s.outcomeType();
            b.append("<tr class=\"").append(outcome.id()).append("\"><td><a href=\"#").append(anchor.get(s.key())).append("\"><bdi>")
                    .append(esc(shortKey(s.key()))).append("</bdi></a></td><td>").append(esc(s.system())).append("</td><td><bdi>")
                    .append(esc(ends[0])).append("</bdi></td><td><bdi>").append(esc(ends[1])).append("</bdi></td><td class=\"n\"><bdi>")
                    .append(esc(time(s.start()))).append("</bdi></td><td class=\"n\"><bdi>").append(esc(duration(s))).append("</bdi></td><td class=\"o\">")
                    .append(esc(Labels.get(l, "outcome." + outcome.id()))).append("</td><td>");
            List<Finding> fs = bySession.getOrDefault(s.key(), List.of());
            List<String> causes = fs.stream().map(Finding::causeId).distinct().toList();
            for (int i = 0; i < causes.size(); i++) {
                b.append(i == 0 ? "" : ", ").append("<a href=\"#c-").append(esc(causes.get(i))).append("\"><bdi>").append(esc(causes.get(i)))
                        .append("</bdi></a>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table></div>");
        if (d.sessionCount() > d.sessions().size()) {
            b.append("<p class=\"muted\"").append(prose).append(">").append(esc(Labels.get(l, "html.more", "count", d.sessionCount() - d.sessions().size())))
                    .append("</p>");
        }
        b.append("</section>\n");

        // findings grouped by cause
        b.append("<section id=\"findings\"><h2").append(prose).append(">").append(esc(Labels.get(l, "html.findings"))).append("</h2>\n");
        for (List<Finding> group : byCause.values()) {
            Finding f = group.get(0);
            b.append("<div class=\"f ").append(f.severity().id()).append("\" id=\"c-").append(esc(f.causeId())).append("\"><h3>")
                    .append("<span class=\"badge b-").append(f.severity().id()).append("\">").append(esc(Labels.get(l, "severity." + f.severity().id())))
                    .append("</span> ").append(f.cause().helpUri().isEmpty() ? "<bdi>" + esc(f.causeId()) + "</bdi>"
                            : "<a href=\"" + esc(f.cause().helpUri()) + "\"><bdi>" + esc(f.causeId()) + "</bdi></a>")
                    .append(" — <span").append(prose).append(">").append(esc(f.cause().title(l))).append("</span></h3>")
                    .append("<p").append(prose).append(">").append(esc(f.cause().explanation(l))).append("</p><p").append(prose).append("><b>")
                    .append(esc(f.cause().remedy(l))).append("</b></p>");
            if (!f.cause().nextSteps().isEmpty()) {
                b.append("<p").append(prose).append(">").append(esc(Labels.get(l, "next"))).append(": ");
                for (int i = 0; i < f.cause().nextSteps().size(); i++) {
                    String n = f.cause().nextSteps().get(i);
                    b.append(i == 0 ? "" : ", ").append(byCause.containsKey(n) ? "<a href=\"#c-" + esc(n) + "\"><bdi>" + esc(n) + "</bdi></a>"
                            : "<bdi>" + esc(n) + "</bdi>");
                }
                b.append("</p>");
            }
            int i = 0;
            for (Finding each : group) {
                if (i == EVIDENCE_SHOWN) {
                    b.append("<details><summary").append(prose).append(">").append(esc(Labels.get(l, "html.more", "count",
                            group.stream().skip(EVIDENCE_SHOWN).map(Finding::session).distinct().count()))).append("</summary>");
                }
                evidence(b, each, anchor, l);
                i++;
            }
            if (i > EVIDENCE_SHOWN) {
                b.append("</details>");
            }
            b.append("</div>\n");
        }
        b.append("</section>\n");

        // sessions: merged time line and ladder
        b.append("<section id=\"sessions\"><h2").append(prose).append(">").append(esc(Labels.get(l, "html.sessions"))).append("</h2>")
                .append("<p class=\"muted\"").append(prose).append(">").append(esc(Labels.get(l, "html.times"))).append("</p>\n");
        int ladders = 0;
        for (SessionSummary s : d.sessions()) {
            b.append("<div id=\"").append(anchor.get(s.key())).append("\"><h3><bdi>").append(esc(s.key())).append("</bdi> <small>(")
                    .append(esc(s.system())).append(", ").append(esc(Labels.get(l, "outcome." + s.outcomeType().id()))).append(", ")
                    .append(s.events()).append(")</small></h3>\n");
            List<TimelineEntry> timeline = merged(s.timeline());
            List<TimelineEntry> arrows = timeline.stream().filter(TimelineEntry::isArrow).toList();
            if (!arrows.isEmpty()) {
                ladder(b, arrows, ++ladders);
            }
            if (!timeline.isEmpty()) {
                b.append("<div class=\"scroll\" dir=\"ltr\"><table><tr><th>").append(esc(Labels.get(l, "html.col.time"))).append("</th><th>")
                        .append(esc(Labels.get(l, "html.col.where"))).append("</th><th>").append(esc(Labels.get(l, "html.col.what"))).append("</th></tr>\n");
                for (TimelineEntry t : timeline) {
                    b.append("<tr><td>").append(timeCell(t.time(), l)).append("</td><td>").append(esc(t.position().source() + ":" + t.position().line()))
                            .append("</td><td>").append(esc(t.label()));
                    if (!t.detail().isEmpty()) {
                        b.append("<details><summary>SDP</summary><pre>").append(esc(t.detail())).append("</pre></details>");
                    }
                    b.append("</td></tr>\n");
                }
                b.append("</table></div>\n");
            }
            b.append("</div>\n");
        }
        b.append("</section>\n");

        // inputs last, folded
        b.append("<section id=\"inputs\"><details><summary").append(prose).append(">").append(esc(Labels.get(l, "html.inputs"))).append(" (")
                .append(d.inputs().size()).append(")</summary><div class=\"scroll\"><table><tr>");
        for (String h : List.of("input", "format", "lines", "events", "malformed")) {
            b.append("<th>").append(esc(Labels.get(l, "html.col." + h))).append("</th>");
        }
        b.append("</tr>\n");
        for (InputStats i : d.inputs()) {
            b.append("<tr><td><bdi>").append(esc(i.path())).append("</bdi></td><td><bdi>").append(esc(i.readable() ? i.format() : i.error()))
                    .append("</bdi></td><td>").append(i.lines()).append("</td><td>").append(i.events()).append("</td><td>").append(i.malformed())
                    .append("</td></tr>\n");
        }
        b.append("</table></div></details></section>\n</body></html>\n");
        out.write(b.toString());
        out.flush();
    }

    /**
     * One time line across files, ordered by instant; an entry without a time keeps its place after the
     * entry before it (it takes that entry's time as its own for sorting), and equal times keep their order.
     */
    static List<TimelineEntry> merged(List<TimelineEntry> entries) {
        List<Integer> order = new ArrayList<>();
        long[] at = new long[entries.size()];
        long last = Long.MIN_VALUE;
        for (int i = 0; i < entries.size(); i++) {
            EventTime t = entries.get(i).time();
            if (t.isPresent()) {
                last = t.instant().getEpochSecond() * 1_000_000_000L + t.instant().getNano();
            }
            at[i] = last;
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> at[i]).thenComparingInt(i -> i));
        return order.stream().map(entries::get).toList();
    }

    /** 0 for a session with an error finding, 1 warning, 2 info, 3 none: the calls table's order. */
    private static int worst(List<Finding> findings) {
        return findings.stream().mapToInt(f -> f.severity().ordinal()).min().orElse(Severity.values().length);
    }

    /** One finding's session link and evidence lines (left to right, whatever the page's language). */
    private static void evidence(StringBuilder b, Finding f, Map<String, String> anchor, Language l) {
        String a = anchor.get(f.session());
        b.append("<p><a href=\"#").append(a == null ? "sessions" : a).append("\"><bdi>").append(esc(f.session())).append("</bdi></a> <span class=\"muted\">")
                .append(esc(time(f.first()))).append(" · ").append(esc(Labels.get(l, "confidence"))).append(" ")
                .append(String.format(Locale.ROOT, "%.2f", f.confidence())).append("</span></p><pre dir=\"ltr\">");
        for (Evidence e : f.evidence()) {
            b.append(esc(e.position().source() + ":" + e.position().line() + ": " + e.text()));
            if (!e.note().isEmpty()) {
                b.append(" ← ").append(esc(e.note()));
            }
            b.append('\n');
        }
        b.append("</pre>");
    }

    /** A time in UTC with an offset, marked when the log gave only a time of day or no zone. */
    private static String timeCell(EventTime t, Language l) {
        if (!t.isPresent()) {
            return "";
        }
        return switch (t.precision()) {
            case TIME_OF_DAY -> "<span class=\"tod\" title=\"" + esc(Labels.get(l, "html.tod")) + "\">" + esc(t.isoOffset().orElse("")) + " (time of day)</span>";
            case LOCAL -> esc(utc(t)) + " <span class=\"muted\">(local)</span>";
            default -> esc(utc(t));
        };
    }

    private static String utc(EventTime t) {
        return t.dateTime().map(x -> x.withOffsetSameInstant(ZoneOffset.UTC).toString()).orElse(t.isoOffset().orElse(""));
    }

    private static String time(EventTime t) {
        return t.isPresent() ? t.isoOffset().orElse("") : "";
    }

    private static String duration(SessionSummary s) {
        // a session whose first line gave only a time of day and whose last gave a date has no length to show
        if (!s.start().isPresent() || !s.end().isPresent() || s.start().precision() != s.end().precision()) {
            return "";
        }
        Duration d = Duration.between(s.start().instant(), s.end().instant());
        long ms = Math.max(0, d.toMillis());
        return ms < 1000 ? ms + " ms" : ms < 60_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0) : (ms / 60_000) + " min " + (ms / 1000 % 60) + " s";
    }

    /** From and to of a session: its first arrow's ends, else what its key names (a user, a meeting). */
    private static String[] ends(SessionSummary s) {
        for (TimelineEntry t : s.timeline()) {
            if (t.isArrow()) {
                return new String[] {t.from(), t.to()};
            }
        }
        for (String part : s.key().split(" ")) {
            if (part.startsWith("user=")) {
                return new String[] {"", part.substring(5)};
            }
        }
        return new String[] {"", ""};
    }

    private static String shortKey(String key) {
        return key.length() > 60 ? key.substring(0, 60) + "…" : key;
    }

    /**
     * An SVG sequence diagram: one lane per endpoint (first seen first), sized to its longest label; one
     * arrow per message with its time and the delta to the message before; error responses red,
     * retransmissions dashed; a label too long for its lane cut with the whole label as its title.
     * Marker ids are numbered per ladder, so several ladders on a page do not share them.
     */
    static void ladder(StringBuilder b, List<TimelineEntry> arrows, int n) {
        List<String> columns = new ArrayList<>();
        for (TimelineEntry t : arrows) {
            for (String end : List.of(t.from(), t.to())) {
                if (!columns.contains(end) && columns.size() < MAX_COLUMNS) {
                    columns.add(end);
                }
            }
        }
        int longest = 12;
        for (TimelineEntry t : arrows) {
            longest = Math.max(longest, shorten(t.label()).length());
        }
        for (String c : columns) {
            longest = Math.max(longest, c.length());
        }
        int colWidth = Math.max(150, Math.min(380, longest * 7 + 30));
        int maxChars = (colWidth - 16) / 7;
        int timeWidth = 130;
        int rowHeight = 30;
        int width = timeWidth + 20 + colWidth * columns.size();
        int height = 50 + rowHeight * arrows.size();
        String id = "arrow-" + n;
        b.append("<div class=\"scroll\" dir=\"ltr\"><svg class=\"ladder\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"SIP ladder\"><defs>");
        for (String[] m : new String[][] {{"", "#333"}, {"-e", "#c62828"}, {"-r", "#ef8f00"}}) {
            b.append("<marker id=\"").append(id).append(m[0]).append("\" markerWidth=\"8\" markerHeight=\"8\" refX=\"8\" refY=\"4\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L8,4 L0,8 z\" fill=\"").append(m[1]).append("\"/></marker>");
        }
        b.append("</defs>\n");
        for (int i = 0; i < columns.size(); i++) {
            int x = timeWidth + 10 + colWidth * i + colWidth / 2;
            b.append("<text class=\"h\" x=\"").append(x).append("\" y=\"16\" text-anchor=\"middle\">").append(esc(cut(columns.get(i), maxChars)))
                    .append("<title>").append(esc(columns.get(i))).append("</title></text><line class=\"l\" x1=\"").append(x)
                    .append("\" y1=\"24\" x2=\"").append(x).append("\" y2=\"").append(height - 4).append("\"/>\n");
        }
        int y = 50;
        EventTime previous = null;
        for (TimelineEntry t : arrows) {
            int from = columns.indexOf(t.from());
            int to = columns.indexOf(t.to());
            String label = shorten(t.label());
            boolean retransmission = t.kind().equals(TimelineEntry.RETRANSMISSION);
            String cls = retransmission ? "r" : isError(label) ? "e" : "a";
            if (t.time().isPresent()) {
                b.append("<text class=\"t\" x=\"4\" y=\"").append(y).append("\">").append(CLOCK.format(t.time().instant()));
                if (previous != null && previous.isPresent()) {
                    b.append(" +").append(Math.max(0, Duration.between(previous.instant(), t.time().instant()).toMillis())).append("ms");
                }
                b.append("</text>");
                previous = t.time();
            }
            if (from >= 0 && to >= 0 && from != to) {
                int x1 = timeWidth + 10 + colWidth * from + colWidth / 2;
                int x2 = timeWidth + 10 + colWidth * to + colWidth / 2;
                b.append("<line class=\"").append(cls).append("\" x1=\"").append(x1).append("\" y1=\"").append(y).append("\" x2=\"").append(x2)
                        .append("\" y2=\"").append(y).append("\" marker-end=\"url(#").append(id).append(cls.equals("a") ? "" : "-" + cls).append(")\"/>")
                        .append("<text class=\"").append(cls).append("\" x=\"").append((x1 + x2) / 2).append("\" y=\"").append(y - 5)
                        .append("\" text-anchor=\"middle\">").append(esc(cut(label, maxChars * Math.max(1, Math.abs(to - from)))))
                        .append("<title>").append(esc(t.label())).append(retransmission ? " (retransmission)" : "").append("</title></text>\n");
            }
            y += rowHeight;
        }
        b.append("</svg></div>\n");
    }

    private static boolean isError(String label) {
        int space = label.indexOf(' ');
        String first = space < 0 ? label : label.substring(0, space);
        return first.length() == 3 && first.chars().allMatch(Character::isDigit) && first.charAt(0) >= '4';
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, Math.max(1, max - 1)) + "…" : s;
    }

    private static String shorten(String label) {
        return label.replaceAll(" SIP/2\\.0$", "").replaceFirst("^SIP/2\\.0 ", "");
    }

    private static String esc(String s) {
        return CiReports.html(s == null ? "" : s);
    }
}
