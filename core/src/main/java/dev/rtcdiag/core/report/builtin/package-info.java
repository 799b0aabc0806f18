/**
 * The built-in {@link dev.rtcdiag.core.report.ReportWriter}s (not exported; found through
 * {@link java.util.ServiceLoader}): one small class per output format, naming the class that renders it.
 */
package dev.rtcdiag.core.report.builtin;
