/**
 * The built-in systems as {@link dev.rtcdiag.core.rules.RuleProvider}s (not exported; found through
 * {@link java.util.ServiceLoader}): one small class per system, naming the class that holds its rules.
 */
package dev.rtcdiag.core.rules.builtin;
