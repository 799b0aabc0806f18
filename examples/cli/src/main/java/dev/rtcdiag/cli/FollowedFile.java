package dev.rtcdiag.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A log file read as it grows, the way {@code tail -F} follows it: from its start, then whatever is
 * appended. Reaching the end, it waits and looks again instead of ending; when the name comes to point
 * at another file (the old one was renamed away by a rotation and a new one created) it finishes the old
 * file and goes on with the new one from its start; when the file shrinks (rotated by truncation) it
 * starts again at the top. It ends only when {@code stop} says so, at an end of what was written.
 */
final class FollowedFile extends dev.rtcdiag.parsers.spi.BlockInputStream {

    private final Path path;
    private final Duration poll;
    private final BooleanSupplier stop;
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private int rotations;

    FollowedFile(Path path, Duration poll, BooleanSupplier stop) {
        this.path = Objects.requireNonNull(path, "path");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /** How many times the file was rotated (renamed and recreated, or truncated) while followed. */
    int rotations() {
        return rotations;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (channel == null && !open()) {
                if (stop.getAsBoolean()) {
                    return -1;
                }
                pause();
                continue;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, len));
            if (n > 0) {
                position += n;
                return n;
            }
            // at the end of what is written: a rotation, a truncation, the end of the run, or wait for more
            BasicFileAttributes now = attributes();
            if (now != null && fileKey != null && !fileKey.equals(now.fileKey())) {
                channel.close(); // the old file is read to its end: go on with the new one
                channel = null;
                rotations++;
                continue;
            }
            if (now != null && now.size() < position) {
                channel.position(0);
                position = 0;
                rotations++;
                continue;
            }
            if (stop.getAsBoolean()) {
                return -1;
            }
            pause();
        }
    }

    private boolean open() throws IOException {
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false; // not there yet, or between a rename and the new file
        }
        BasicFileAttributes a = attributes();
        fileKey = a == null ? null : a.fileKey();
        position = 0;
        return true;
    }

    private BasicFileAttributes attributes() throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void pause() throws InterruptedIOException {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped following " + path);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
