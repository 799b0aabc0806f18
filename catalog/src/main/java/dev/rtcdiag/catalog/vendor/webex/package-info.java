/** Webex for BroadWorks codes: {@link dev.rtcdiag.catalog.vendor.webex.WebexErrorCode} (end-user activation errors, BWC client errors). */
package dev.rtcdiag.catalog.vendor.webex;
