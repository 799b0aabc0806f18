package dev.rtcdiag.parsers.internal.bbb;

import dev.rtcdiag.parsers.internal.BaseFormatProvider;
import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;
import java.util.regex.Pattern;

/** BigBlueButton's {@code /var/log/nginx/html5-client.log} (nginx {@code postdata} format). */
public final class BbbClientLogProvider extends BaseFormatProvider {

    /** The format id. */
    public static final String ID = "bbb.html5-client-log";

    static final Pattern LINE = Pattern.compile("^(\\S+) \\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]*)\\] (.*)$");

    public BbbClientLogProvider() {
        super(ID, "BigBlueButton html5-client.log: nginx postdata lines '<ip> [<iso time>] [<json records>]' with \\xHH escapes",
                "a line '<ip> [<ISO time>] [{' whose records name clientLogger");
    }

    @Override
    public Detection detect(DetectionInput input) {
        for (String line : input.firstLines(20)) {
            var m = LINE.matcher(line);
            if (m.matches() && m.group(3).startsWith("[") && line.contains("clientLogger")) {
                return Detection.match(Detection.PRIORITY_STRONG);
            }
        }
        return Detection.noMatch();
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new BbbClientLogParser(input, config, ID);
    }
}
