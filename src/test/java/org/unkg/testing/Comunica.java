package org.unkg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Comunica ({@code @comunica/query-sparql}, the version pinned in {@code src/test/resources/clients/comunica/}) run
 * by the system's Node.js. Its packages are installed with {@code npm ci} from the committed lock file into
 * {@code target/comunica/}, once: the install is repeated only when the lock file changes, and it prefers npm's own
 * cache, so that after the first run nothing is fetched. {@code .ci/run} installs Debian's {@code nodejs} and
 * {@code npm}; where they are missing, {@link #unavailable()} says why and the tests that need Comunica are skipped.
 */
public final class Comunica {

    private static final Path SOURCE = Path.of("src/test/resources/clients/comunica");
    private static final Path HOME = Path.of("target/comunica").toAbsolutePath();
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "comunica_client.mjs");
    /** Comunica 4 runs on Node.js 18 and later (Debian 12 ships 18, Debian 13 ships 20). */
    private static final int NODE_MAJOR = 18;

    private Comunica() {
    }

    /** Why Comunica cannot run here, or empty when node and npm are installed and new enough. */
    public static Optional<String> unavailable() {
        String node = version("node");
        if (node == null) {
            return Optional.of("node is not installed (Debian's nodejs and npm, which .ci/run installs)");
        }
        if (version("npm") == null) {
            return Optional.of("npm is not installed (Debian's npm, which .ci/run installs)");
        }
        int major = Integer.parseInt(node.replaceFirst("^v", "").replaceFirst("\\..*", "").trim());
        if (major < NODE_MAJOR) {
            return Optional.of("node " + node.trim() + " is older than Comunica 4 needs (" + NODE_MAJOR + ")");
        }
        return Optional.empty();
    }

    /**
     * Runs {@code comunica_client.mjs} on a job (see the script) and returns what it printed. Installs the packages
     * first when the lock file changed.
     */
    public static synchronized JsonObject run(JsonObject job) throws IOException, InterruptedException {
        install();
        Path in = Files.writeString(HOME.resolve("job.json"), job.toString());
        // Kept for reading when an answer differs.
        Path out = HOME.resolve("last-output.json");
        finish(new ProcessBuilder("node", HOME.resolve("comunica_client.mjs").toString()).directory(HOME.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT), 10, "Comunica");
        return JSON.parse(Files.readString(out));
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        for (String file : FILES) {
            Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path installed = HOME.resolve("installed-package-lock.json");
        if (Files.isDirectory(HOME.resolve("node_modules/@comunica/query-sparql")) && Files.exists(installed)
                && Files.mismatch(installed, HOME.resolve("package-lock.json")) == -1) {
            return;
        }
        Files.deleteIfExists(installed);
        Path log = HOME.resolve("npm-ci.log");
        try {
            finish(new ProcessBuilder("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()), 20,
                    "npm ci in " + HOME);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ":\n" + Files.readString(log), e);
        }
        Files.copy(HOME.resolve("package-lock.json"), installed);
    }

    /** Runs a command whose output goes to files, so that the wait is bounded; one still running then is killed. */
    private static void finish(ProcessBuilder command, int minutes, String what)
            throws IOException, InterruptedException {
        Process process = command.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(what + " did not finish in " + minutes + " minutes");
        }
        assertEquals(0, process.exitValue(), what + " failed; see " + HOME);
    }

    /** What {@code command --version} prints, or null when the command cannot be run. */
    private static String version(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
