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
 * An outside client written for Node.js, in {@code src/test/resources/clients/{name}/}: a script and the npm packages
 * its committed lock file pins. The packages are installed with {@code npm ci} into {@code target/{name}/}, once: the
 * install is repeated only when the lock file changes, and it prefers npm's own cache, so that after the first run
 * nothing is fetched. {@code .ci/run} installs Debian's {@code nodejs} and {@code npm}; where they are missing,
 * {@link #unavailable()} says why and the tests that need the client are skipped.
 */
public final class NpmClient {

    private final Path source;
    private final Path home;
    private final String script;
    private final String installedModule;
    private final int nodeMajor;

    /**
     * @param name the folder under {@code src/test/resources/clients/} and {@code target/}
     * @param script the script the folder holds
     * @param installedModule a module under {@code node_modules} that is there once the packages are installed
     * @param nodeMajor the oldest Node.js the packages run on
     */
    public NpmClient(String name, String script, String installedModule, int nodeMajor) {
        this.source = Path.of("src/test/resources/clients", name);
        this.home = Path.of("target", name).toAbsolutePath();
        this.script = script;
        this.installedModule = installedModule;
        this.nodeMajor = nodeMajor;
    }

    /** The folder the client runs in, where a job may put its files. */
    public Path home() {
        return home;
    }

    /** Why the client cannot run here, or empty when node and npm are installed and new enough. */
    public Optional<String> unavailable() {
        String node = version("node");
        if (node == null) {
            return Optional.of("node is not installed (Debian's nodejs and npm, which .ci/run installs)");
        }
        if (version("npm") == null) {
            return Optional.of("npm is not installed (Debian's npm, which .ci/run installs)");
        }
        int major = Integer.parseInt(node.replaceFirst("^v", "").replaceFirst("\\..*", "").trim());
        if (major < nodeMajor) {
            return Optional.of("node " + node.trim() + " is older than " + source.getFileName() + " needs ("
                    + nodeMajor + ")");
        }
        return Optional.empty();
    }

    /**
     * Runs the script on a job, given on its standard input, and returns the JSON it printed. Installs the packages
     * first when the lock file changed.
     */
    public synchronized JsonObject run(JsonObject job, int minutes) throws IOException, InterruptedException {
        install();
        Path in = Files.writeString(home.resolve("job.json"), job.toString());
        // Kept for reading when an answer differs.
        Path out = home.resolve("last-output.json");
        finish(new ProcessBuilder("node", home.resolve(script).toString()).directory(home.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT), minutes, source.getFileName().toString());
        return JSON.parse(Files.readString(out));
    }

    private void install() throws IOException, InterruptedException {
        Files.createDirectories(home);
        for (String file : List.of("package.json", "package-lock.json", script)) {
            Files.copy(source.resolve(file), home.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path installed = home.resolve("installed-package-lock.json");
        if (Files.isDirectory(home.resolve("node_modules").resolve(installedModule)) && Files.exists(installed)
                && Files.mismatch(installed, home.resolve("package-lock.json")) == -1) {
            return;
        }
        Files.deleteIfExists(installed);
        Path log = home.resolve("npm-ci.log");
        try {
            finish(new ProcessBuilder("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()), 20,
                    "npm ci in " + home);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ":\n" + Files.readString(log), e);
        }
        Files.copy(home.resolve("package-lock.json"), installed);
    }

    /** Runs a command whose output goes to files, so that the wait is bounded; one still running then is killed. */
    private void finish(ProcessBuilder command, int minutes, String what) throws IOException, InterruptedException {
        Process process = command.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(what + " did not finish in " + minutes + " minutes");
        }
        assertEquals(0, process.exitValue(), what + " failed; see " + home);
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
