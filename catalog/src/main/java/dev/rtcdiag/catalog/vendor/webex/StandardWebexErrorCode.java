package dev.rtcdiag.catalog.vendor.webex;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link WebexErrorCode}. */
public enum StandardWebexErrorCode implements WebexErrorCode {
    ACTIVATION_100006("100006", "end-user", "End-user error 100006 (message not captured)", "Webex for BroadWorks troubleshooting guide change history (https://help.webex.com/article/nxz35zt); message not captured", List.of()),
    BROADWORKS_USER_NOT_CONFIRMED("200010", "end-user", "Credentials could not be validated: the BroadWorks user is not confirmed", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    ACTIVATION_200016("200016", "end-user", "End-user error 200016 (message not captured)", "Webex for BroadWorks troubleshooting guide change history (https://help.webex.com/article/nxz35zt); message not captured", List.of()),
    USER_LOCKED("200018", "end-user", "Credentials could not be validated: the user is locked", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    SELF_ACTIVATION_ADD_USER_FAILED("200019", "end-user", "Credentials could not be validated while adding the user: self-activation failed", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    EMAIL_NOT_SENT_UNAUTHENTICATED("200022", "end-user", "E-mail could not be sent because the user is not authenticated", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    EMAIL_PRECHECK_FAILED("200026", "end-user", "E-mail could not be verified: pre-check failure or pending user state", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    EMAIL_IN_OTHER_ORG("200039", "end-user", "E-mail could not be verified: it already exists in a different organisation", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    CONFIGSET_MISMATCH("200040", "end-user", "E-mail could not be verified: the ConfigSet does not match the customer configuration", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    CONFLICTING_ENTITLEMENTS("200041", "end-user", "E-mail could not be verified: the user is already entitled to a conflicting service", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    EMAIL_LINKED_TO_OTHER_USERID("200042", "end-user", "E-mail could not be verified: it is already associated with another BroadWorks user id", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    USER_CONFIG_MAPPING_INVALID("200043", "end-user", "E-mail could not be verified: the user configuration mapping is wrong", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    USERID_EXISTS_IN_CLUSTER("200044", "end-user", "E-mail could not be verified: the user id already exists in this BroadWorks cluster", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    USER_IN_OTHER_ORG("200045", "end-user", "User could not be added by self-activation: already part of a different organisation", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    MULTIPLE_PENDING_USERS("200046", "end-user", "User could not be added by self-activation: several pending users share this BroadWorks user id in the cluster", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    USERID_IN_USE_200047("200047", "end-user", "User could not be added by self-activation: the user id is already in use in this BroadWorks cluster", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    PROVISIONED_WITH_OTHER_USERID("200048", "end-user", "User could not be added by self-activation: already provisioned with a different BroadWorks user id", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    USERID_IN_USE_200049("200049", "end-user", "User could not be added by self-activation: the user id is already in use in this BroadWorks cluster", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    PROVISIONING_ID_MISMATCH("200050", "end-user", "User could not be added by self-activation: the provisioning id does not match the one expected for the subscriber's enterprise", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    SP_ENTERPRISE_CONFLICT("200051", "end-user", "User could not be added by self-activation: the service provider or enterprise conflicts with one already provisioned from this BroadWorks cluster", "Webex for Cisco BroadWorks troubleshooting guide, End User Error Codes table (https://help.webex.com/article/nxz35zt)", List.of()),
    ACTIVATION_200054("200054", "end-user", "End-user error 200054 (message not captured)", "Webex for BroadWorks troubleshooting guide change history (https://help.webex.com/article/nxz35zt); message not captured", List.of()),
    BWC_TOKEN_FETCH_FAILED("1502", "bwc", "BroadWorks (BWC) token could not be fetched", "Webex client logs, BWC errorCode=1502 (https://help.webex.com/article/nxz35zt)", List.of("1000:1502")),
    BWC_CONFIG_PARSE_FAILED("1507", "bwc", "BroadWorks Calling login failed: configuration could not be parsed", "Webex client logs, BWC errorCode=1507 (https://help.webex.com/article/nxz35zt)", List.of("1000:1507"));

    static final CodeIndex<StandardWebexErrorCode> INDEX = CodeIndex.of(Arrays.asList(values()), StandardWebexErrorCode::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardWebexErrorCode(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
