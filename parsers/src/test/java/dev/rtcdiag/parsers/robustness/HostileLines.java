package dev.rtcdiag.parsers.robustness;

import java.util.ArrayList;
import java.util.List;

/** Lines of 64 KiB (the default line limit) built to make backtracking code explode: long near-matches, repeated separators. */
final class HostileLines {

    static final List<String> HOSTILE = hostile();

    private HostileLines() {
    }

    static List<String> hostile() {
        int n = 65_536;
        List<String> l = new ArrayList<>();
        for (String unit : new String[] {"a", " ", "\t", ":", "::", "; ", " ;", "|", " | ", "=", " = ", "\"", "\\x", "[", "{", "0",
            "1.", "a=", "w_a_1-bbbID-", "2024-01-01 ", "Failed by ", "<", "-", "/1.2.3.4:5/", "%", "x@y.", "Error ", "\\\""}) {
            l.add(unit.repeat(n / unit.length()));
            l.add(unit.repeat(n / unit.length() / 2) + "!");
        }
        l.add("2024-03-12 14:00:00.000 " + "x ".repeat(30_000));
        l.add("12:00:00,000 INFO " + " ".repeat(60_000) + "x");
        l.add("[" + "{\\x22a\\x22:".repeat(5_000));
        return l;
    }
}
