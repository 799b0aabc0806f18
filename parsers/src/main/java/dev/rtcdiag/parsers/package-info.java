/**
 * Reading inputs: {@link dev.rtcdiag.parsers.Inputs} expands files, directories and standard input;
 * {@link dev.rtcdiag.parsers.Parsers} finds the formats ({@link java.util.ServiceLoader}), detects each
 * input's format from its content, decompresses {@code .gz} with a bound, and opens a
 * {@link dev.rtcdiag.parsers.ParsedInput} that streams the events.
 */
package dev.rtcdiag.parsers;
