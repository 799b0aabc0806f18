package dev.rtcdiag.parsers.internal.sip;

import dev.rtcdiag.parsers.internal.sip.SipEvents.Frame;

/**
 * One tool's way of framing SIP messages in a text log (IANA SIP registry; RFC 3261): the header
 * line that opens a frame, the lines between it and the message, the line that closes it, and how a
 * message line is written (indented, or not). {@link SipTextExtractor} reads the message itself, the
 * same way for every framing. An instance serves one input and may remember a block it is in.
 */
abstract class SipFraming {

    /** What a header line opened. */
    enum Opens {
        /** A frame: the message follows after at most a few framing lines. */
        FRAME,
        /** A frame whose header goes on for several lines ({@link #headerLine(String)}) before the message. */
        HEADER_BLOCK
    }

    private final String id;

    SipFraming(String id) {
        this.id = id;
    }

    /** The framing's id, as events show it ({@code framing} attribute). */
    final String id() {
        return id;
    }

    /** The frame this line opens, or {@code null} when it is not this framing's header. May change the framing's state. */
    abstract Frame open(String text);

    /** What {@link #open(String)} opened (most framings: {@link Opens#FRAME}). */
    Opens opened() {
        return Opens.FRAME;
    }

    /** Whether the line would open a frame; no state changes (used to end a message that ran into the next frame). */
    abstract boolean opens(String text);

    /** A SIP start line written on the header line itself, or {@code null}. */
    String startLineOnHeader() {
        return null;
    }

    /** A line after the header, before the start line, that belongs to the frame: the refined frame, or {@code null}. */
    Frame framingLine(String stripped, Frame frame, int framingLines) {
        return null;
    }

    /** For {@link Opens#HEADER_BLOCK}: takes one header line; the frame once the header is complete, else {@code null}. */
    Frame headerLine(String text) {
        return null;
    }

    /** What a header block that never completed is reported as. */
    String incompleteHeader() {
        return id + " frame header never completed";
    }

    /** Between the header and the message: a line that opens the next frame of the same block (its time, its direction), or {@code null}. */
    Frame reopen(String text) {
        return null;
    }

    /** Between the header and the message: a line that ends the framing's block. */
    boolean endsBlock(String text) {
        return false;
    }

    /** The line as message text (indentation of the framing taken off). */
    String messageText(String text) {
        return text;
    }

    /** The line as text between the header and the start line. */
    String framingText(String text) {
        return messageText(text);
    }

    /** Whether a line (as message text) closes this framing's frame. */
    boolean closes(String text) {
        return false;
    }

    /** A frame of this framing closed. */
    void closed() {
    }

    /** A line seen after the header and before the message, before anything else looks at it. */
    void afterHeader(String text) {
    }

    static String address(String ip, String port) {
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + port;
    }
}
