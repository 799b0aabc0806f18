/** Cisco BroadWorks {@code [Error N]} numbers: {@link dev.rtcdiag.catalog.vendor.broadworks.BroadWorksErrorCode}. */
package dev.rtcdiag.catalog.vendor.broadworks;
