package dev.rtcdiag.parsers.attributes;

import dev.rtcdiag.parsers.spi.AttributeKey;

/** HTTP requests and responses (REST APIs, provisioning, nginx access and error logs). */
public final class HttpAttributes {

    /** The request method ({@code POST}). */
    public static final AttributeKey<String> METHOD = AttributeKey.text("method");

    /** The requested URL. */
    public static final AttributeKey<String> URL = AttributeKey.text("url");

    /** The requested path. */
    public static final AttributeKey<String> PATH = AttributeKey.text("path");

    /** The response status ({@code 404}). */
    public static final AttributeKey<Integer> STATUS = AttributeKey.integer("status");

    /** A response status a client reports in its own words. */
    public static final AttributeKey<Integer> HTTP_STATUS = AttributeKey.integer("http-status");

    /** The response's message or error text. */
    public static final AttributeKey<String> MESSAGE = AttributeKey.text("http-message");

    /** The client's User-Agent. */
    public static final AttributeKey<String> USER_AGENT = AttributeKey.text("user-agent");

    /** The upstream an nginx proxy forwarded to. */
    public static final AttributeKey<String> UPSTREAM = AttributeKey.text("upstream");

    /** The server's error text ({@code connect() failed (111: Connection refused)}). */
    public static final AttributeKey<String> ERROR = AttributeKey.text("error");

    /** An nginx life-cycle event (start, reload). */
    public static final AttributeKey<String> NGINX = AttributeKey.text("nginx");

    private HttpAttributes() {
    }
}
