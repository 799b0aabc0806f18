package dev.rtcdiag.parsers;

import dev.rtcdiag.parsers.internal.pcap.PcapFormatProvider;
import dev.rtcdiag.parsers.internal.sip.SipTraceProviders;
import dev.rtcdiag.parsers.internal.text.BinaryFormatProvider;
import dev.rtcdiag.parsers.internal.text.TextFormatProvider;
import dev.rtcdiag.parsers.spi.LogFormatProvider;
import dev.rtcdiag.parsers.testing.Conformance;
import dev.rtcdiag.parsers.testing.LogParserContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Nested;

/** The shared parser contract, run against every built-in format. */
class ContractTests {

    static byte[] golden(String path) {
        try (InputStream in = ContractTests.class.getResourceAsStream("golden/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class Text implements LogParserContract {
        public LogFormatProvider provider() {
            return new TextFormatProvider();
        }

        public byte[] validSample() {
            return golden("text/jenkins-console.log");
        }
    }

    @Nested
    class Sipp implements LogParserContract {
        public LogFormatProvider provider() {
            return new SipTraceProviders.Sipp();
        }

        public byte[] validSample() {
            return golden("sip.sipp-trace/uac-busy.log");
        }
    }

    @Nested
    class Kamailio implements LogParserContract {
        public LogFormatProvider provider() {
            return new SipTraceProviders.KamailioSipdump();
        }

        public byte[] validSample() {
            return golden("sip.kamailio-sipdump/register-forbidden.data");
        }
    }

    @Nested
    class Asterisk implements LogParserContract {
        public LogFormatProvider provider() {
            return new SipTraceProviders.Asterisk();
        }

        public byte[] validSample() {
            return golden("sip.asterisk/pjsip-auth-challenge.log");
        }
    }

    @Nested
    class Messages implements LogParserContract {
        public LogFormatProvider provider() {
            return new SipTraceProviders.Messages();
        }

        public byte[] validSample() {
            return golden("sip.messages/options-exchange.txt");
        }

        @Override
        public boolean isLineBased() {
            return false; // parses bytes; an over-long line is only a problem inside a message
        }
    }

    @Nested
    class Binary implements LogParserContract {
        public LogFormatProvider provider() {
            return new BinaryFormatProvider();
        }

        public byte[] validSample() {
            return new byte[] {0, 1, 2, 3};
        }

        @Override
        public void validSampleParsesWithoutMalformedEvents() {
            // binary input is reported as malformed by design; covered by BinaryAndEmptyInputTest
        }

        @Override
        public boolean isLineBased() {
            return false;
        }
    }

    @Nested
    class Pcap implements LogParserContract {
        public LogFormatProvider provider() {
            return new PcapFormatProvider();
        }

        public byte[] validSample() {
            return Conformance.bytes(Conformance.require().resolve("pcap/pkts-cancel.pcap"));
        }

        @Override
        public boolean isLineBased() {
            return false;
        }
    }

    @Nested
    class BbbClientLog implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bbb.BbbClientLogProvider();
        }

        public byte[] validSample() {
            return golden("bbb.html5-client-log/minimal-records.log");
        }
    }

    @Nested
    class BbbConsole implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bbb.BbbConsoleProvider();
        }

        public byte[] validSample() {
            return golden("bbb.browser-console/ice-failed.txt");
        }
    }

    @Nested
    class BbbSfu implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bbb.SfuLogProvider();
        }

        public byte[] validSample() {
            return golden("bbb.webrtc-sfu/not-flowing.log");
        }
    }

    @Nested
    class BbbConfCheck implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bbb.BbbConfCheckProvider();
        }

        public byte[] validSample() {
            return golden("bbb.conf-check/private-external-ip.txt");
        }
    }

    @Nested
    class FreeSwitch implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.freeswitch.FreeSwitchLogProvider();
        }

        public byte[] validSample() {
            return golden("freeswitch.log/bbb-meeting.log");
        }
    }

    @Nested
    class Nginx implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.nginx.NginxLogProvider();
        }

        public byte[] validSample() {
            return golden("nginx/ws-connect-failed.log");
        }
    }

    @Nested
    class WebexClient implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.webex.WebexClientLogProvider();
        }

        public byte[] validSample() {
            return golden("webex.client/desktop-2020-1507.log");
        }
    }

    @Nested
    class BroadWorks implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.broadworks.BroadWorksLogProvider();
        }

        public byte[] validSample() {
            return golden("broadworks.log/pslog-provisioning.log");
        }
    }

    @Nested
    class VoxSession implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bitrix.VoxSessionLogProvider();
        }

        public byte[] validSample() {
            return golden("voximplant.session-log/transfer-refer.log");
        }
    }

    @Nested
    class BitrixStatisticsCsv implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bitrix.BitrixStatisticsProvider();
        }

        public byte[] validSample() {
            return golden("bitrix.call-statistics/export-windows-1251.csv");
        }
    }

    @Nested
    class BitrixStatisticsJson implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bitrix.BitrixStatisticsProvider();
        }

        public byte[] validSample() {
            return golden("bitrix.call-statistics/rest-result.json");
        }
    }

    @Nested
    class BitrixDesktop implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.bitrix.BitrixDesktopLogProvider();
        }

        public byte[] validSample() {
            return golden("bitrix.desktop/video.log");
        }
    }

    @Nested
    class WcsServer implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.wcs.WcsServerLogProvider();
        }

        public byte[] validSample() {
            return golden("wcs.server-log/flashphoner-ice-timeout.log");
        }
    }

    @Nested
    class WcsClient implements LogParserContract {
        public LogFormatProvider provider() {
            return new dev.rtcdiag.parsers.internal.wcs.WcsClientLogProvider();
        }

        public byte[] validSample() {
            return golden("wcs.client-log/websdk.log");
        }
    }
}
