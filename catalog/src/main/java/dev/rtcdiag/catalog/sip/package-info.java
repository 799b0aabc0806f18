/**
 * SIP catalogs: {@link dev.rtcdiag.catalog.sip.SipStatus} (every IANA response code plus the
 * non-registered codes stacks log, with {@link dev.rtcdiag.catalog.sip.SipStatusClass}),
 * {@link dev.rtcdiag.catalog.sip.SipMethod}, {@link dev.rtcdiag.catalog.sip.Q850Cause} with the RFC 3398
 * mapping in {@link dev.rtcdiag.catalog.sip.SipQ850Mapping}, FreeSWITCH hangup causes
 * ({@link dev.rtcdiag.catalog.sip.FreeSwitchCause}) and {@code Reason:} header protocols
 * ({@link dev.rtcdiag.catalog.sip.ReasonProtocol}).
 *
 * <p>Every {@code of(…)} is total and never returns {@code null}; {@code find(…)} returns
 * {@code Optional}; {@code parse(…)} throws {@code IllegalArgumentException} naming the input.
 */
package dev.rtcdiag.catalog.sip;
