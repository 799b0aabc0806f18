package dev.rtcdiag.parsers.internal.text;

import dev.rtcdiag.catalog.CatalogCode;
import dev.rtcdiag.catalog.sip.FreeSwitchCause;
import dev.rtcdiag.catalog.sip.Q850Cause;
import dev.rtcdiag.catalog.sip.SipStatus;
import dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode;
import dev.rtcdiag.parsers.attributes.CallAttributes;
import dev.rtcdiag.parsers.attributes.SipAttributes;
import dev.rtcdiag.parsers.spi.CorrelationKeys;
import dev.rtcdiag.parsers.spi.EventKind;
import dev.rtcdiag.parsers.spi.LogEvent;
import dev.rtcdiag.parsers.spi.SystemId;
import dev.rtcdiag.parsers.spi.Verdict;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server and client verdicts in any text line: what FreeSWITCH, Asterisk, SIPp, SIP client stacks and
 * BigBlueButton's server components say outright about a failure. One place for every format that
 * reads such lines (the text fallback, {@code freeswitch.log}); each recogniser runs only where its
 * literal occurs, and every pattern is linear (bounded repetitions, no nested quantifiers).
 *
 * <p>A recognised line becomes an {@link EventKind#ERROR_CODE} event with the catalog code the line
 * names (a {@link FreeSwitchCause}, a {@link Q850Cause}, a {@link SipStatus}, a {@link BbbErrorCode})
 * and a {@link Verdict}. Sources: FreeSWITCH {@code switch_channel.c}/{@code mod_sofia} log texts,
 * Asterisk {@code chan_sip.c}/{@code res_pjsip} NOTICE texts, Kamailio/OpenSIPS core errors (resolve, TCP connect,
 * {@code udp_send}), SIPp's error log, PJSIP's and JsSIP-style
 * client status lines (https://www.iana.org/assignments/sip-parameters), bbb-webrtc-sfu's ESL wrapper (https://docs.bigbluebutton.org, https://github.com/bigbluebutton).
 *
 * <p>Not thread-safe: it remembers a {@code Code: N} line for the {@code Reason:} line that may follow.
 */
public final class VerdictLines {

    private static final Pattern FS_HANGUP = Pattern.compile("Hangup (\\S{1,512}) \\[(CS_\\w{1,32})\\] \\[(\\w{1,64})\\]");
    private static final Pattern FS_ORIGINATE = Pattern.compile("Originate (?:Failed|Resulted in Error)\\.? {1,4}Cause: (\\w{1,64})");
    private static final Pattern FS_OUTGOING = Pattern.compile("Cannot create outgoing channel of type \\[(\\w{1,32})\\] cause: \\[(\\w{1,64})\\]");
    private static final Pattern WORD_MEDIA_TIMEOUT = Pattern.compile("\\bMEDIA_TIMEOUT\\b");
    private static final Pattern AST_HANGUP_CAUSE = Pattern.compile("(?i)hangup\\w{0,32}: {0,4}(?:\\S{1,128} )?Cause: {0,4}(\\d{1,3})\\b");
    private static final Pattern AST_EVERYONE = Pattern.compile("Everyone is busy/congested at this time \\((\\d{1,6}):(\\d{1,6})/(\\d{1,6})/(\\d{1,6})\\)");
    private static final Pattern SIPP_ABORT = Pattern.compile(
            "Aborting call on (?:an )?unexpected message for Call-I[dD] '([^']{1,512})'.{0,200}? received '(?:SIP/2\\.0 (\\d{3})|(\\w{1,16}))");
    private static final Pattern STATUS = Pattern.compile(
            "(?i)\\b(code|status|status_code|statuscode|status code|registrationstatecode|last_status|reg_last_code)\\s{0,3}[:=]\\s{0,3}\\[?(\\d{3})\\]?"
                    + "(?:[ ,;(\\[]{1,4}(?:reason\\s{0,3}[:=]\\s{0,3})?([A-Za-z][A-Za-z '-]{1,60}))?");
    private static final Pattern REASON_LINE = Pattern.compile("(?i)\\s{0,8}reason\\s{0,3}[:=]\\s{0,3}([A-Za-z][A-Za-z '-]{1,60})\\s*$");
    private static final Pattern CODE_LINE = Pattern.compile("(?i)\\s{0,8}code\\s{0,3}[:=]\\s{0,3}(\\d{3})\\s*$");
    private static final Pattern AST_CALLID = Pattern.compile("\\(callid: ([^)\\s]{1,256})\\)");
    private static final Pattern BBB_ERROR_CODE = Pattern.compile("\"errorCode\"\\s{0,3}:\\s{0,3}\"?(\\d{4})\\b");

    private int pendingCode;
    private int pendingLines;

    /** Adds the verdict a line states to the builder; false when it states none. */
    public boolean classify(String text, LogEvent.Builder b) {
        boolean found = classifyLine(text, b);
        if (pendingLines > 0) {
            pendingLines--;
        }
        return found;
    }

    private boolean classifyLine(String text, LogEvent.Builder b) {
        Matcher m;
        if (text.contains("Hangup ") && (m = FS_HANGUP.matcher(text)).find()) {
            b.set(SipAttributes.CHANNEL_STATE, m.group(2)).set(SipAttributes.HANGUP_CAUSE, m.group(3));
            if (m.group(3).equals("NORMAL_CLEARING")) {
                b.kind(EventKind.CALL_EVENT).set(CallAttributes.OUTCOME, "ended");
                return true;
            }
            return fsCause(b, m.group(3));
        }
        if (text.contains("Originate ") && (m = FS_ORIGINATE.matcher(text)).find()) {
            return fsCause(b, m.group(1));
        }
        if (text.contains("Cannot create outgoing channel") && (m = FS_OUTGOING.matcher(text)).find()) {
            return fsCause(b, m.group(2));
        }
        if (text.contains("MEDIA_TIMEOUT") && WORD_MEDIA_TIMEOUT.matcher(text).find()) {
            return fsCause(b, "MEDIA_TIMEOUT");
        }
        if (text.contains("Cannot locate any authentication credentials")) {
            // FreeSWITCH (sofia_reg.c) got a 401/407 for a realm none of its gateways has credentials for
            return verdict(b, SystemId.SIP, SipStatus.of(401), Verdict.NO_CREDENTIALS);
        }
        if (text.contains("rejected because extension not found")) {
            // Asterisk chan_sip: the dialled extension is not in the context; it answers 404
            return verdict(b, SystemId.SIP, SipStatus.of(404), Verdict.NOT_FOUND);
        }
        if (text.contains("No matching endpoint found") || text.contains("No matching peer found")) {
            callId(text, b);
            return verdict(b, SystemId.SIP, SipStatus.of(404), Verdict.NOT_FOUND);
        }
        if (text.contains("Failed to authenticate") || text.contains("- Wrong password") || text.contains("Username/auth name mismatch")) {
            callId(text, b);
            return verdict(b, SystemId.SIP, SipStatus.of(403), Verdict.CREDENTIALS_REJECTED);
        }
        if (text.contains("Everyone is busy/congested") && (m = AST_EVERYONE.matcher(text)).find()) {
            int busy = Integer.parseInt(m.group(2));
            int congested = Integer.parseInt(m.group(3));
            return q850(b, busy > 0 ? 17 : congested > 0 ? 34 : 20);
        }
        if (text.contains("angup") && text.contains("Cause:") && (m = AST_HANGUP_CAUSE.matcher(text)).find()) {
            int cause = Integer.parseInt(m.group(1));
            return cause != 16 && q850(b, cause);
        }
        if (text.contains("Aborting call on") && (m = SIPP_ABORT.matcher(text)).find()) {
            b.key(CorrelationKeys.CALL_ID, m.group(1));
            if (m.group(2) != null) {
                return verdict(b, SystemId.SIP, SipStatus.of(Integer.parseInt(m.group(2))), Verdict.STATUS);
            }
            return false;
        }
        if (text.contains("ESL") && (text.contains("FreeSWITCH ESL connection") || text.contains("Failed to connect to ESL"))
                && (text.contains("error") || text.contains("Failed"))) {
            return verdict(b, SystemId.BBB, BbbErrorCode.of("2000"), Verdict.MEDIA_SERVER_UNREACHABLE);
        }
        if (text.contains("RTCIceChecking Timeout") || (text.contains("ICE connection failed") && text.contains("clientLogger"))) {
            // BigBlueButton 2.2 and older print these instead of errorCode=1007
            return verdict(b, SystemId.BBB, BbbErrorCode.of("1007"), Verdict.STATUS);
        }
        if (text.contains("\"errorCode\"") && text.contains("\"cause\"") && (m = BBB_ERROR_CODE.matcher(text)).find()) {
            return verdict(b, SystemId.BBB, BbbErrorCode.of(m.group(1)), Verdict.STATUS);
        }
        if (text.contains("could not resolve hostname") || (text.contains("sip_resolvehost") && text.contains("ERROR"))) {
            // Kamailio (resolve.c) and OpenSIPS: the next hop's name did not resolve
            return verdict(b, SystemId.SIP, SipStatus.of(478), Verdict.DNS_FAILURE);
        }
        if (text.contains("onnection refused") || text.contains("etwork is unreachable") || text.contains("o route to host")) {
            String lower = text.toLowerCase(Locale.ROOT);
            if ((lower.contains("connect") || lower.contains("sendto")) && (lower.contains("sip") || lower.contains("tcp") || lower.contains("tls")
                    || lower.contains("udp") || lower.contains("regist"))) {
                return verdict(b, SystemId.SIP, SipStatus.of(503), Verdict.CONNECTION_FAILED);
            }
        }
        return status(text, b);
    }

    /** A client stack's status line: {@code Code: [488]}, {@code Code: 408, Reason: Request Timeout}, {@code Code: 480} then {@code Reason: …}. */
    private boolean status(String text, LogEvent.Builder b) {
        if (pendingLines > 0) {
            Matcher reason = REASON_LINE.matcher(text);
            if (reason.lookingAt()) {
                SipStatus s = SipStatus.of(pendingCode);
                pendingLines = 0;
                return s.reasonPhrase().equalsIgnoreCase(reason.group(1).strip()) && verdict(b, SystemId.SIP, s, Verdict.STATUS);
            }
        }
        if (!mentionsCodeOrStatus(text)) {
            return false;
        }
        Matcher code = CODE_LINE.matcher(text);
        if (code.lookingAt()) {
            pendingCode = Integer.parseInt(code.group(1));
            pendingLines = 4; // this line and the next three may hold its Reason
            return false;
        }
        Matcher m = STATUS.matcher(text);
        if (!m.find()) {
            return false;
        }
        int n = Integer.parseInt(m.group(2));
        if (n < 400 || n > 699 || SipStatus.find(n).isEmpty()) {
            return false;
        }
        SipStatus s = SipStatus.of(n);
        String phrase = m.group(3) == null ? "" : m.group(3).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String method = lower.contains("regist") ? "REGISTER" : lower.contains("call") ? "INVITE" : "";
        if (!method.isEmpty()) {
            b.set(SipAttributes.CSEQ_METHOD, method);
        }
        if (phrase.length() >= Math.min(4, s.reasonPhrase().length())
                && s.reasonPhrase().regionMatches(true, 0, phrase, 0, Math.min(phrase.length(), s.reasonPhrase().length()))) {
            return verdict(b, SystemId.SIP, s, Verdict.STATUS); // the status's own reason phrase: the status itself
        }
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (lowerPhrase.contains("refused") || lowerPhrase.contains("unreachable")) {
            return verdict(b, SystemId.SIP, s, Verdict.CONNECTION_FAILED); // PJSIP reports a failed connect as 503/408 with the OS error
        }
        // another phrase, or none: only where the line says it is about a failed call or a registration
        // (a Voximplant "Call.Failed" record is the session-log format's to read: its 404 says the callee app was not
        // reachable as often as that the number is wrong)
        boolean failedCall = lower.contains("call failed");
        boolean about = failedCall || lower.contains("registration") || lower.contains("reg info") || lower.contains("sip");
        return (phrase.isEmpty() ? about : failedCall) && verdict(b, SystemId.SIP, s, Verdict.STATUS);
    }

    /** Whether "code" or "status" occurs in any case, without lower-casing the line (most lines have neither). */
    private static boolean mentionsCodeOrStatus(String text) {
        for (int i = text.indexOf('o'); i >= 0; i = text.indexOf('o', i + 1)) {
            if (i > 0 && text.regionMatches(true, i - 1, "code", 0, 4)) {
                return true;
            }
        }
        for (int i = text.indexOf('t'); i >= 0; i = text.indexOf('t', i + 1)) {
            if (i > 0 && text.regionMatches(true, i - 1, "status", 0, 6)) {
                return true;
            }
        }
        return text.contains("CODE") || text.contains("STATUS");
    }

    /** Asterisk's res_pjsip NOTICE names the request's Call-ID: the verdict joins that dialog. */
    private static void callId(String text, LogEvent.Builder b) {
        Matcher m = AST_CALLID.matcher(text);
        if (m.find()) {
            b.key(CorrelationKeys.CALL_ID, m.group(1));
        }
    }

    private static boolean fsCause(LogEvent.Builder b, String name) {
        FreeSwitchCause c = FreeSwitchCause.of(name);
        return verdict(b, SystemId.SIP, c, name.equals("MEDIA_TIMEOUT") ? Verdict.MEDIA_TIMEOUT : Verdict.HANGUP_CAUSE);
    }

    private static boolean q850(LogEvent.Builder b, int cause) {
        return verdict(b, SystemId.SIP, Q850Cause.of(cause), Verdict.HANGUP_CAUSE);
    }

    private static boolean verdict(LogEvent.Builder b, SystemId system, CatalogCode code, Verdict v) {
        if (b.system().equals(SystemId.LOG)) {
            b.system(system); // a format that knows its system (freeswitch, bbb) keeps it: its sessions stay its own
        }
        b.kind(EventKind.ERROR_CODE).code(code).attribute(Verdict.ATTRIBUTE, v.id());
        return true;
    }
}
