/**
 * rtcdiag core: {@link dev.rtcdiag.core.Redactor} keeps secrets out of every output. Correlation,
 * the knowledge base and diagnosis follow.
 */
package dev.rtcdiag.core;
