/**
 * rtcdiag core: correlation of events into calls and sessions, the knowledge base of failure causes,
 * diagnosis, redaction of secrets, and assertions for tests.
 */
module dev.rtcdiag.core {
    requires transitive dev.rtcdiag.parsers;

    exports dev.rtcdiag.core;
}
