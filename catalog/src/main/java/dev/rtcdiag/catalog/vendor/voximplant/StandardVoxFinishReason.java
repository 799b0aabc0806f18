package dev.rtcdiag.catalog.vendor.voximplant;

import dev.rtcdiag.catalog.CodeIndex;
import java.util.Arrays;
import java.util.List;

/** The listed codes of {@link VoxFinishReason}. */
public enum StandardVoxFinishReason implements VoxFinishReason {
    NORMAL_TERMINATION("Normal termination", "finish-reason", "Normal termination", "Voximplant Management API CallSessionInfoType.finish_reason (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    INSUFFICIENT_FUNDS("Insufficient funds", "finish-reason", "Insufficient funds", "Voximplant Management API CallSessionInfoType.finish_reason (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    BILLING_TIMEOUT("Internal error (billing timeout)", "finish-reason", "Internal error (billing timeout)", "Voximplant Management API CallSessionInfoType.finish_reason (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    TERMINATED_ADMINISTRATIVELY("Terminated administratively", "finish-reason", "Terminated administratively", "Voximplant Management API CallSessionInfoType.finish_reason (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    JS_SESSION_ERROR("JS session error", "finish-reason", "JS session error", "Voximplant Management API CallSessionInfoType.finish_reason (https://voximplant.com/docs/references/voxengine/callevents)", List.of()),
    TIMEOUT("Timeout", "finish-reason", "Timeout", "Voximplant Management API CallSessionInfoType.finish_reason (https://voximplant.com/docs/references/voxengine/callevents)", List.of());

    static final CodeIndex<StandardVoxFinishReason> INDEX = CodeIndex.of(Arrays.asList(values()), StandardVoxFinishReason::aliases);

    private final String code;
    private final String category;
    private final String defaultTitle;
    private final String source;
    private final List<String> aliases;

    StandardVoxFinishReason(String code, String category, String defaultTitle, String source, List<String> aliases) {
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
