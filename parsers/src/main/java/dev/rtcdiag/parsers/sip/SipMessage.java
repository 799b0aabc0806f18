package dev.rtcdiag.parsers.sip;

import dev.rtcdiag.catalog.sip.SipMethod;
import dev.rtcdiag.catalog.sip.SipStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A parsed SIP request or response (RFC 3261), lenient but honest: whatever could be read is
 * available, and every departure from the grammar is in {@link #deviations()}. {@link #isValid()} is
 * false when a deviation is fatal (an RFC 3261 element would reject the message).
 *
 * <p>Produced by {@link SipParser}. Authorization header values are kept (a log parser must be able
 * to tell that credentials were sent), but outputs redact them; use {@link #hasAuthorization()}.
 */
public final class SipMessage implements dev.rtcdiag.parsers.spi.HeapSized {

    private final String startLine;
    private final SipMethod method;
    private final String requestUri;
    private final int statusCode;
    private final String reasonPhrase;
    private final String version;
    private final List<SipHeader> headers;
    private final byte[] body;
    private final List<SipDeviation> deviations;
    private final String callId;
    private final CSeq cseq;
    private final List<Via> vias;
    private final NameAddress from;
    private final NameAddress to;
    private final List<NameAddress> contacts;
    private final List<ReasonValue> reasons;
    private final Long retryAfter;
    private final List<String> warnings;
    private final Long contentLength;
    private final Sdp sdp;

    SipMessage(Builder b) {
        this.startLine = b.startLine;
        this.method = b.method;
        this.requestUri = b.requestUri;
        this.statusCode = b.statusCode;
        this.reasonPhrase = b.reasonPhrase;
        this.version = b.version;
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.deviations = List.copyOf(b.deviations);
        this.callId = b.callId;
        this.cseq = b.cseq;
        this.vias = List.copyOf(b.vias);
        this.from = b.from;
        this.to = b.to;
        this.contacts = List.copyOf(b.contacts);
        this.reasons = List.copyOf(b.reasons);
        this.retryAfter = b.retryAfter;
        this.warnings = List.copyOf(b.warnings);
        this.contentLength = b.contentLength;
        this.sdp = b.sdp;
    }

    /** Whether this is a request (it has a method) rather than a response. */
    public boolean isRequest() {
        return method != null;
    }

    /** Whether this is a response. */
    public boolean isResponse() {
        return method == null && statusCode >= 0;
    }

    /** The start line as received. */
    public String startLine() {
        return startLine;
    }

    /** The request method. */
    public Optional<SipMethod> method() {
        return Optional.ofNullable(method);
    }

    /** The Request-URI text, or {@code ""} for responses. */
    public String requestUri() {
        return requestUri;
    }

    /** The status of a response whose code is a valid three-digit number. */
    public Optional<SipStatus> status() {
        return statusCode >= 100 && statusCode <= 999 ? Optional.of(SipStatus.of(statusCode)) : Optional.empty();
    }

    /** The reason phrase of a response as sent ({@code ""} when empty or for requests). */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The SIP-Version token ({@code "SIP/2.0"}). */
    public String version() {
        return version;
    }

    /** All header fields in order, after unfolding. */
    public List<SipHeader> headers() {
        return headers;
    }

    /** The first value of a header (long or compact name, any case). */
    public Optional<String> header(String name) {
        String canonical = HeaderNames.canonical(name);
        return headers.stream().filter(h -> h.canonicalName().equalsIgnoreCase(canonical)).map(SipHeader::value).findFirst();
    }

    /** Every field of a header (one entry per header line, not split at commas). */
    public List<String> headerValues(String name) {
        String canonical = HeaderNames.canonical(name);
        return headers.stream().filter(h -> h.canonicalName().equalsIgnoreCase(canonical)).map(SipHeader::value).toList();
    }

    /** The body bytes (empty when none). */
    public byte[] body() {
        return body.clone();
    }

    /** The body as text (UTF-8, invalid bytes replaced). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Departures from the grammar, in the order found. */
    public List<SipDeviation> deviations() {
        return deviations;
    }

    /** Whether no deviation is fatal. */
    public boolean isValid() {
        return deviations.stream().noneMatch(SipDeviation::fatal);
    }

    /** The first fatal deviation, if any. */
    public Optional<SipDeviation> invalidReason() {
        return deviations.stream().filter(SipDeviation::fatal).findFirst();
    }

    /** The Call-ID. */
    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** The CSeq. */
    public Optional<CSeq> cseq() {
        return Optional.ofNullable(cseq);
    }

    /** The Via values, topmost first. */
    public List<Via> vias() {
        return vias;
    }

    /** The From header. */
    public Optional<NameAddress> from() {
        return Optional.ofNullable(from);
    }

    /** The To header. */
    public Optional<NameAddress> to() {
        return Optional.ofNullable(to);
    }

    /** The Contact values. */
    public List<NameAddress> contacts() {
        return contacts;
    }

    /** The Reason header values. */
    public List<ReasonValue> reasons() {
        return reasons;
    }

    /** The Retry-After delta in seconds. */
    public OptionalLong retryAfter() {
        return retryAfter == null ? OptionalLong.empty() : OptionalLong.of(retryAfter);
    }

    /** The Warning values as sent ({@code 399 host "text"}). */
    public List<String> warnings() {
        return warnings;
    }

    /** Whether the message carries credentials (Authorization or Proxy-Authorization). */
    public boolean hasAuthorization() {
        return header("Authorization").isPresent() || header("Proxy-Authorization").isPresent();
    }

    /** Whether the message carries a challenge (WWW-Authenticate or Proxy-Authenticate). */
    public boolean hasChallenge() {
        return header("WWW-Authenticate").isPresent() || header("Proxy-Authenticate").isPresent();
    }

    /** The Content-Type, lower case without parameters. */
    public Optional<String> contentType() {
        return header("Content-Type").map(v -> {
            int semi = v.indexOf(';');
            return (semi >= 0 ? v.substring(0, semi) : v).strip().toLowerCase(java.util.Locale.ROOT);
        });
    }

    /** The Content-Length, when present and valid. */
    public OptionalInt contentLength() {
        return contentLength == null ? OptionalInt.empty() : OptionalInt.of(contentLength.intValue());
    }

    /** The SDP body, when the body is SDP (by Content-Type, or by content when the type is missing). */
    public Optional<Sdp> sdp() {
        return Optional.ofNullable(sdp);
    }

    /** Whether the body is SDP. */
    public boolean hasSdp() {
        return sdp != null;
    }

    /** {@code INVITE sip:bob@biloxi.com} or {@code 486 Busy Here}, for messages and logs. */
    public String summary() {
        return isRequest() ? method + " " + requestUri : statusCode + (reasonPhrase.isEmpty() ? "" : " " + reasonPhrase);
    }

    @Override
    public String toString() {
        return summary() + (callId == null ? "" : " (Call-ID " + callId + ")");
    }

    /** Mutable state filled by {@link SipParser}. */
    static final class Builder {
        String startLine = "";
        SipMethod method;
        String requestUri = "";
        int statusCode = -1;
        String reasonPhrase = "";
        String version = "";
        final java.util.List<SipHeader> headers = new java.util.ArrayList<>();
        byte[] body = new byte[0];
        final java.util.List<SipDeviation> deviations = new java.util.ArrayList<>();
        String callId;
        CSeq cseq;
        final java.util.List<Via> vias = new java.util.ArrayList<>();
        NameAddress from;
        NameAddress to;
        final java.util.List<NameAddress> contacts = new java.util.ArrayList<>();
        final java.util.List<ReasonValue> reasons = new java.util.ArrayList<>();
        Long retryAfter;
        final java.util.List<String> warnings = new java.util.ArrayList<>();
        Long contentLength;
        Sdp sdp;

        /**
         * Header values by canonical name, built once the headers are read (a scan per lookup was a hot spot).
         * Lookups are by the canonical names of known headers, which {@link HeaderNames#canonical} gives
         * whatever the case or compact form the message used.
         */
        private java.util.Map<String, java.util.List<String>> byName = java.util.Map.of();

        void indexHeaders() {
            byName = new java.util.HashMap<>();
            for (SipHeader h : headers) {
                byName.computeIfAbsent(h.canonicalName(), k -> new java.util.ArrayList<>(1)).add(h.value());
            }
        }

        /** The values of a known header by its canonical name, in message order; empty when absent. */
        java.util.List<String> values(String canonical) {
            return byName.getOrDefault(canonical, java.util.List.of());
        }

        void deviation(SipDeviation.Type type, String detail, boolean fatal) {
            deviations.add(new SipDeviation(type, Objects.requireNonNull(detail), fatal));
        }

        SipMessage build() {
            return new SipMessage(this);
        }
    }

    /**
     * About how many bytes of heap this message holds (body, headers, the parsed SDP): for keeping many
     * messages within a byte budget, not an exact figure.
     */
    @Override
    public long sizeEstimate() {
        long chars = startLine.length();
        for (SipHeader h : headers) {
            chars += h.name().length() + h.value().length() + 16;
        }
        return 512 + 2 * chars + (long) body.length * (sdp == null ? 1 : 3);
    }
}
