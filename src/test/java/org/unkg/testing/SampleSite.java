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
 * The public server, as {@code unkg up} runs it, over a sample of the bundled corpus: the five Chinese documents and
 * the English resolutions below (the counter-terrorism series and a few others), with the ontology, every
 * vocabulary and the query gallery. Built once per test run in {@code target/sample-site/} (reused while its sources
 * are unchanged, as {@code up} does) and served on a free port until the JVM exits, so that every page, gallery and
 * browser test asks the same real server.
 */
public final class SampleSite {

    /** The English resolutions of the sample. */
    public static final List<String> RESOLUTIONS = List.of(
            "S-RES-10(1946).txt", "S-RES-1000(1995).txt",
            "S-RES-1267(1999).txt", "S-RES-1333(2000).txt", "S-RES-1373(2001).txt", "S-RES-1377(2001).txt",
            "S-RES-1390(2002).txt", "S-RES-1452(2002).txt", "S-RES-1455(2003).txt", "S-RES-1456(2003).txt",
            "S-RES-1526(2004).txt", "S-RES-1540(2004).txt", "S-RES-1624(2005).txt", "S-RES-1822(2008).txt",
            "S-RES-1904(2009).txt", "S-RES-1989(2011).txt", "S-RES-2195(2014).txt", "S-RES-2255(2015).txt");

    private static final Path HOME = Path.of("target/sample-site").toAbsolutePath();
    private static SparqlServer server;

    private SampleSite() {
    }

    /** The running server; started at the first call. */
    public static synchronized SparqlServer server() {
        if (server == null) {
            Store store = build();
            server = PublicServer.builder(store).config(generousTimeouts()).port(0).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sample-site-stop"));
        }
        return server;
    }

    /**
     * The shipped configuration with query timeouts of a minute to the first result and two in all, instead of 5 s
     * and 30 s. The tests that use this site check answers, pages and searches, not the limits (those are tested
     * with servers of their own); with the shipped limits a live aggregate query or a search would be cut off
     * whenever the machine running the tests is busy.
     */
    private static StoreConfig generousTimeouts() {
        try {
            String shipped = Files.readString(Path.of(ConfigFile.CONFIG_TTL), StandardCharsets.UTF_8);
            String generous = shipped.replace("ja:cxtValue \"5000,30000\"", "ja:cxtValue \"60000,120000\"");
            if (generous.equals(shipped)) {
                throw new IllegalStateException(ConfigFile.CONFIG_TTL + " no longer sets the timeouts as expected here");
            }
            Files.createDirectories(HOME);
            return StoreConfig.read(Files.writeString(HOME.resolve("config-generous-timeouts.ttl"), generous,
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://localhost:PORT} followed by {@code path}. */
    public static String url(String path) {
        return server().url(path);
    }

    private static Store build() {
        try {
            Path zh = HOME.resolve("data/zh");
            Path en = HOME.resolve("data/en-resolutions");
            Files.createDirectories(zh);
            Files.createDirectories(en);
            copyFolder(Path.of("data/zh"), zh);
            for (String name : RESOLUTIONS) {
                copy(Path.of("data/en-resolutions", name), en.resolve(name));
            }
            copyFolder(Path.of("ontology/vocabularies"), Files.createDirectories(HOME.resolve("ontology/vocabularies")));
            copy(Path.of("ontology/unkg.ttl"), HOME.resolve("ontology/unkg.ttl"));
            copy(Path.of("queries/gallery.ttl"),
                    Files.createDirectories(HOME.resolve("queries")).resolve("gallery.ttl"));
            StringWriter log = new StringWriter();
            try {
                return new UpJob(new Workspace(HOME), Progress.silent(), new PrintWriter(log, true)).prepare().store();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the sample site could not be built: " + log, e);
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

    /** Copies only what changed, so that an unchanged sample keeps its store. */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to) && Files.mismatch(from, to) == -1) {
            return;
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
