package dev.rtcdiag.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job jar's entry point. Flink is {@code provided}: a cluster has it, so the jar that {@code flink run}
 * takes must not carry it. For {@code java -jar} on one machine the build copies Flink's jars to
 * {@code lib/} beside the job jar; this launcher runs {@link DiagnoseJob} in a JVM with the job and those
 * jars on its class path. When Flink is already on the class path (a cluster, an IDE), it runs the job directly.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Starts {@link DiagnoseJob} with Flink on its class path. */
    public static void main(String[] args) throws Exception {
        if (flinkPresent(Launcher.class.getClassLoader())) {
            DiagnoseJob.main(args);
            return;
        }
        Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = jar.resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            System.err.println("rtcdiag-flink: Flink is not on the class path and " + lib + " does not exist; build with 'mvn package' or run with 'flink run'");
            System.exit(2);
        }
        // a JVM of its own with the job and Flink on one class path: Flink's local cluster loads user code
        // through the application class loader, so a loader made here would not be seen by it
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar + java.io.File.pathSeparator + lib.resolve("*"), DiagnoseJob.class.getName()));
        command.addAll(List.of(args));
        System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    private static boolean flinkPresent(ClassLoader loader) {
        try {
            Class.forName("org.apache.flink.streaming.api.environment.StreamExecutionEnvironment", false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
