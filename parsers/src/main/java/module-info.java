/**
 * rtcdiag parsers: the parser SPI ({@code dev.rtcdiag.parsers.spi}), the SIP message model and parser
 * ({@code dev.rtcdiag.parsers.sip}), input handling and format detection ({@code dev.rtcdiag.parsers}),
 * and the built-in, content-detected log formats (not exported; found through {@link java.util.ServiceLoader}).
 */
module dev.rtcdiag.parsers {
    requires transitive dev.rtcdiag.catalog;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.rtcdiag.parsers;
    exports dev.rtcdiag.parsers.spi;
    exports dev.rtcdiag.parsers.attributes;
    exports dev.rtcdiag.parsers.sip;

    uses dev.rtcdiag.parsers.spi.LogFormatProvider;

    provides dev.rtcdiag.parsers.spi.LogFormatProvider with
            dev.rtcdiag.parsers.internal.text.TextFormatProvider,
            dev.rtcdiag.parsers.internal.text.BinaryFormatProvider,
            dev.rtcdiag.parsers.internal.sip.SipTraceProviders.Sipp,
            dev.rtcdiag.parsers.internal.sip.SipTraceProviders.KamailioSipdump,
            dev.rtcdiag.parsers.internal.sip.SipTraceProviders.Asterisk,
            dev.rtcdiag.parsers.internal.sip.SipTraceProviders.Messages,
            dev.rtcdiag.parsers.internal.pcap.PcapFormatProvider,
            dev.rtcdiag.parsers.internal.bbb.BbbClientLogProvider,
            dev.rtcdiag.parsers.internal.bbb.BbbConsoleProvider,
            dev.rtcdiag.parsers.internal.bbb.SfuLogProvider,
            dev.rtcdiag.parsers.internal.bbb.BbbConfCheckProvider,
            dev.rtcdiag.parsers.internal.freeswitch.FreeSwitchLogProvider,
            dev.rtcdiag.parsers.internal.nginx.NginxLogProvider,
            dev.rtcdiag.parsers.internal.webex.WebexClientLogProvider,
            dev.rtcdiag.parsers.internal.broadworks.BroadWorksLogProvider,
            dev.rtcdiag.parsers.internal.bitrix.VoxSessionLogProvider,
            dev.rtcdiag.parsers.internal.bitrix.BitrixStatisticsProvider,
            dev.rtcdiag.parsers.internal.bitrix.BitrixDesktopLogProvider,
            dev.rtcdiag.parsers.internal.wcs.WcsServerLogProvider,
            dev.rtcdiag.parsers.internal.wcs.WcsClientLogProvider;
}
