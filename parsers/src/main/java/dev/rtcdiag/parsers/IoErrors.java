package dev.rtcdiag.parsers;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The reason of an I/O error in words a user reads, for an input that cannot be read and an output that
 * cannot be written alike: the file system exceptions carry only the path as their message, which says
 * where but not why.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** {@code "no such file or directory"}, {@code "permission denied"}, the file system's reason, or the message. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException) {
            return "a directory or file is in the way";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "the file system refused it (" + e.getClass().getSimpleName() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
