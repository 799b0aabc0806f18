/**
 * Reports of a {@link dev.rtcdiag.core.Diagnosis}: {@link dev.rtcdiag.core.report.TextReport} for people and
 * {@link dev.rtcdiag.core.report.JsonReport} (schema 1 of {@code spec/cli.md}), rendered with
 * {@link dev.rtcdiag.core.report.ReportOptions} (language, redaction). Every piece of log text goes through
 * the redactor.
 */
package dev.rtcdiag.core.report;
