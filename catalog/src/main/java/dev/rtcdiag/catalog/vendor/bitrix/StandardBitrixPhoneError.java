package dev.rtcdiag.catalog.vendor.bitrix;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link BitrixPhoneError}. */
public enum StandardBitrixPhoneError implements BitrixPhoneError {
    PHONE_DECLINE("603", "softphone", "The callee ended the call (IM_PHONE_DECLINE)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_SIP_LICENSE("380", "softphone", "A SIP Connector licence is required (IM_PHONE_ERR_SIP_LICENSE)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_NEED_RENT("436", "softphone", "A phone number must be rented to make calls (IM_PHONE_ERR_NEED_RENT)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_BLOCK_RENT("438", "softphone", "The calling number is locked by the provider (IM_PHONE_ERR_BLOCK_RENT)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_LICENSE_CHECK("400", "softphone", "Licence check error (IM_PHONE_ERR_LICENSE)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_AUTH_ERROR("401", "softphone", "User authentication error (IM_PHONE_401)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_NO_MONEY("402", "softphone", "Balance too low to make calls (IM_PHONE_NO_MONEY)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_FORBIDDEN("403", "softphone", "Call cannot be completed (IM_PHONE_403)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_INCOMPLETE_404("404", "softphone", "This route is unavailable (IM_PHONE_INCOMPLETED)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_UNAVAILABLE_480("480", "softphone", "The contact is temporarily unavailable (IM_PHONE_UNAVAILABLE)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_INCOMPLETE_484("484", "softphone", "This route is unavailable (IM_PHONE_INCOMPLETED)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_BUSY("486", "softphone", "The callee is on another call (IM_PHONE_ERROR_BUSY)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_UNAVAILABLE_503("503", "softphone", "The contact is temporarily unavailable (IM_PHONE_UNAVAILABLE)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of()),
    PHONE_CONNECT_ERROR("504", "softphone", "Error connecting to the telephony server (IM_PHONE_ERROR_CONNECT)", "Bitrix24 softphone voximplant.phone-calls controller.js #onCallFailed (https://apidocs.bitrix24.com)", List.of());

    static final CodeIndex<StandardBitrixPhoneError> INDEX = CodeIndex.of(Arrays.asList(values()), StandardBitrixPhoneError::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardBitrixPhoneError(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
