/**
 * Correlation on one machine (not exported): {@link dev.rtcdiag.core.correlation.Correlator} groups
 * events into sessions by key and alias, closes them (end, idle, limits, heap) and hands each on as a
 * {@code judge.ClosedSession}; {@link dev.rtcdiag.core.correlation.HeapWatch} says when the heap runs
 * low. A distributed engine replaces this package with its own keyed state and keeps the judge.
 */
package dev.rtcdiag.core.correlation;
