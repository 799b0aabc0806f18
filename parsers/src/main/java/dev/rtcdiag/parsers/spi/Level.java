package dev.rtcdiag.parsers.spi;

import java.util.Locale;

/** Log levels, normalised across products (FreeSWITCH {@code ERR}, log4j {@code WARN}, syslog {@code CRIT}…). */
public enum Level {
    TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, FATAL,
    /** The record carries no level. */
    UNSPECIFIED;

    /** Maps a product's level word to a level, case-insensitively; unknown words give {@link #UNSPECIFIED}. */
    public static Level of(String word) {
        if (word == null) {
            return UNSPECIFIED;
        }
        return switch (word.strip().toUpperCase(Locale.ROOT)) {
            case "TRACE", "VERBOSE", "FINEST", "FINER" -> TRACE;
            case "DEBUG", "DBG", "FINE", "CONSOLE" -> DEBUG;
            case "INFO", "INFORMATION", "LOG", "CONFIG" -> INFO;
            case "NOTICE" -> NOTICE;
            case "WARN", "WARNING", "WRN" -> WARN;
            case "ERROR", "ERR", "SEVERE", "E" -> ERROR;
            case "FATAL", "CRIT", "CRITICAL", "ALERT", "EMERG", "PANIC" -> FATAL;
            default -> UNSPECIFIED;
        };
    }

    /** Whether this level is {@link #WARN} or worse. */
    public boolean isWarningOrWorse() {
        return this == WARN || this == ERROR || this == FATAL;
    }
}
