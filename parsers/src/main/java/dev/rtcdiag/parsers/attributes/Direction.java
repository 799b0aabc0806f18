package dev.rtcdiag.parsers.attributes;

/** Whether the host that wrote the log received a message ({@code in}) or sent it ({@code out}). */
public enum Direction {
    IN,
    OUT
}
