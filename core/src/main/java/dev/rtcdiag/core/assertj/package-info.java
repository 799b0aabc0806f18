/**
 * AssertJ assertions for diagnoses: {@link dev.rtcdiag.core.assertj.RtcdiagAssertions} (entry point),
 * {@link dev.rtcdiag.core.assertj.DiagnosisAssert} and {@link dev.rtcdiag.core.assertj.FindingAssert}.
 * AssertJ is an optional dependency of rtcdiag-core; add it to your test scope to use these.
 */
package dev.rtcdiag.core.assertj;
