/**
 * rtcdiag parsers: the parser SPI ({@code dev.rtcdiag.parsers.spi}) and the built-in, content-detected
 * log formats, found through {@link java.util.ServiceLoader}.
 */
module dev.rtcdiag.parsers {
    requires transitive dev.rtcdiag.catalog;

    exports dev.rtcdiag.parsers.spi;
    exports dev.rtcdiag.parsers.sip;

    uses dev.rtcdiag.parsers.spi.LogFormatProvider;
}
