package dev.rtcdiag.core;

/**
 * Where a long diagnosis is, for a progress display ({@code Diagnoser.Builder#progress}). Reported
 * every few thousand events and at each input's end; the library itself never prints it.
 *
 * @param input the input being read
 * @param inputIndex its number, from 1
 * @param inputCount how many inputs there are
 * @param bytesRead bytes of this input read so far (compressed bytes for {@code .gz})
 * @param inputBytes its size, or -1 when unknown (standard input)
 * @param bytesDone bytes read from the other inputs (several are read in turns)
 * @param totalBytes the size of all inputs, or -1 when unknown
 * @param elapsedNanos time since the diagnosis started
 */
public record Progress(String input, int inputIndex, int inputCount, long bytesRead, long inputBytes, long bytesDone, long totalBytes,
        long elapsedNanos) {

    /** Bytes per second so far. */
    public double rate() {
        return elapsedNanos <= 0 ? 0 : (bytesDone + bytesRead) * 1e9 / elapsedNanos;
    }

    /** Seconds left at the current rate, or -1 when the total is unknown. */
    public long etaSeconds() {
        double r = rate();
        return totalBytes < 0 || r <= 0 ? -1 : Math.max(0, (long) ((totalBytes - bytesDone - bytesRead) / r));
    }
}
