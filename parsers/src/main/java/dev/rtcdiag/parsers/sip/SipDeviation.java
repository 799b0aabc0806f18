package dev.rtcdiag.parsers.sip;

import java.util.Objects;

/**
 * One place where a SIP message departs from the RFC 3261 grammar. The parser is lenient — it keeps
 * going and extracts what it can — but records every departure. A {@linkplain #fatal() fatal}
 * deviation makes the message invalid (an RFC 3261 element would reject it with 400, 505 or drop it);
 * the others are tolerated sloppiness.
 *
 * @param type what kind of departure
 * @param detail the offending text or a precise explanation
 * @param fatal whether the message is invalid because of it
 */
public record SipDeviation(Type type, String detail, boolean fatal) {

    /** Validates components. */
    public SipDeviation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return type + (fatal ? " (invalid)" : "") + ": " + detail;
    }

    /** The kinds of departure the parser recognises (RFC 4475 covers most of them). */
    public enum Type {
        /** Start line is neither a Request-Line nor a Status-Line. */
        BAD_START_LINE,
        /** More than one SP between start-line elements, or leading white space. */
        EXTRA_WHITESPACE_IN_START_LINE,
        /** White space after the SIP-Version of a Request-Line. */
        TRAILING_WHITESPACE_IN_START_LINE,
        /** White space inside the Request-URI. */
        WHITESPACE_IN_REQUEST_URI,
        /** Request-URI enclosed in angle brackets. */
        ANGLE_BRACKETS_IN_REQUEST_URI,
        /** Escaped headers ({@code ?…}) in a SIP/SIPS Request-URI. */
        HEADERS_IN_REQUEST_URI,
        /** A SIP-Version other than SIP/2.0. */
        UNSUPPORTED_VERSION,
        /** Status code not three digits in 100–699. */
        BAD_STATUS_CODE,
        /** A header line without a colon, or an empty header name. */
        MALFORMED_HEADER_LINE,
        /** A header value that does not follow its grammar (Via, name-addr, CSeq…). */
        MALFORMED_HEADER_VALUE,
        /** An empty parameter or an empty list element ({@code ;;} or {@code ,,}). */
        EMPTY_PARAMETER,
        /** A quoted string that is never closed. */
        UNTERMINATED_QUOTE,
        /** An unquoted display name with characters that need quotes. */
        UNQUOTED_DISPLAY_NAME,
        /** White space just inside the angle brackets of a name-addr. */
        WHITESPACE_IN_ANGLE_BRACKETS,
        /** A URI with escaped headers or parameters that is not enclosed in angle brackets. */
        URI_NEEDS_ANGLE_BRACKETS,
        /** A number larger than its field allows (CSeq, Max-Forwards, Expires, Retry-After, Warning code). */
        NUMBER_OUT_OF_RANGE,
        /** CSeq method differs from the request method. */
        CSEQ_METHOD_MISMATCH,
        /** Content-Length is negative, not a number, or given twice with different values. */
        BAD_CONTENT_LENGTH,
        /** Content-Length announces more bytes than the message has. */
        CONTENT_LENGTH_EXCEEDS_DATA,
        /** No Content-Length: the body is the rest of the data (RFC 2543 style; fine over UDP). */
        MISSING_CONTENT_LENGTH,
        /** No empty line ends the header section. */
        NO_HEADER_TERMINATOR,
        /** A Date header that is not in GMT. */
        BAD_DATE,
        /** A mandatory header (Call-ID, CSeq, From, To, Via) is missing. */
        MISSING_HEADER,
        /** A single-valued header (Call-ID, CSeq, From, To, Max-Forwards) appears more than once. */
        DUPLICATE_HEADER,
        /** The message was cut by a size limit. */
        TRUNCATED
    }
}
