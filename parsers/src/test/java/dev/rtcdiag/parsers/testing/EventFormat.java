package dev.rtcdiag.parsers.testing;

import dev.rtcdiag.parsers.spi.Level;
import dev.rtcdiag.parsers.spi.LogEvent;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line rendering of an event used by golden files. */
public final class EventFormat {

    private EventFormat() {
    }

    /** {@code L<line> <kind> <system> [code=…] [keys…] [time=…] [level=…] | <message> {attributes}}. */
    public static String render(LogEvent e) {
        StringBuilder sb = new StringBuilder();
        sb.append('L').append(e.position().line()).append(' ').append(e.kind().id()).append(' ').append(e.system());
        e.code().ifPresent(c -> sb.append(" code=").append(c.code()));
        for (Map.Entry<String, String> k : e.keys().entrySet()) {
            sb.append(' ').append(k.getKey()).append('=').append(k.getValue());
        }
        e.time().iso().ifPresent(t -> sb.append(" time=").append(t));
        if (e.level() != Level.UNSPECIFIED) {
            sb.append(" level=").append(e.level().name().toLowerCase(java.util.Locale.ROOT));
        }
        e.malformedReason().ifPresent(r -> sb.append(" malformed=").append(r));
        sb.append(" | ").append(e.message());
        if (!e.wireAttributes().isEmpty()) {
            sb.append(" {").append(e.wireAttributes().entrySet().stream()
                    .map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(", "))).append('}');
        }
        return sb.toString().replace("\n", "\\n");
    }
}
