/**
 * Reports of a {@link dev.rtcdiag.core.Diagnosis}: {@link dev.rtcdiag.core.report.TextReport} for people,
 * {@link dev.rtcdiag.core.report.JsonReport} for programs, {@link dev.rtcdiag.core.report.HtmlReport} with
 * ladders, and {@link dev.rtcdiag.core.report.CiReports} (SARIF, Warnings NG, JUnit XML), rendered with
 * {@link dev.rtcdiag.core.report.ReportOptions} (language, redaction, version).
 *
 * <p>Redaction is one step, not a habit of each writer: {@link dev.rtcdiag.core.report.RedactedDiagnosis#of}
 * redacts every log-derived text once, and writers render only that view. The overloads that take a plain
 * {@code Diagnosis} build the view first. {@link dev.rtcdiag.core.report.TerminalText} makes control
 * characters visible in text meant for a terminal.
 */
package dev.rtcdiag.core.report;
