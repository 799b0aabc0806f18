/**
 * Judging a session: {@link dev.rtcdiag.core.judge.SessionJudge} turns a
 * {@link dev.rtcdiag.core.judge.ClosedSession} (a session's events and context, as a value) into a
 * {@link dev.rtcdiag.core.judge.Judgement} (findings, and rules that failed). It needs no correlator,
 * so the same judgement runs in {@code Diagnoser} on one machine and in a distributed engine.
 */
package dev.rtcdiag.core.judge;
