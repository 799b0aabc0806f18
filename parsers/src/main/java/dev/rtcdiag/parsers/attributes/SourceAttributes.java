package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.parsers.spi.AttributeKey;

/** Where in the writing program a line comes from: thread, component, file, logger. */
public final class SourceAttributes {

    /** The component or subsystem. */
    public static final AttributeKey<String> COMPONENT = AttributeKey.text("component");

    /** The context a line names. */
    public static final AttributeKey<String> CONTEXT = AttributeKey.text("context");

    /** The source file. */
    public static final AttributeKey<String> FILE = AttributeKey.text("file");

    /** The function. */
    public static final AttributeKey<String> FUNCTION = AttributeKey.text("function");

    /** The thread. */
    public static final AttributeKey<String> THREAD = AttributeKey.text("thread");

    /** The logger. */
    public static final AttributeKey<String> LOGGER = AttributeKey.text("logger");

    /** The Android logcat tag. */
    public static final AttributeKey<String> LOGCAT_TAG = AttributeKey.text("logcat-tag");

    /** The module. */
    public static final AttributeKey<String> MODULE = AttributeKey.text("module");

    /** The source the line names. */
    public static final AttributeKey<String> SOURCE = AttributeKey.text("source");

    /** The source file and line of a FreeSWITCH entry. */
    public static final AttributeKey<String> SOURCE_FILE = AttributeKey.text("source-file");

    /** The log a line came from. */
    public static final AttributeKey<String> LOG = AttributeKey.text("log");

    /** The log category. */
    public static final AttributeKey<String> CATEGORY = AttributeKey.text("category");

    private SourceAttributes() {
    }
}
