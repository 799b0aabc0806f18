package dev.rtcdiag.catalog.vendor.bitrix;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link BitrixCallCode}. */
public enum StandardBitrixCallCode implements BitrixCallCode {
    SUCCESS("200", "call-result", "Success", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    MISSED("304", "call-result", "Missed call", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    DECLINED("603", "call-result", "Declined", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    CANCELED_BY_EMPLOYEE("603-S", "call-result", "Call canceled by the employee", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    FORBIDDEN("403", "call-result", "Forbidden", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    INVALID_NUMBER("404", "call-result", "Invalid number", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    BUSY("486", "call-result", "Busy", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    ROUTE_UNAVAILABLE_484("484", "call-result", "This route is unavailable", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    ROUTE_UNAVAILABLE_503("503", "call-result", "This route is unavailable", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    TEMPORARILY_UNAVAILABLE("480", "call-result", "Temporarily unavailable", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    INSUFFICIENT_BALANCE("402", "call-result", "Insufficient balance", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    BLOCKED("423", "call-result", "Blocked", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    OTHER("OTHER", "call-result", "Undefined", "Bitrix24 REST voximplant.statistic.get CALL_FAILED_CODE; UI texts VI_STATUS_<code> (https://apidocs.bitrix24.com)", List.of()),
    INTERNAL_SERVER_ERROR("500", "call-result", "Internal server error", "Bitrix24 module vi_history.php VI_STATUS_500 (not in REST docs)", List.of()),
    FREE_PLAN_UNAVAILABLE("402-B24", "call-result", "Unavailable on the free plan", "Bitrix24 module vi_history.php VI_STATUS_402-B24 (not in REST docs)", List.of()),
    BILLING_BONUS_WRITE_OFF_1("1", "billing", "Billing: bonus funds written off (TELEPHONY_STATUS_1)", "Bitrix24 statistic grid billing rows (https://apidocs.bitrix24.com)", List.of()),
    BILLING_BONUS_WRITE_OFF_2("2", "billing", "Billing: bonus funds written off (TELEPHONY_STATUS_2)", "Bitrix24 statistic grid billing rows (https://apidocs.bitrix24.com)", List.of()),
    BILLING_DEPOSIT("3", "billing", "Billing: funds deposited", "Bitrix24 statistic grid billing rows (https://apidocs.bitrix24.com)", List.of()),
    BILLING_BALANCE_ADJUSTMENT("409", "billing", "Billing: balance adjusted after reconciliation with the operator", "Bitrix24 statistic grid billing rows (https://apidocs.bitrix24.com)", List.of());

    static final CodeIndex<StandardBitrixCallCode> INDEX = CodeIndex.of(Arrays.asList(values()), StandardBitrixCallCode::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardBitrixCallCode(String code, String category, String defaultTitle, String source, List<String> aliases) {
        this.code = code;
        this.category = category;
        this.defaultTitle = defaultTitle;
        this.source = source;
        this.aliases = aliases;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String constantName() {
        return name();
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public String defaultTitle() {
        return defaultTitle;
    }

    /** Other spellings of the code that vendors print. */
    public List<String> aliases() {
        return aliases;
    }
}
