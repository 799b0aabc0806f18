package dev.rtcdiag.catalog.vendor.broadworks;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link BroadWorksErrorCode}. */
public enum StandardBroadWorksErrorCode implements BroadWorksErrorCode {
    USER_NOT_FOUND("4008", "oci", "User not found", "OCI-P ErrorResponse (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)", List.of()),
    SERVICE_ASSIGNMENT_FAILED("4400", "oci", "Could not assign service/service pack", "OCI-P ErrorResponse (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)", List.of()),
    INVALID_PASSWORD("4962", "oci", "Invalid password", "OCI-P ErrorResponse (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)", List.of()),
    OCI_REQUEST_VALIDATION_ERROR("6004", "oci", "OCI XML Request validation error", "OCI-P ErrorResponse (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)", List.of()),
    PHONE_NUMBER_EXISTS("8251", "xsi", "Phone Number already exists", "XSI ErrorInfo (https://www.cisco.com/c/en/us/support/docs/unified-communications/broadworks/220163-use-broadworks-switchdevicetype-feature.html)", List.of()),
    IMP_COMMUNICATION_ERROR("18211", "imp", "Communication error with messaging server", "Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) (Integrated IM&P errors)", List.of()),
    IMP_PROVISIONING_ERROR("18215", "imp", "Provisioning error with messaging server", "Webex for Cisco BroadWorks troubleshooting guide (https://help.webex.com/article/nxz35zt) (Integrated IM&P errors)", List.of());

    static final CodeIndex<StandardBroadWorksErrorCode> INDEX = CodeIndex.of(Arrays.asList(values()), StandardBroadWorksErrorCode::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardBroadWorksErrorCode(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
