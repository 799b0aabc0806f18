/**
 * The code catalog: every code rtcdiag knows, typed, with its source and localised texts.
 *
 * <p>Key types: {@link dev.rtcdiag.catalog.CatalogCode} (one code of any family),
 * {@link dev.rtcdiag.catalog.CodeSystem} (the families), {@link dev.rtcdiag.catalog.Catalog} (look-up by
 * system and text), {@link dev.rtcdiag.catalog.CatalogTexts} and {@link dev.rtcdiag.catalog.Language}
 * (English, Persian, Russian, Turkish). The families live in {@code dev.rtcdiag.catalog.sip},
 * {@code dev.rtcdiag.catalog.webrtc} and {@code dev.rtcdiag.catalog.vendor.*}.
 *
 * <p>Conventions across the module: {@code of(…)} is total (never {@code null}, never throws for bad
 * data; unknown codes get an "unknown" value of their family), {@code find(…)} returns
 * {@code Optional}, {@code parse(…)} throws {@code IllegalArgumentException} naming the input.
 * Sealed hierarchies stay within one package so that the jar also works on the class path.
 */
package dev.rtcdiag.catalog;
