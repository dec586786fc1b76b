package org.unkg.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.unkg.load.ConfigFile;
import org.unkg.load.Store;
import org.unkg.load.StoreConfig;
import org.unkg.progress.Progress;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;
import org.unkg.up.UpJob;
import org.unkg.up.Workspace;

/**
 * The public server, as {@code unkg up} runs it, over a part of the bundled corpus: the five Chinese documents and
 * the English resolutions named, with the ontology, every vocabulary and the query gallery. Built in a folder of its
 * own under {@code target/} (reused while its sources are unchanged, as {@code up} does) and served on a free port
 * until the JVM exits.
 */
final class CorpusSite {

    private final Path home;
    private final List<String> resolutions;
    private SparqlServer server;

    /**
     * @param home        where the site's corpus copy and store are kept
     * @param resolutions file names under {@code data/en-resolutions}
     */
    CorpusSite(Path home, List<String> resolutions) {
        this.home = home.toAbsolutePath();
        this.resolutions = List.copyOf(resolutions);
    }

    /** The running server; built and started at the first call. */
    synchronized SparqlServer server() {
        if (server == null) {
            Store store = build();
            server = PublicServer.builder(store).config(generousTimeouts()).port(0).start();
            SparqlServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "corpus-site-stop"));
        }
        return server;
    }

    /**
     * The shipped configuration with query timeouts of a minute to the first result and two in all, instead of 5 s
     * and 30 s. The tests that use these sites check answers, pages and searches, not the limits (those are tested
     * with servers of their own); with the shipped limits a live aggregate query or a search would be cut off
     * whenever the machine running the tests is busy.
     */
    private StoreConfig generousTimeouts() {
        try {
            String shipped = Files.readString(Path.of(ConfigFile.CONFIG_TTL), StandardCharsets.UTF_8);
            String generous = shipped.replace("ja:cxtValue \"5000,30000\"", "ja:cxtValue \"60000,120000\"");
            if (generous.equals(shipped)) {
                throw new IllegalStateException(ConfigFile.CONFIG_TTL + " no longer sets the timeouts as expected here");
            }
            Files.createDirectories(home);
            return StoreConfig.read(Files.writeString(home.resolve("config-generous-timeouts.ttl"), generous,
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Store build() {
        try {
            Path zh = home.resolve("data/zh");
            Path en = home.resolve("data/en-resolutions");
            Files.createDirectories(zh);
            Files.createDirectories(en);
            copyFolder(Path.of("data/zh"), zh);
            for (String name : resolutions) {
                copy(Path.of("data/en-resolutions", name), en.resolve(name));
            }
            copyFolder(Path.of("ontology/vocabularies"),
                    Files.createDirectories(home.resolve("ontology/vocabularies")));
            copy(Path.of("ontology/unkg.ttl"), home.resolve("ontology/unkg.ttl"));
            copy(Path.of("queries/gallery.ttl"),
                    Files.createDirectories(home.resolve("queries")).resolve("gallery.ttl"));
            StringWriter log = new StringWriter();
            try {
                return new UpJob(new Workspace(home), Progress.silent(), new PrintWriter(log, true)).prepare().store();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the site in " + home + " could not be built: " + log, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    /** Copies only what changed, so that an unchanged corpus keeps its store. */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to) && Files.mismatch(from, to) == -1) {
            return;
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
