package dev.rtcdiag.parsers.spi;

/**
 * A provider's answer to "is this input in your format?", given a prefix of the input.
 *
 * <p>Three answers, never a bare boolean: {@link Match} with a priority (higher wins when several
 * providers match), {@link NeedMoreData} when the prefix is too short to tell (so a short buffer
 * is never mistaken for "no"), and {@link NoMatch}.
 */
public sealed interface Detection permits Detection.Match, Detection.NeedMoreData, Detection.NoMatch {

    /** Priorities used by the built-in providers; third-party providers may use any int. */
    int PRIORITY_FALLBACK = 0;
    /** A weak signal, e.g. one recognisable line among others. */
    int PRIORITY_WEAK = 10;
    /** The usual priority of a format whose line grammar matched. */
    int PRIORITY_NORMAL = 50;
    /** A format with a distinctive header or magic number. */
    int PRIORITY_STRONG = 90;

    /**
     * The input is in this format.
     *
     * @param priority how sure the provider is; the highest match is used
     */
    record Match(int priority) implements Detection {
    }

    /**
     * The prefix was too short to decide.
     *
     * @param minBytes how many bytes the provider would like to see
     */
    record NeedMoreData(int minBytes) implements Detection {
    }

    /** The input is not in this format. */
    record NoMatch() implements Detection {
    }

    /** A match with the given priority. */
    static Detection match(int priority) {
        return new Match(priority);
    }

    /** No match. */
    static Detection noMatch() {
        return NO_MATCH;
    }

    /** Not enough data to decide. */
    static Detection needMoreData(int minBytes) {
        return new NeedMoreData(minBytes);
    }

    /** Shared instance of {@link NoMatch}. */
    NoMatch NO_MATCH = new NoMatch();
}
