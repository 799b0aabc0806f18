/**
 * rtcdiag core: {@link dev.rtcdiag.core.Diagnoser} reads logs and returns a
 * {@link dev.rtcdiag.core.Diagnosis} of {@link dev.rtcdiag.core.Finding}s — each a
 * {@link dev.rtcdiag.core.Cause} from the {@link dev.rtcdiag.core.KnowledgeBase} with its
 * {@link dev.rtcdiag.core.Symptom}, {@link dev.rtcdiag.core.Evidence} and confidence — plus the
 * {@link dev.rtcdiag.core.SessionSummary sessions} formed and {@link dev.rtcdiag.core.InputStats}.
 * {@link dev.rtcdiag.core.Redactor} keeps secrets out of every output. The rule language is in
 * {@code dev.rtcdiag.core.rules}, reports in {@code dev.rtcdiag.core.report}, test assertions in
 * {@code dev.rtcdiag.core.assertj}.
 */
package dev.rtcdiag.core;
