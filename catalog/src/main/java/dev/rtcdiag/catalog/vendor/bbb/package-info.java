/** BigBlueButton codes: {@link dev.rtcdiag.catalog.vendor.bbb.BbbErrorCode} (audio, webcam, screenshare, SFU, connection, microphone). */
package dev.rtcdiag.catalog.vendor.bbb;
