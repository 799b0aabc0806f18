/**
 * The SIP message model and parser: {@link dev.rtcdiag.parsers.sip.SipParser} turns bytes into a
 * {@link dev.rtcdiag.parsers.sip.SipMessage} (lenient, with every departure from RFC 3261 recorded as a
 * {@link dev.rtcdiag.parsers.sip.SipDeviation}); values {@link dev.rtcdiag.parsers.sip.Via},
 * {@link dev.rtcdiag.parsers.sip.NameAddress}, {@link dev.rtcdiag.parsers.sip.SipUri},
 * {@link dev.rtcdiag.parsers.sip.CSeq}, {@link dev.rtcdiag.parsers.sip.ReasonValue} and
 * {@link dev.rtcdiag.parsers.sip.Sdp}. A SIP event's payload ({@code LogEvent.payload(SipMessage.class)}) is
 * the parsed message.
 */
package dev.rtcdiag.parsers.sip;
