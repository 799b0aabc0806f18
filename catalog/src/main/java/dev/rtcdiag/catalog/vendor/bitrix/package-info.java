/**
 * Bitrix24 telephony codes: {@link dev.rtcdiag.catalog.vendor.bitrix.BitrixCallCode} ({@code CALL_FAILED_CODE})
 * and {@link dev.rtcdiag.catalog.vendor.bitrix.BitrixPhoneError} (softphone failures).
 */
package dev.rtcdiag.catalog.vendor.bitrix;
