package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.parsers.spi.Detection;
import dev.rtcdiag.parsers.spi.DetectionInput;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.spi.LogInput;
import dev.rtcdiag.parsers.spi.LogParser;
import dev.rtcdiag.parsers.spi.ParserConfig;

/** The fallback for any text: plain log events, with SIP messages found anywhere in it. */
public final class TextFormatProvider implements LogFormatProvider {

    /** The format id. */
    public static final String ID = "text";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "any text log (Jenkins console, support bundle): one event per line, SIP messages extracted wherever they appear";
    }

    @Override
    public String detectionSummary() {
        return "fallback for text input no other format claims";
    }

    @Override
    public Detection detect(DetectionInput input) {
        return BinaryFormatProvider.looksBinary(input.bytes()) ? Detection.noMatch() : Detection.match(Detection.PRIORITY_FALLBACK);
    }

    @Override
    public LogParser open(LogInput input, ParserConfig config) {
        return new TextLogParser(input, config, ID);
    }
}
