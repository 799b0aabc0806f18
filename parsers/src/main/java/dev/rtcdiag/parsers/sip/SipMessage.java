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
 * <p>Produced by {@link SipParser}, which frames the message (start line, headers, body); what is read
 * from the header values is read on first access, part by part, and {@link #deviations()} reads every
 * part, so the deviations are the same whatever was asked first (docs/decisions/0002). Safe to share
 * between threads.
 *
 * <p>Authorization header values are kept (a log parser must be able
 * to tell that credentials were sent), but outputs redact them; use {@link #hasAuthorization()}.
 */
public final class SipMessage implements dev.rtcdiag.parsers.spi.HeapSized {

    // the frame, read by the parser
    private final String startLine;
    private final SipMethod method;
    private final String requestUri;
    private final int statusCode;
    private final String reasonPhrase;
    private final String version;
    private final List<SipHeader> headers;
    private final byte[] body;
    private final List<SipDeviation> frameDeviations;
    private final Long contentLength;

    /*
     * What is read from the header values, on first access (SipParser.Part): each part alone, or all of
     * them with every deviation once deviations or validity are asked for. Derived is a record (final
     * fields), so a reference read by another thread shows it whole; two threads at once only read a part twice.
     */
    private Derived all;
    private final Derived[] parts = new Derived[SipParser.Part.values().length];

    /** The values read from the header fields, and every deviation of the message (frame first). */
    record Derived(String callId, CSeq cseq, List<Via> vias, NameAddress from, NameAddress to, List<NameAddress> contacts,
            List<ReasonValue> reasons, Long retryAfter, List<String> warnings, Sdp sdp, List<SipDeviation> deviations) {
    }

    SipMessage(Builder b) {
        this.startLine = b.startLine;
        this.method = b.method;
        this.requestUri = b.requestUri;
        this.statusCode = b.statusCode;
        this.reasonPhrase = b.reasonPhrase;
        this.version = b.version;
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.frameDeviations = b.deviations == null ? List.of() : List.copyOf(b.deviations);
        this.contentLength = b.contentLength;
    }

    /**
     * Every part read, with every deviation in the order the parser meets them: the frame's, then each
     * part's in {@link SipParser.Part} order. A part already read alone is not read again (each part's
     * deviations are its own, so they are the same read alone or with the others).
     */
    private Derived all() {
        Derived d = all;
        if (d == null) {
            d = anyPartRead() ? merged() : SipParser.derive(this, null);
            all = d;
            java.util.Arrays.fill(parts, null); // no longer needed: all holds every part
        }
        return d;
    }

    private boolean anyPartRead() {
        for (Derived p : parts) {
            if (p != null) {
                return true;
            }
        }
        return false;
    }

    private Derived merged() {
        SipParser.Part[] order = SipParser.Part.values();
        Derived[] read = new Derived[order.length];
        java.util.List<SipDeviation> deviations = new java.util.ArrayList<>(frameDeviations);
        for (SipParser.Part p : order) {
            Derived d = parts[p.ordinal()];
            read[p.ordinal()] = d != null ? d : SipParser.derive(this, p);
            deviations.addAll(read[p.ordinal()].deviations());
        }
        return new Derived(read[SipParser.Part.CALL_ID.ordinal()].callId(), read[SipParser.Part.CSEQ.ordinal()].cseq(),
                read[SipParser.Part.VIA.ordinal()].vias(), read[SipParser.Part.FROM.ordinal()].from(), read[SipParser.Part.TO.ordinal()].to(),
                read[SipParser.Part.CONTACT.ordinal()].contacts(), read[SipParser.Part.REASON.ordinal()].reasons(),
                read[SipParser.Part.RETRY_AFTER.ordinal()].retryAfter(), read[SipParser.Part.WARNING.ordinal()].warnings(),
                read[SipParser.Part.SDP.ordinal()].sdp(), java.util.List.copyOf(deviations));
    }

    /** One part: from {@link #all()} once it exists, otherwise read alone, with its own deviations (not the frame's). */
    private Derived part(SipParser.Part p) {
        Derived d = all;
        if (d != null) {
            return d;
        }
        d = parts[p.ordinal()];
        if (d == null) {
            d = SipParser.derive(this, p);
            parts[p.ordinal()] = d;
        }
        return d;
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
        return all().deviations();
    }

    /** Whether no deviation is fatal. */
    public boolean isValid() {
        return all().deviations().stream().noneMatch(SipDeviation::fatal);
    }

    /** The first fatal deviation, if any. */
    public Optional<SipDeviation> invalidReason() {
        return all().deviations().stream().filter(SipDeviation::fatal).findFirst();
    }

    /** The Call-ID. */
    public Optional<String> callId() {
        return Optional.ofNullable(part(SipParser.Part.CALL_ID).callId());
    }

    /** The CSeq. */
    public Optional<CSeq> cseq() {
        return Optional.ofNullable(part(SipParser.Part.CSEQ).cseq());
    }

    /** The Via values, topmost first. */
    public List<Via> vias() {
        return part(SipParser.Part.VIA).vias();
    }

    /** The From header. */
    public Optional<NameAddress> from() {
        return Optional.ofNullable(part(SipParser.Part.FROM).from());
    }

    /** The To header. */
    public Optional<NameAddress> to() {
        return Optional.ofNullable(part(SipParser.Part.TO).to());
    }

    /** The Contact values. */
    public List<NameAddress> contacts() {
        return part(SipParser.Part.CONTACT).contacts();
    }

    /** The Reason header values. */
    public List<ReasonValue> reasons() {
        return part(SipParser.Part.REASON).reasons();
    }

    /** The Retry-After delta in seconds. */
    public OptionalLong retryAfter() {
        Long retryAfter = part(SipParser.Part.RETRY_AFTER).retryAfter();
        return retryAfter == null ? OptionalLong.empty() : OptionalLong.of(retryAfter);
    }

    /** The Warning values as sent ({@code 399 host "text"}). */
    public List<String> warnings() {
        return part(SipParser.Part.WARNING).warnings();
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
        return Optional.ofNullable(part(SipParser.Part.SDP).sdp());
    }

    /** Whether the body is SDP. */
    public boolean hasSdp() {
        return part(SipParser.Part.SDP).sdp() != null;
    }

    /** {@code INVITE sip:bob@biloxi.com} or {@code 486 Busy Here}, for messages and logs. */
    public String summary() {
        return isRequest() ? method + " " + requestUri : statusCode + (reasonPhrase.isEmpty() ? "" : " " + reasonPhrase);
    }

    @Override
    public String toString() {
        return summary() + callId().map(id -> " (Call-ID " + id + ")").orElse("");
    }

    /** Mutable state filled by {@link SipParser}. */
    static final class Builder {
        String startLine = "";
        SipMethod method;
        String requestUri = "";
        int statusCode = -1;
        String reasonPhrase = "";
        String version = "";
        final java.util.List<SipHeader> headers; // the parser's to fill; a framed message's, not copied, to read parts from
        byte[] body = new byte[0];
        // the lists are made on their first element (added()): a builder reading one part fills at most one
        // of them, and making all five for each part read was 5 % of parsing and reading five fields (JFR)
        java.util.List<SipDeviation> deviations;
        String callId;
        CSeq cseq;
        java.util.List<Via> vias;
        NameAddress from;
        NameAddress to;
        java.util.List<NameAddress> contacts;
        java.util.List<ReasonValue> reasons;
        Long retryAfter;
        java.util.List<String> warnings;
        Long contentLength;
        Sdp sdp;

        Builder() {
            this(new java.util.ArrayList<>(20));
        }

        private Builder(java.util.List<SipHeader> headers) {
            this.headers = headers;
        }

        /**
         * A builder holding a framed message's start line, headers and body, to read parts from; with the
         * frame's deviations when every part is read at once ({@code withDeviations}), and otherwise only
         * with those of the part read.
         */
        static Builder framed(SipMessage m, boolean withDeviations) {
            Builder b = new Builder(m.headers);
            b.startLine = m.startLine;
            b.method = m.method;
            b.requestUri = m.requestUri;
            b.statusCode = m.statusCode;
            b.reasonPhrase = m.reasonPhrase;
            b.version = m.version;
            b.body = m.body;
            if (withDeviations && !m.frameDeviations.isEmpty()) {
                b.deviations = new java.util.ArrayList<>(m.frameDeviations);
            }
            b.contentLength = m.contentLength;
            return b;
        }

        /**
         * The values of a header by its canonical name, in message order; empty when absent. A scan: a
         * message has a dozen or so headers, and {@link HeaderNames#canonical} gives known headers one
         * spelling whatever case or compact form the message used.
         */
        java.util.List<String> values(String canonical) {
            java.util.List<String> found = java.util.List.of();
            for (SipHeader h : headers) {
                if (h.canonicalName().equals(canonical)) {
                    if (found.isEmpty()) {
                        found = new java.util.ArrayList<>(1);
                    }
                    found.add(h.value());
                }
            }
            return found;
        }

        Derived derived() {
            return new Derived(callId, cseq, copy(vias), from, to, copy(contacts), copy(reasons), retryAfter, copy(warnings), sdp, copy(deviations));
        }

        /** Most of these lists are absent when one part is read: no copy then. */
        private static <T> java.util.List<T> copy(java.util.List<T> list) {
            return list == null ? java.util.List.of() : java.util.List.copyOf(list);
        }

        /** {@code list} with {@code item} added, the list made first when absent: {@code b.vias = added(b.vias, via)}. */
        static <T> java.util.List<T> added(java.util.List<T> list, T item) {
            java.util.List<T> to = list == null ? new java.util.ArrayList<>(2) : list;
            to.add(item);
            return to;
        }

        void deviation(SipDeviation.Type type, String detail, boolean fatal) {
            deviations = added(deviations, new SipDeviation(type, Objects.requireNonNull(detail), fatal));
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
        return 512 + 2 * chars + (long) body.length * (hasSdp() ? 3 : 1);
    }
}
