package dev.rtcdiag.core.rules;

import dev.rtcdiag.catalog.CodeSystem;
import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.attributes.WebRtcAttributes;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code bitrix.*} rules: Bitrix24 training course, telephony troubleshooting (https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=48&amp;LESSON_ID=7967) (Bitrix24's lesson on telephony troubleshooting) and the
 * result codes and signatures of Bitrix24 REST docs (https://apidocs.bitrix24.com)–§4. A call's result code is read
 * from whichever source has it: a statistics row ({@code CALL_FAILED_CODE}), a VoxEngine
 * {@code Call.Failed} event ({@code code}) or the desktop softphone's {@code Call failed | <code>}.
 */
public final class BitrixRules {

    private static final String SEED = "Bitrix24 training course, telephony troubleshooting (https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=48&LESSON_ID=7967) (Bitrix24 telephony troubleshooting lesson)";
    private static final String CODES = "Bitrix24 REST docs (https://apidocs.bitrix24.com)";

    private BitrixRules() {
    }

    /** Every Bitrix24 rule. */
    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        r.add(Rule.cause("bitrix.transfer-not-completed").system(SystemId.BITRIX).confidence(0.85)
                .when(Condition.absence(transferStarted(), transferCompleted()))
                .symptom(Symptom.pattern("bitrix", "TRANSFER_NOT_COMPLETED"))
                .source(SEED + " (transfer check); Voximplant and Bitrix24 docs (https://voximplant.com/docs, https://apidocs.bitrix24.com)").build());
        r.add(code("bitrix.callee-busy", 0.8, "486").build());
        r.add(code("bitrix.no-answer", 0.75, "304", "408", "480").build());
        r.add(code("bitrix.self-cancelled", 0.9, "603-S").build());
        r.add(code("bitrix.declined", 0.8, "603").build());
        r.add(code("bitrix.wrong-number", 0.85, "404", "484").build());
        r.add(code("bitrix.route-unavailable", 0.8, "503").build());
        r.add(code("bitrix.insufficient-balance", 0.8, "402").group("bitrix-402").build());
        r.add(Rule.cause("bitrix.sip-connector-unpaid").system(SystemId.BITRIX).group("bitrix-402").confidence(0.9)
                .when(Condition.event(new EventMatcher("402 with X-Reason SIP_PAYMENT_REQUIRED, or 380",
                        e -> (failedCode(e).filter("402"::equals).isPresent() && e.is(SipAttributes.X_REASON, "SIP_PAYMENT_REQUIRED"))
                                || failedCode(e).filter("380"::equals).isPresent())))
                .source(SEED + "; " + CODES).build());
        r.add(code("bitrix.free-plan-limit", 0.9, "402-B24").build());
        r.add(code("bitrix.blacklisted", 0.85, "423").build());
        r.add(Rule.cause("bitrix.no-media").system(SystemId.BITRIX).confidence(0.75)
                // the first audio packet may come before or after Connected (research §1.5): it must be absent altogether
                .when(Condition.event(event("Call.Connected")).unless(Condition.event(event("Call.FirstAudioPacketReceived"))))
                .boost(Condition.event(new EventMatcher("private address in the SDP",
                        e -> e.get(SipAttributes.SDP_ADDRESSES).filter(Addresses::allPrivate).isPresent())),
                        0.1, "the SDP offers a private (RFC 1918) address")
                .symptom(Symptom.pattern("bitrix", "NO_FIRST_AUDIO_PACKET"))
                .source(SEED + "; Voximplant and Bitrix24 docs (https://voximplant.com/docs, https://apidocs.bitrix24.com)").build());
        r.add(Rule.cause("bitrix.no-media").system(SystemId.BITRIX).confidence(0.8)
                .when(Condition.event(event("Call.RtpStopped")))
                .source(SEED + "; Voximplant and Bitrix24 docs (https://voximplant.com/docs, https://apidocs.bitrix24.com)").build());
        r.add(Rule.cause("bitrix.audio-device-suspected").system(SystemId.BITRIX).confidence(0.6)
                .when(Condition.sequence(EventMatcher.is(WebRtcAttributes.AUDIO_LOST, true), EventMatcher.is(WebRtcAttributes.MEDIA, "video")))
                .symptom(Symptom.pattern("bitrix", "AUDIO_LOST_VIDEO_CONTINUES"))
                .source(SEED + " (fake-media test)").build());
        r.add(Rule.cause("bitrix.portal-unreachable").system(SystemId.BITRIX).confidence(0.85)
                .when(Condition.event(EventMatcher.has(CallAttributes.PORTAL_ERROR)))
                .source("Voximplant and Bitrix24 docs (https://voximplant.com/docs, https://apidocs.bitrix24.com)").build());
        return List.copyOf(r);
    }

    private static Rule.Builder code(String cause, double confidence, String... codes) {
        Set<String> wanted = Set.of(codes);
        return Rule.cause(cause).system(SystemId.BITRIX).confidence(confidence)
                .when(Condition.event(new EventMatcher("call result " + String.join("/", codes), e -> failedCode(e).filter(wanted::contains).isPresent())))
                .source(SEED + "; " + CODES);
    }

    /** The Bitrix/SIP result code of a failed call, from a statistics row, a Call.Failed event or the softphone. */
    static Optional<String> failedCode(LogEvent e) {
        if (e.code().filter(c -> c.system() == CodeSystem.BITRIX).isPresent()) {
            return e.code().map(c -> c.code());
        }
        if (e.is(CallAttributes.EVENT, "Call.Failed")) {
            return e.get(SipAttributes.CODE).map(String::valueOf);
        }
        return Optional.empty();
    }

    private static EventMatcher event(String name) {
        return EventMatcher.is(CallAttributes.EVENT, name);
    }

    private static EventMatcher transferStarted() {
        return new EventMatcher("a transfer started (REFER, Call.BlindTransferRequested, StartBlindTransfer)",
                e -> Sip.message(e).filter(m -> m.isRequest() && m.startLine().startsWith("REFER ")).isPresent()
                        || e.is(CallAttributes.EVENT, "Call.BlindTransferRequested")
                        || e.message().contains("StartBlindTransfer"));
    }

    private static EventMatcher transferCompleted() {
        return new EventMatcher("TransferComplete / CompletePhoneTransfer / Call.BlindTransferred",
                e -> e.message().contains("TransferComplete") || e.message().contains("CompletePhoneTransfer")
                        || e.message().contains("CompleteTransfer") || e.is(CallAttributes.EVENT, "Call.BlindTransferred"));
    }
}
