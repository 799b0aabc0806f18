package dev.rtcdiag.core;

/** {@link SipTrace} for tests in other packages. */
public final class SipTraceAccess {

    private SipTraceAccess() {
    }

    /** One call that failed twice over: a 488 to the offer, then a 503 to the retry. */
    public static String twoFailures() {
        return SipTrace.call("two-failures").request("INVITE").response(488, "Not Acceptable Here")
                .request("INVITE").response(503, "Service Unavailable").text();
    }

    /** Two calls in one trace, each refused with the same response line (a busy callee). */
    public static String twoSessionsSameFailure() {
        return SipTrace.join(SipTrace.call("first-call").request("INVITE").response(486, "Busy Here"),
                SipTrace.call("second-call").request("INVITE").response(486, "Busy Here"));
    }
}
