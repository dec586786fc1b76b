package org.unkg.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.progress.Progress;
import org.unkg.serve.ops.DatasetVersion;
import org.unkg.testing.Http;

/**
 * {@code unkg serve --image} in a process of its own, as a replica runs: a damaged image is refused and nothing is
 * served; a sound one is unpacked and served with its version, and on SIGTERM the replica turns unready (503) while it
 * still runs, then exits.
 */
class ServeImageTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedImageIsRefused() throws Exception {
        Path image = image();
        byte[] bytes = Files.readAllBytes(image);
        bytes[bytes.length / 2] ^= 0x20;
        Path damaged = Files.write(dir.resolve("damaged.tar.zst"), bytes);
        int port = freePort();
        Process replica = serve(damaged, port);
        assertTrue(replica.waitFor(5, TimeUnit.MINUTES), "the replica gives up");
        String log = Files.readString(dir.resolve("serve.log"), StandardCharsets.UTF_8);
        assertEquals(1, replica.exitValue(), log);
        assertTrue(log.contains("unkg serve: " + damaged + ": damaged: "), log);
        assertTrue(new StoreLayout(dir.resolve("work")).current().isEmpty(), "no store to serve");
    }

    @Test
    void onSigtermAReplicaTurnsUnreadyBeforeItExits() throws Exception {
        Path image = image();
        int port = freePort();
        Process replica = serve(image, port);
        String base = "http://127.0.0.1:" + port;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (status(base + "/health/ready") != 200) {
                assertTrue(replica.isAlive() && System.nanoTime() < deadline, "ready within five minutes\n"
                        + Files.readString(dir.resolve("serve.log"), StandardCharsets.UTF_8));
                Thread.sleep(200);
            }
            HttpResponse<byte[]> ready = Http.get(base + "/health/ready");
            String version = ready.headers().firstValue(DatasetVersion.HEADER).orElseThrow();
            assertTrue(new String(ready.body(), StandardCharsets.UTF_8).contains(version));

            replica.destroy();  // SIGTERM
            boolean unready = false;
            while (replica.isAlive() && !unready) {
                unready = status(base + "/health/ready") == 503;
            }
            assertTrue(unready, "/health/ready answered 503 while the replica was still running");
            assertTrue(replica.isAlive() || replica.exitValue() == 143);
            assertEquals(200, status(base + "/health/live"), "still live while it drains");
            assertTrue(replica.waitFor(2, TimeUnit.MINUTES), "it exits once drained");
            assertEquals(143, replica.exitValue(), "ended by SIGTERM");
        } finally {
            replica.destroyForcibly();
        }
    }

    private Path image() throws IOException {
        Store store = new StoreBuilder(new StoreLayout(dir.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, dir)))).store();
        Path image = dir.resolve("unkg.tar.zst");
        new ImageBuilder(Progress.silent()).build(store, image);
        return image;
    }

    private Process serve(Path image, int port) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--image",
                image.toString(), "--work", dir.resolve("work").toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--drain-seconds", "2", "--warm-up-seconds", "60")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
    }

    private static int status(String url) {
        try {
            return Http.get(url).statusCode();
        } catch (RuntimeException refused) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
