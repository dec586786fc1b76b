package org.unkg.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.unkg.cli.Main;

/**
 * Replicas and HAProxy as {@code deploy/replicas.sh} runs them, each replica a JVM of its own ({@code unkg serve
 * --image}) started from the test's classpath, HAProxy with {@code deploy/haproxy.cfg}; every command of the script
 * is run as an operator would run it, and its output kept in {@code script.log}.
 */
final class Replicas implements AutoCloseable {

    static final Path SCRIPT = Path.of("deploy/replicas.sh");

    private final Path work;
    private final int port;
    private final int adminPort;
    private final int firstPort;

    Replicas(Path work) throws IOException {
        this.work = work;
        List<Integer> ports = freePorts(2);
        this.port = ports.get(0);
        this.adminPort = ports.get(1);
        this.firstPort = freeConsecutivePorts(3);
    }

    /** Whether Debian's haproxy is installed (.ci/run installs it). */
    static boolean haproxyInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "haproxy"))) {
                return true;
            }
        }
        return false;
    }

    String balancer() {
        return "http://127.0.0.1:" + port;
    }

    String admin() {
        return "http://127.0.0.1:" + adminPort;
    }

    String replica(String name) {
        return "http://127.0.0.1:" + (firstPort + Integer.parseInt(name.substring(1)) - 1);
    }

    Path work() {
        return work;
    }

    /** Starts three replicas of an image and HAProxy; returns when the balancer uses all of them. */
    void start(Path image) throws IOException, InterruptedException {
        run("start", image.toString(), "--replicas", "3", "--port", Integer.toString(port),
                "--first-port", Integer.toString(firstPort), "--admin-port", Integer.toString(adminPort));
    }

    void restart(String name) throws IOException, InterruptedException {
        run("restart", name);
    }

    /** Replaces the replicas' image one replica at a time. */
    void rollOut(Path image) throws IOException, InterruptedException {
        run("roll-out", image.toString());
    }

    String status() throws IOException, InterruptedException {
        return run("status");
    }

    long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(work.resolve(name).resolve("pid")).strip());
    }

    /** SIGKILL: the replica dies at once, with whatever it had in flight. */
    void kill(String name) throws IOException, InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid(name)).orElseThrow(() -> new IllegalStateException(
                name + " is not running"));
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0 || !process.onExit().thenApply(p -> true).completeOnTimeout(false, 30,
                TimeUnit.SECONDS).join()) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    /** HAProxy's access log so far. */
    List<String> accessLog() throws IOException {
        Path log = work.resolve("haproxy.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** The end of every log, for a failure's message. */
    String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("script.log", "haproxy.log", "r1/serve.log", "r2/serve.log", "r3/serve.log")) {
            Path file = work.resolve(name);
            try {
                List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
                text.append("--- ").append(name).append('\n');
                lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> text.append(l).append('\n'));
            } catch (IOException e) {
                text.append(file).append(": ").append(e).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--work", work.toString()));
        Path log = work.resolve("script.log");
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long start = Files.size(log);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("UNKG_CMD", String.join(" ",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        builder.environment().put("UNKG_DRAIN_SECONDS", "3");
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("replicas.sh " + args[0] + " did not end within 15 minutes\n" + logs());
        }
        String output = Files.readString(log, StandardCharsets.UTF_8).substring((int) start);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("replicas.sh " + args[0] + " failed (" + process.exitValue() + ")\n"
                    + logs());
        }
        return output;
    }

    /** The first of {@code n} ports in a row that are free now (the script numbers the replicas' ports so). */
    private static int freeConsecutivePorts(int n) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = 20_000 + random.nextInt(20_000);
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < n; i++) {
                    sockets.add(new ServerSocket(first + i, 1, java.net.InetAddress.getLoopbackAddress()));
                }
                return first;
            } catch (IOException taken) {
                // try another range
            } finally {
                for (ServerSocket s : sockets) {
                    s.close();
                }
            }
        }
        throw new IOException("no " + n + " free ports in a row");
    }

    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                sockets.add(new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
