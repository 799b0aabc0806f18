/**
 * Flashphoner Web Call Server codes: {@link dev.rtcdiag.catalog.vendor.wcs.WcsStatus} (session, stream, call,
 * registration and transfer statuses) and {@link dev.rtcdiag.catalog.vendor.wcs.WcsStatusInfo} (status-info texts).
 */
package dev.rtcdiag.catalog.vendor.wcs;
