package dev.rtcdiag.parsers.sip;

import dev.rtcdiag.catalog.sip.SipMethod;
import java.util.Objects;

/**
 * The CSeq header: sequence number and method.
 *
 * @param number the sequence number (0 to 2^32-1; larger values are reported as a deviation and kept as -1)
 * @param method the method
 */
public record CSeq(long number, SipMethod method) {

    /** Validates components. */
    public CSeq {
        Objects.requireNonNull(method, "method");
    }

    @Override
    public String toString() {
        return number + " " + method;
    }
}
