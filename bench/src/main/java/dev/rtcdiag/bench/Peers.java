package dev.rtcdiag.bench;

import io.krakens.grok.api.Grok;
import io.krakens.grok.api.GrokCompiler;
import io.krakens.grok.api.Match;
import io.pkts.Pcap;
import io.pkts.packet.sip.SipPacket;
import io.pkts.protocol.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a Java user would write instead of rtcdiag, run over the same {@link CorpusGenerator} corpus by
 * {@code bench/compare.sh}, one JVM per run (start-up included, as for {@code rtcdiag diagnose}):
 *
 * <ul>
 *   <li>{@code grok DIR}: java-grok ({@code io.krakens:java-grok}) with patterns equivalent to what
 *       rtcdiag's parsers take from each line of each text log (time, level, SIP start line, Call-ID,
 *       CSeq, the BBB record fields, the WCS status/info, the statistics row), chosen per file by its
 *       name — an advantage rtcdiag does not get (it detects formats from the content). It counts the
 *       failures the corpus injects, so the run shows the patterns really matched.</li>
 *   <li>{@code pkts PCAP}: pkts.io reads the capture, frames every SIP packet and reads Call-ID, CSeq and
 *       status (pkts parses lazily, so touching the headers is what makes it parse them); it counts the
 *       486 responses and the calls.</li>
 * </ul>
 *
 * Each prints one line: {@code <peer> lines=<n> matched=<n> failures=<n> seconds=<s>}.
 */
public final class Peers {

    private Peers() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Peers grok DIR | Peers pkts PCAP");
        }
        long t0 = System.nanoTime();
        long[] r = switch (args[0]) {
            case "grok" -> grok(Path.of(args[1]));
            case "pkts" -> pkts(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown peer: " + args[0]);
        };
        System.out.printf("%s lines=%d matched=%d failures=%d seconds=%.2f%n", args[0], r[0], r[1], r[2], (System.nanoTime() - t0) / 1e9);
    }

    static long[] grok(Path dir) throws IOException {
        GrokCompiler c = GrokCompiler.newInstance();
        c.registerDefaultPatterns();
        // SIPp -trace_msg: frame header, start lines, the headers rtcdiag correlates on
        Grok frame = c.compile("^-+ %{DATA:date}\t%{TIME:time}$");
        Grok direction = c.compile("^%{WORD:transport} message %{WORD:direction} \\(%{INT:bytes} bytes\\):$");
        Grok status = c.compile("^SIP/2\\.0 %{INT:status} %{GREEDYDATA:reason}$");
        Grok request = c.compile("^%{WORD:method} %{NOTSPACE:uri} SIP/2\\.0$");
        Grok callId = c.compile("^Call-ID: %{NOTSPACE:callid}$");
        Grok cseq = c.compile("^CSeq: %{INT:seq} %{WORD:cseqmethod}$");
        // BigBlueButton html5-client.log: nginx prefix, then every record's logCode and errorCode
        Grok bbbLine = c.compile("^%{IP:client} \\[%{TIMESTAMP_ISO8601:time}\\] \\[%{GREEDYDATA:records}\\]$");
        Grok bbbCode = c.compile("\\\\x22logCode\\\\x22:\\\\x22%{DATA:logCode}\\\\x22");
        Grok bbbError = c.compile("\\\\x22errorCode\\\\x22:%{INT:errorCode}");
        Grok bbbUser = c.compile("\\\\x22meetingId\\\\x22:\\\\x22%{DATA:meeting}\\\\x22,\\\\x22requesterUserId\\\\x22:\\\\x22%{DATA:user}\\\\x22");
        // Flashphoner WCS: log4j line, REST object fields
        Grok wcsLine = c.compile("^%{TIME:time} %{LOGLEVEL:level} +%{NOTSPACE:logger} - %{NOTSPACE:thread} %{GREEDYDATA:message}$");
        Grok wcsField = c.compile("^  \"%{WORD:field}\" : \"%{DATA:value}\",?$");
        // Bitrix24 statistics CSV
        Grok csv = c.compile("^%{INT:id};%{DATA:callId};%{INT:type};%{DATA:phone};%{INT:duration};%{TIMESTAMP_ISO8601:start};%{DATA:code};%{DATA:reason};%{INT:session}$");

        long lines = 0;
        long matched = 0;
        long failures = 0;
        Set<String> failedBbbUsers = new HashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().endsWith(".pcap")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<Grok> set = name.startsWith("uac_") ? List.of(frame, direction, status, request, callId, cseq)
                    : name.startsWith("html5-client") ? List.of(bbbLine, bbbCode, bbbError, bbbUser)
                    : name.startsWith("flashphoner") ? List.of(wcsLine, wcsField)
                    : List.of(csv);
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines++;
                    for (Grok g : set) {
                        Match m = g.match(line);
                        Map<String, Object> cap = m.capture();
                        if (cap.isEmpty()) {
                            continue;
                        }
                        matched++;
                        if (g == status && "486".equals(cap.get("status")) && name.startsWith("uac_")) {
                            failures++;
                        } else if (g == bbbError && "1007".equals(String.valueOf(cap.get("errorCode")))) {
                            // a user's 1007 is logged by more than one record; one failure per user, as rtcdiag reports it
                            Map<String, Object> who = bbbUser.match(line).capture();
                            if (failedBbbUsers.add(who.get("meeting") + "/" + who.get("user"))) {
                                failures++;
                            }
                        } else if (g == wcsField && "info".equals(cap.get("field")) && "Failed by ICE timeout".equals(cap.get("value"))) {
                            failures++;
                        } else if (g == csv && "486".equals(cap.get("code"))) {
                            failures++;
                        }
                    }
                }
            }
        }
        return new long[] {lines, matched, failures};
    }

    static long[] pkts(Path pcap) throws IOException {
        long[] r = new long[3];
        Set<String> calls = new HashSet<>();
        Pcap p = Pcap.openStream(pcap.toFile());
        try {
            p.loop(packet -> {
                r[0]++;
                if (packet.hasProtocol(Protocol.SIP)) {
                    SipPacket sip = (SipPacket) packet.getPacket(Protocol.SIP);
                    r[1]++;
                    calls.add(sip.getCallIDHeader().getCallId().toString());
                    sip.getCSeqHeader().getMethod();
                    if (sip.isResponse() && sip.toResponse().getStatus() == 486) {
                        r[2]++;
                    }
                }
                return true;
            });
        } finally {
            p.close();
        }
        return r;
    }
}
