package dev.rtcdiag.parsers;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Turns the paths a user gives into the list of inputs to read: files as they are, directories
 * recursively (symbolic links followed, loops detected and skipped), {@code "-"} as standard input.
 * Order is deterministic: arguments in the order given, files inside a directory sorted by path.
 */
public final class Inputs {

    private Inputs() {
    }

    /** The result: the inputs, and the paths that could not be used with the reason for each. */
    public record Expansion(List<InputFile> files, List<Problem> problems) {
        /** Copies the lists. */
        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A path that could not be used.
     *
     * @param path the path as given or found
     * @param reason why, in words that name the file
     */
    public record Problem(String path, String reason) {
    }

    /** Expands paths given as strings ({@code "-"} is standard input). Never throws for missing or unreadable paths. */
    public static Expansion expand(List<String> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        List<InputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                files.add(InputFile.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                problems.add(new Problem(arg, arg + ": no such file or directory"));
            } else if (Files.isDirectory(path)) {
                walk(arg, path, files, problems);
            } else if (!Files.isReadable(path)) {
                problems.add(new Problem(arg, arg + ": not readable"));
            } else {
                files.add(new InputFile(arg, path));
            }
        }
        return new Expansion(files, problems);
    }

    private static void walk(String arg, Path dir, List<InputFile> files, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        // followed links reach here with the link's own attributes only when the target is gone
                        String name = display(arg, dir, file);
                        problems.add(new Problem(name, name + ": dangling link, skipped"));
                    } else if (attrs.isOther()) {
                        String name = display(arg, dir, file);
                        problems.add(new Problem(name, name + ": not a regular file (a FIFO, socket or device), skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String name = display(arg, dir, file);
                    if (e instanceof FileSystemLoopException) {
                        problems.add(new Problem(name, name + ": symbolic link loop, skipped"));
                    } else if (e instanceof NoSuchFileException) {
                        problems.add(new Problem(name, name + ": dangling link or vanished file, skipped"));
                    } else {
                        problems.add(new Problem(name, name + ": " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(arg, arg + ": " + e.getMessage()));
        }
        found.sort(Comparator.comparing(Path::toString));
        for (Path file : found) {
            files.add(new InputFile(display(arg, dir, file), file));
        }
    }

    private static String display(String arg, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        if (rel.isEmpty()) {
            return arg;
        }
        return arg.endsWith("/") ? arg + rel : arg + "/" + rel;
    }
}
