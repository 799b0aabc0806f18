package dev.rtcdiag.parsers.testing;

import java.util.Random;

/**
 * Short random texts over a small alphabet (characters or pieces), for tests that hold a hand-written scanner to the regex it
 * replaced: the alphabet holds the characters where the two could disagree (separators, escapes,
 * non-ASCII white space), so that 10<sup>5</sup> texts reach every branch.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** Up to {@code maxLength - 1} characters, each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int maxLength) {
        int n = random.nextInt(maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Up to {@code maxPieces - 1} pieces, each drawn from {@code pieces}: texts of the tokens a scanner looks for. */
    public static String of(Random random, String[] pieces, int maxPieces) {
        int n = random.nextInt(maxPieces);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
