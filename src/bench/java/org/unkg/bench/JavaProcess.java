package org.unkg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run in a process of its own, with the same heap for every program the benchmark compares and the
 * benchmark's classpath (plus extra jars) or the program measured; its output goes to log files.
 */
final class JavaProcess {

    /** What a finished process did; {@code output} is what it wrote on standard output. */
    record Result(int exit, long wallNanos, String output) {

        double seconds() {
            return wallNanos / 1e9;
        }
    }

    private final String heap;
    private final Path logs;

    JavaProcess(String heap, Path logs) {
        this.heap = heap;
        this.logs = logs;
    }

    /**
     * The command that runs {@code mainClass} of the benchmark's own classpath (Jena's loader, a plain Fuseki) with
     * {@code args}, system properties first.
     */
    List<String> command(String mainClass, List<Path> extraJars, List<String> properties, List<String> args) {
        StringBuilder cp = new StringBuilder(classpath(System.getProperty("java.class.path")));
        extraJars.forEach(j -> cp.append(File.pathSeparator).append(j.toAbsolutePath()));
        List<String> launch = List.of("-cp", cp.toString(), mainClass);
        return command(launch, properties, args);
    }

    /** The command that runs a program {@code launch} names ({@code -jar JAR}, or {@code -cp CP MAIN}). */
    List<String> command(List<String> launch, List<String> properties, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(properties);
        cmd.addAll(launch);
        cmd.addAll(args);
        return cmd;
    }

    /** A classpath with every entry absolute, since the process may run in another directory. */
    static String classpath(String classpath) {
        StringBuilder cp = new StringBuilder();
        for (String entry : classpath.split(File.pathSeparator)) {
            cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(Path.of(entry).toAbsolutePath());
        }
        return cp.toString();
    }

    /**
     * Starts a process in {@code dir}, its standard output to {@code logs/name.out} (where a command's {@code --json}
     * summary goes) and its standard error to {@code logs/name.log}.
     */
    Process start(String name, List<String> command, Path dir) throws IOException {
        Files.createDirectories(logs);
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".log").toFile()).start();
    }

    /** Runs a process to its end (at most {@code timeoutMinutes}) and times it. */
    Result run(String name, List<String> command, Path dir, int timeoutMinutes) throws IOException,
            InterruptedException {
        long t0 = System.nanoTime();
        Process p = start(name, command, dir);
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            stop(p);
            throw new IOException(name + ": still running after " + timeoutMinutes + " min; stopped (see "
                    + logs.resolve(name + ".log") + ")");
        }
        long wall = System.nanoTime() - t0;
        return new Result(p.exitValue(), wall, Files.readString(logs.resolve(name + ".out"), StandardCharsets.UTF_8));
    }

    /** Stops a process and the processes it started, politely first. */
    static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
