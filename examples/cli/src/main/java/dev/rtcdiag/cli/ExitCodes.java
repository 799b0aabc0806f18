package dev.rtcdiag.cli;

/** Exit statuses, as {@code docs/cli.md} defines them. */
final class ExitCodes {
    /** Nothing at or above {@code --fail-on}. */
    static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    static final int FINDINGS = 1;
    /** Usage error, unknown system or code, or an input that could not be read at all. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
