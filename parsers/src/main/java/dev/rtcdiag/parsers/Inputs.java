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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Inputs.class);

    private Inputs() {
    }

    /**
     * The result: the inputs, the paths that could not be used with the reason for each, and what a
     * {@link Selection} left out of directory walks.
     */
    public record Expansion(List<InputFile> files, List<Problem> problems, List<String> skipped) {
        /** Copies the lists. */
        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
        }

        /** An expansion that left nothing out. */
        public Expansion(List<InputFile> files, List<Problem> problems) {
            this(files, problems, List.of());
        }
    }

    /**
     * Which files of a directory walk are read: those matching an include glob (all when there is none)
     * and no exclude glob, globs matched against the path relative to the directory given
     * ({@code **}{@code /*.log}, {@code archive/**}). Folders of version control, builds and dependencies
     * ({@link #DEFAULT_EXCLUDES}) are left out unless {@code defaultExcludes} is off. Files named on the
     * command line are always read.
     *
     * @param include globs a file must match one of (empty: every file)
     * @param exclude globs no file may match
     * @param defaultExcludes whether {@link #DEFAULT_EXCLUDES} apply too
     */
    public record Selection(List<String> include, List<String> exclude, boolean defaultExcludes) {

        /** Every file, the default folders left out. */
        public static final Selection DEFAULT = new Selection(List.of(), List.of(), true);

        /** Copies the lists. */
        public Selection {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
    }

    /** Folders a workspace scan skips by default: version control, build output, dependencies. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(".git", ".svn", ".hg", "target", "node_modules", ".gradle", ".idea");

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
        return expand(arguments, Selection.DEFAULT);
    }

    /** Like {@link #expand(List)}, keeping of directory walks what {@code selection} selects. */
    public static Expansion expand(List<String> arguments, Selection selection) {
        Objects.requireNonNull(arguments, "arguments");
        return expand(arguments, arg -> arg.equals("-") ? null : Path.of(arg), selection);
    }

    /**
     * Each argument as the path {@code toPath} gives it ({@code null}: standard input), files kept and
     * directories walked with {@code selection}; what could not be used, and what a walk left out, said.
     */
    private static <T> Expansion expand(List<T> arguments, java.util.function.Function<T, Path> toPath, Selection selection) {
        Objects.requireNonNull(selection, "selection");
        List<InputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (T arg : arguments) {
            Path path = toPath.apply(arg);
            if (path == null) {
                files.add(InputFile.stdin());
            } else {
                add(arg.toString(), path, selection, files, problems, skipped);
            }
        }
        return logged(new Expansion(files, problems, skipped));
    }

    /** What a walk left out is said at info, what could not be used at warn (the caller reports both too). */
    private static Expansion logged(Expansion x) {
        for (String s : x.skipped()) {
            LOG.info("skipped {}", s);
        }
        for (Problem p : x.problems()) {
            LOG.warn("{}", p.reason());
        }
        return x;
    }

    /** Files and directories as paths ({@code "-"} is a file of that name here, not standard input). */
    public static Expansion expandPaths(List<Path> paths, Selection selection) {
        Objects.requireNonNull(paths, "paths");
        return expand(paths, path -> path, selection);
    }

    private static void add(String arg, Path path, Selection selection, List<InputFile> files, List<Problem> problems, List<String> skipped) {
        if (!Files.exists(path)) {
            problems.add(new Problem(arg, arg + ": no such file or directory"));
        } else if (Files.isDirectory(path)) {
            walk(arg, path, selection, files, problems, skipped);
        } else if (!Files.isReadable(path)) {
            problems.add(new Problem(arg, arg + ": not readable"));
        } else {
            files.add(new InputFile(arg, path));
        }
    }

    /**
     * Whether a file found in a directory walk is binary data no log format reads (an image, a jar, an
     * object file), judged by its first 8 KiB: compressed input (gzip), captures (pcap, pcapng) and UTF-16
     * text are kept, as format detection reads them; files named directly are never judged.
     */
    static boolean isBinary(Path file) {
        byte[] head = new byte[8192];
        int n;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false; // reading it fails later, with the reason, as an input problem
        }
        if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return false;
        }
        if (n >= 4) {
            int magic = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
            if (magic == 0xA1B2C3D4 || magic == 0xD4C3B2A1 || magic == 0xA1B23C4D || magic == 0x4D3CB2A1 || magic == 0x0A0D0D0A) {
                return false;
            }
        }
        if (n >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
            return false;
        }
        if (looksUtf16WithoutBom(head, n)) {
            return false;
        }
        return dev.rtcdiag.parsers.internal.text.BinaryFormatProvider.looksBinary(java.nio.ByteBuffer.wrap(head, 0, n));
    }

    /** ASCII text in UTF-16: a NUL in every other byte, on one side only. */
    private static boolean looksUtf16WithoutBom(byte[] head, int n) {
        int even = 0;
        int odd = 0;
        int pairs = n / 2;
        for (int i = 0; i + 1 < n; i += 2) {
            even += head[i] == 0 ? 1 : 0;
            odd += head[i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 8 && (even * 10 >= pairs * 9 && odd == 0 || odd * 10 >= pairs * 9 && even == 0);
    }

    private static void walk(String arg, Path dir, Selection selection, List<InputFile> files, List<Problem> problems, List<String> skipped) {
        List<Path> found = new ArrayList<>();
        java.nio.file.FileSystem fs = dir.getFileSystem();
        List<java.nio.file.PathMatcher> include = selection.include().stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        List<java.nio.file.PathMatcher> exclude = selection.exclude().stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && selection.defaultExcludes() && d.getFileName() != null
                            && DEFAULT_EXCLUDES.contains(d.getFileName().toString())) {
                        skipped.add(display(arg, dir, d) + "/");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path rel = dir.relativize(file);
                    if ((!include.isEmpty() && include.stream().noneMatch(m -> m.matches(rel))) || exclude.stream().anyMatch(m -> m.matches(rel))) {
                        skipped.add(display(arg, dir, file));
                    } else if (attrs.isRegularFile() && isBinary(file)) {
                        skipped.add(display(arg, dir, file) + " (binary)");
                    } else if (attrs.isRegularFile()) {
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
