/**
 * The typed attribute keys parsers record and rules read, one class per family:
 * {@link dev.rtcdiag.parsers.attributes.NetworkAttributes}, {@link dev.rtcdiag.parsers.attributes.HttpAttributes},
 * {@link dev.rtcdiag.parsers.attributes.SipAttributes}, {@link dev.rtcdiag.parsers.attributes.WebRtcAttributes},
 * {@link dev.rtcdiag.parsers.attributes.CallAttributes}, {@link dev.rtcdiag.parsers.attributes.SourceAttributes} and
 * {@link dev.rtcdiag.parsers.attributes.CaptureAttributes}. Each constant is an
 * {@link dev.rtcdiag.parsers.spi.AttributeKey}: its wire name is what the {@code events} JSON shows,
 * its type what {@code event.get(KEY)} returns.
 *
 * <p>A new fact goes into the family it belongs to, with a sentence saying what it is; a parser
 * writes it with {@code builder.set(KEY, value)} and a rule reads it with {@code event.get(KEY)}.
 */
package dev.rtcdiag.parsers.attributes;
