package dev.rtcdiag.core.report;

import dev.rtcdiag.core.Diagnosis;
import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.InputStats;
import dev.rtcdiag.core.SessionSummary;
import dev.rtcdiag.core.TimelineEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page (inline CSS and SVG, no script, nothing fetched): the findings with
 * evidence and remedy, and per session its time line; SIP dialogs whose endpoints are known are drawn
 * as a ladder diagram, one column per endpoint. Every piece of log text is escaped, so a log line
 * holding markup is shown as text. Time lines come from {@code Diagnoser.Builder#keepTimelines}.
 */
public final class HtmlReport {

    private static final int MAX_COLUMNS = 8;
    private static final String CSS = "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
            + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}.f{border-left:6px solid #888;padding:.3em 1em;margin:1em 0;background:#fafafa}"
            + ".error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1565c0}"
            + "pre{white-space:pre-wrap;word-break:break-all;background:#f0f0f0;padding:.5em;font-size:12px}"
            + "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}"
            + ".ladder text{font:11px monospace}.ladder line.l{stroke:#999}.ladder line.a{stroke:#333;marker-end:url(#arrow)}"
            + ".ladder text.h{font-weight:bold}";

    private HtmlReport() {
    }

    /** Writes the page. */
    public static void write(Diagnosis d, Writer out, ReportOptions o) throws IOException {
        write(RedactedDiagnosis.of(d, o.redactor()), out, o);
    }

    /** Writes an already redacted diagnosis (the CLI redacts once for every output it writes); does not close {@code out}. */
    public static void write(RedactedDiagnosis view, Writer out, ReportOptions o) throws IOException {
        Diagnosis d = view.diagnosis();
        StringBuilder b = new StringBuilder(8192);
        String lang = o.language().tag();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\"").append(rtl(lang) ? " dir=\"rtl\"" : "")
                .append("><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>rtcdiag report</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>rtcdiag ").append(esc(o.toolVersion())).append(": ").append(d.findings().size()).append(" findings in ")
                .append(d.sessionCount()).append(" sessions</h1>\n");
        if (d.isPartial()) {
            b.append("<p><b>partial:</b> ").append(esc(d.partialReason())).append("</p>\n");
        }
        b.append("<table><tr><th>input</th><th>format</th><th>lines</th><th>events</th><th>malformed</th></tr>\n");
        for (InputStats i : d.inputs()) {
            b.append("<tr><td>").append(esc(i.path())).append("</td><td>").append(esc(i.readable() ? i.format() : i.error())).append("</td><td>")
                    .append(i.lines()).append("</td><td>").append(i.events()).append("</td><td>").append(i.malformed()).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Findings</h2>\n");
        for (Finding f : d.findings()) {
            b.append("<div class=\"f ").append(f.severity().id()).append("\"><h3>").append(esc(f.severity().id().toUpperCase(java.util.Locale.ROOT)))
                    .append(" ").append(f.cause().helpUri().isEmpty() ? esc(f.causeId())
                            : "<a href=\"" + esc(f.cause().helpUri()) + "\">" + esc(f.causeId()) + "</a>").append(" — ").append(esc(f.cause().title(o.language()))).append("</h3>")
                    .append("<p>").append(esc(f.cause().explanation(o.language()))).append("</p><p><b>")
                    .append(esc(f.cause().remedy(o.language()))).append("</b></p><p>session <code>").append(esc(f.session()))
                    .append("</code>, confidence ").append(f.confidence()).append("</p><pre>");
            for (Evidence e : f.evidence()) {
                b.append(esc(e.position().source() + ":" + e.position().line() + "  " + e.text()));
                if (!e.note().isEmpty()) {
                    b.append("   ← ").append(esc(e.note()));
                }
                b.append('\n');
            }
            b.append("</pre></div>\n");
        }
        b.append("<h2>Sessions</h2>\n");
        for (SessionSummary s : d.sessions()) {
            b.append("<h3>").append(esc(s.key())).append(" <small>(").append(esc(s.system())).append(", ")
                    .append(esc(s.outcome())).append(", ").append(s.events()).append(" events)</small></h3>\n");
            List<TimelineEntry> arrows = s.timeline().stream().filter(TimelineEntry::isArrow).toList();
            if (!arrows.isEmpty()) {
                ladder(b, arrows, o);
            }
            if (!s.timeline().isEmpty()) {
                b.append("<table><tr><th>time</th><th>where</th><th>what</th></tr>\n");
                for (TimelineEntry t : s.timeline()) {
                    b.append("<tr><td>").append(esc(t.time().iso().orElse(""))).append("</td><td>")
                            .append(esc(t.position().source() + ":" + t.position().line())).append("</td><td>")
                            .append(esc(t.label())).append("</td></tr>\n");
                }
                b.append("</table>\n");
            }
        }
        b.append("</body></html>\n");
        out.write(b.toString());
        out.flush();
    }

    /** An SVG sequence diagram: one column per endpoint (first seen first), one arrow per message. */
    static void ladder(StringBuilder b, List<TimelineEntry> arrows, ReportOptions o) {
        List<String> columns = new ArrayList<>();
        for (TimelineEntry t : arrows) {
            for (String end : List.of(t.from(), t.to())) {
                if (!columns.contains(end) && columns.size() < MAX_COLUMNS) {
                    columns.add(end);
                }
            }
        }
        int colWidth = 220;
        int rowHeight = 28;
        int width = 40 + colWidth * columns.size();
        int height = 50 + rowHeight * arrows.size();
        b.append("<svg class=\"ladder\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"SIP ladder\"><defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"8\" refY=\"4\" orient=\"auto\">")
                .append("<path d=\"M0,0 L8,4 L0,8 z\"/></marker></defs>\n");
        for (int i = 0; i < columns.size(); i++) {
            int x = 20 + colWidth * i + colWidth / 2;
            b.append("<text class=\"h\" x=\"").append(x).append("\" y=\"16\" text-anchor=\"middle\">").append(esc(columns.get(i)))
                    .append("</text><line class=\"l\" x1=\"").append(x).append("\" y1=\"24\" x2=\"").append(x).append("\" y2=\"").append(height - 4)
                    .append("\"/>\n");
        }
        int y = 50;
        for (TimelineEntry t : arrows) {
            int from = columns.indexOf(t.from());
            int to = columns.indexOf(t.to());
            if (from < 0 || to < 0 || from == to) {
                y += rowHeight;
                continue;
            }
            int x1 = 20 + colWidth * from + colWidth / 2;
            int x2 = 20 + colWidth * to + colWidth / 2;
            b.append("<line class=\"a\" x1=\"").append(x1).append("\" y1=\"").append(y).append("\" x2=\"").append(x2).append("\" y2=\"").append(y)
                    .append("\"/><text x=\"").append((x1 + x2) / 2).append("\" y=\"").append(y - 4).append("\" text-anchor=\"middle\">")
                    .append(esc(shorten(t.label()))).append("</text>\n"); // labels arrive redacted (RedactedDiagnosis): cutting them cannot leave half a secret behind
            y += rowHeight;
        }
        b.append("</svg>\n");
    }

    private static String shorten(String label) {
        String l = label.replaceAll(" SIP/2\\.0$", "").replaceFirst("^SIP/2\\.0 ", "");
        return l.length() > 40 ? l.substring(0, 40) + "…" : l;
    }

    private static boolean rtl(String lang) {
        return lang.equals("fa");
    }

    private static String esc(String s) {
        return CiReports.html(s == null ? "" : s);
    }
}
