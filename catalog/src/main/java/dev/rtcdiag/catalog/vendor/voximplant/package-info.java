/**
 * Voximplant codes: {@link dev.rtcdiag.catalog.vendor.voximplant.VoxEvent} (VoxEngine event names) and
 * {@link dev.rtcdiag.catalog.vendor.voximplant.VoxFinishReason} (session finish reasons).
 */
package dev.rtcdiag.catalog.vendor.voximplant;
