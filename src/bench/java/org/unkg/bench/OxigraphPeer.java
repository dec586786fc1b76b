package org.unkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Oxigraph (the npm package {@code oxigraph}, the version pinned in {@code bench/oxigraph/package-lock.json}), run
 * by the system's Node.js as the peer the benchmark compares with: it loads the store's dumps into memory (the quads
 * into their named graphs, the distinct triples of their union into the default graph, as our endpoint has them)
 * and times the gallery's queries there ({@code bench/oxigraph/peer.mjs}). Its package is installed with {@code npm ci} into
 * the benchmark's work folder, again only when the lock file changed.
 */
final class OxigraphPeer {

    private static final List<String> FILES = List.of("package.json", "package-lock.json", "peer.mjs");

    /** A query's timings, or why Oxigraph could not answer it. */
    record Answer(String id, String rows, Latencies latencies, String error) {
    }

    /** The load of the dumps (the statements the store then holds) and every query's answer. */
    record Run(double loadSeconds, long quads, List<Answer> answers) {

        Optional<Answer> answer(String id) {
            return answers.stream().filter(a -> a.id().equals(id)).findFirst();
        }
    }

    private final Path source;
    private final Path home;

    /**
     * @param source the checkout's {@code bench/oxigraph}
     * @param home   where its packages are installed and it runs
     */
    OxigraphPeer(Path source, Path home) {
        this.source = source;
        this.home = home;
    }

    /** Why the peer cannot run here, or empty when node and npm can be run. */
    static Optional<String> unavailable(Path source) {
        if (!Files.isRegularFile(source.resolve("peer.mjs"))) {
            return Optional.of(source + " is missing (run the benchmark in a checkout)");
        }
        for (String command : List.of("node", "npm")) {
            try {
                Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return Optional.of(command + " --version failed");
                }
            } catch (IOException e) {
                return Optional.of(command + " is not installed (Debian's nodejs and npm)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted");
            }
        }
        return Optional.empty();
    }

    /**
     * Loads {@code quads} (N-Quads) and {@code triples} (N-Triples), gzipped or not, and asks every query
     * {@code warmUp} times untimed, then {@code repeats} times timed, one at a time.
     */
    Run run(Path quads, Path triples, List<GalleryQueries.Query> queries, int warmUp, int repeats,
            int timeoutMinutes) throws IOException, InterruptedException {
        install();
        JsonObject job = new JsonObject();
        job.put("quads", quads.toAbsolutePath().toString());
        job.put("triples", triples.toAbsolutePath().toString());
        job.put("warmUp", warmUp);
        job.put("repeats", repeats);
        JsonArray list = new JsonArray();
        for (GalleryQueries.Query q : queries) {
            JsonObject o = new JsonObject();
            o.put("id", q.label());
            o.put("sparql", q.text());
            o.put("construct", q.construct());
            list.add(o);
        }
        job.put("queries", list);
        Path in = Files.writeString(home.resolve("job.json"), job.toString(), StandardCharsets.UTF_8);
        Path out = home.resolve("answers.json");
        Path log = home.resolve("peer.log");
        // Node's default old space (about 2 GB) is too small for the strings of a large dump's chunks and the store
        finish(new ProcessBuilder("node", "--max-old-space-size=8192", "peer.mjs").directory(home.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(log.toFile()),
                timeoutMinutes, "Oxigraph (see " + log + ")");
        JsonObject result = JSON.parse(Files.readString(out, StandardCharsets.UTF_8));
        List<Answer> answers = new ArrayList<>();
        for (JsonValue v : result.get("queries").getAsArray()) {
            JsonObject a = v.getAsObject();
            String id = a.get("id").getAsString().value();
            if (a.hasKey("error")) {
                answers.add(new Answer(id, null, null, a.get("error").getAsString().value()));
                continue;
            }
            JsonArray ms = a.get("ms").getAsArray();
            long[] nanos = new long[ms.size()];
            long wall = 0;
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = Math.round(ms.get(i).getAsNumber().value().doubleValue() * 1e6);
                wall += nanos[i];
            }
            answers.add(new Answer(id, a.get("rows").getAsString().value(), new Latencies(nanos, wall, 0), null));
        }
        return new Run(result.get("loadSeconds").getAsNumber().value().doubleValue(),
                result.get("quads").getAsNumber().value().longValue(), answers);
    }

    private void install() throws IOException, InterruptedException {
        Files.createDirectories(home);
        for (String file : FILES) {
            Files.copy(source.resolve(file), home.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path installed = home.resolve("installed-package-lock.json");
        if (Files.isDirectory(home.resolve("node_modules/oxigraph")) && Files.exists(installed)
                && Files.mismatch(installed, home.resolve("package-lock.json")) == -1) {
            return;
        }
        Files.deleteIfExists(installed);
        Path log = home.resolve("npm-ci.log");
        finish(new ProcessBuilder("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()), 20,
                "npm ci in " + home + " (see " + log + ")");
        Files.copy(home.resolve("package-lock.json"), installed);
    }

    /** Runs a command whose output goes to files, so that the wait is bounded; one still running then is killed. */
    private static void finish(ProcessBuilder command, int minutes, String what)
            throws IOException, InterruptedException {
        Process process = command.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException(what + " did not finish in " + minutes + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException(what + " failed (exit " + process.exitValue() + ")");
        }
    }
}
