/**
 * rtcdiag core: correlation of events into calls and sessions, the knowledge base of failure causes,
 * diagnosis, and assertions for tests.
 */
module dev.rtcdiag.core {
    requires transitive dev.rtcdiag.parsers;
}
