package org.unkg.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.luben.zstd.ZstdOutputStream;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;
import org.unkg.load.FileDigest;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.OpenStore;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.progress.Progress;
import picocli.CommandLine;

/**
 * Store images over a real TDB2 store: packed and verified through the command line, unpacked from a file and from
 * an HTTP URL into a store that opens with every quad, and refused, with a message naming the image and the fault,
 * when damaged, truncated, foreign or of a newer format, without leaving a store that could be served.
 */
class ImageTest {

    @TempDir
    static Path shared;
    static Store store;
    static Path image;

    @BeforeAll
    static void packAStore() throws IOException {
        Path db = shared.resolve("db");
        store = new StoreBuilder(new StoreLayout(db), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, shared)),
                        InputFile.of(Fixtures.copy(Fixtures.AGENDA_ITEMS, shared))))
                .store();
        image = shared.resolve("images/unkg.tar.zst");
        Command built = Command.run("image", "build", "--db", db.toString(), "--out", image.toString());
        assertEquals(0, built.status, built.err);
        assertTrue(built.out.contains("dataset version " + store.id()), built.out);
    }

    @Test
    void theManifestListsEveryFileOfTheStoreWithItsDigest() {
        ImageManifest manifest = new ImageVerifier(Progress.silent()).verify(ImageLocation.of(image));
        assertEquals(ImageFormat.VERSION, manifest.formatVersion());
        assertEquals(store.id(), manifest.datasetVersion());
        assertEquals(store.info().quads(), manifest.quads());
        assertEquals(store.info().textEntries(), manifest.textEntries());
        assertEquals(store.info().builtAt(), manifest.builtAt());
        assertEquals(store.info().files(), manifest.sources());
        assertEquals(store.info().softwareSha256(), manifest.program().sha256());
        assertEquals(64, manifest.program().sha256().length());
        List<String> paths = manifest.parts().stream().map(ImagePart::path).toList();
        for (String required : List.of("store.properties", "statistics.ttl", "dumps/unkg.nq.gz",
                "dumps/unkg.nq.gz.sha256")) {
            assertTrue(paths.contains(required), required + " in " + paths);
        }
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("tdb2/Data-0001/")), "the database");
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("lucene/")), "the text index");
        assertFalse(paths.contains("tdb2/tdb.lock"), "no lock file");
        for (ImagePart part : manifest.parts()) {
            assertEquals(FileDigest.sha256(store.dir().resolve(part.path())), part.sha256(), part.path());
        }
    }

    @Test
    void verifyPrintsTheManifestAndTheChecksumFileMatches() throws IOException {
        Command verified = Command.run("image", "verify", image.toString());
        assertEquals(0, verified.status, verified.err);
        assertTrue(verified.out.contains("dataset version  " + store.id()), verified.out);
        assertTrue(verified.out.contains("verified"), verified.out);
        String line = Files.readString(image.resolveSibling("unkg.tar.zst.sha256"), StandardCharsets.UTF_8);
        assertEquals(FileDigest.sha256(image) + "  unkg.tar.zst\n", line);
    }

    @Test
    void theSameStorePacksToTheSameBytes(@TempDir Path dir) {
        Path again = dir.resolve("again.tar.zst");
        new ImageBuilder(Progress.silent()).build(store, again);
        assertEquals(FileDigest.sha256(image), FileDigest.sha256(again));
    }

    @Test
    void anUnpackedImageOpensWithEveryQuadAndIsReusedNextTime(@TempDir Path work) {
        ImageUnpacker.Unpacked first = new ImageUnpacker(Progress.silent()).unpack(ImageLocation.of(image), work);
        assertFalse(first.reused());
        assertEquals(store.id(), first.store().id());
        assertEquals(store.id(), new StoreLayout(work).requireCurrent().id(), "current names it");
        try (OpenStore open = Fixtures.config().open(first.store())) {
            long quads = Txn.calculateRead(open.dataset(), () -> open.dataset().stream().count());
            assertEquals(store.info().quads(), quads);
            assertEquals(1, Fixtures.select(open.dataset(),
                    "SELECT ?s { (?s ?score) text:query (unkg:text \"financing\" \"lang:en\") } LIMIT 1").size(),
                    "the text index answers");
        }
        ImageUnpacker.Unpacked second = new ImageUnpacker(Progress.silent()).unpack(ImageLocation.of(image), work);
        assertTrue(second.reused());
    }

    @Test
    void anImageIsFetchedFromAnHttpUrl(@TempDir Path work) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] bytes = Files.readAllBytes(image);
        server.createContext("/unkg.tar.zst", exchange -> {
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/cut.tar.zst", exchange -> {
            // announces the whole image, sends half of it and hangs up
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
            exchange.getResponseBody().flush();
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            ImageUnpacker.Unpacked unpacked = new ImageUnpacker(Progress.silent())
                    .unpack(ImageLocation.parse(base + "/unkg.tar.zst"), work);
            assertEquals(store.id(), unpacked.store().id());

            ImageException missing = assertThrows(ImageException.class,
                    () -> new ImageVerifier(Progress.silent()).verify(ImageLocation.parse(base + "/nothing")));
            assertEquals(base + "/nothing: cannot fetch: the server answered 404", missing.getMessage());

            ImageException cut = assertThrows(ImageException.class, () -> new ImageUnpacker(Progress.silent())
                    .unpack(ImageLocation.parse(base + "/cut.tar.zst"), work.resolve("cut")));
            assertTrue(cut.getMessage().startsWith(base + "/cut.tar.zst: "), cut.getMessage());
            assertTrue(cut.getMessage().contains("cannot read it after") || cut.getMessage().contains("truncated"),
                    cut.getMessage());
            assertNoStore(work.resolve("cut"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDamagedImageIsRefusedAndTheServedStoreStays(@TempDir Path dir) throws IOException {
        Path work = dir.resolve("work");
        new ImageUnpacker(Progress.silent()).unpack(ImageLocation.of(image), work);

        // another store, damaged in the middle of its image
        Path db = dir.resolve("db2");
        Store other = new StoreBuilder(new StoreLayout(db), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, dir)))).store();
        Path damaged = dir.resolve("damaged.tar.zst");
        new ImageBuilder(Progress.silent()).build(other, damaged);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(damaged, bytes);

        Command verified = Command.run("image", "verify", damaged.toString());
        assertEquals(1, verified.status);
        assertTrue(verified.err.startsWith("unkg image verify: " + damaged + ": damaged: "), verified.err);

        ImageException refused = assertThrows(ImageException.class,
                () -> new ImageUnpacker(Progress.silent()).unpack(ImageLocation.of(damaged), work));
        assertTrue(refused.getMessage().startsWith(damaged + ": damaged: "), refused.getMessage());
        assertEquals(store.id(), new StoreLayout(work).requireCurrent().id(), "the previous store is still current");
        assertFalse(Files.exists(new StoreLayout(work).store(other.id()).dir()), "no store of the damaged image");
        assertNoLeftovers(work);
    }

    @Test
    void aTruncatedImageIsRefused(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(image);
        for (int length : new int[] {bytes.length * 2 / 3, bytes.length - 8}) {
            Path cut = dir.resolve("cut-" + length + ".tar.zst");
            Files.write(cut, java.util.Arrays.copyOf(bytes, length));
            ImageException refused = assertThrows(ImageException.class,
                    () -> new ImageVerifier(Progress.silent()).verify(ImageLocation.of(cut)));
            assertTrue(refused.getMessage().startsWith(cut + ": truncated: "), refused.getMessage());
            Path work = dir.resolve("work-" + length);
            assertThrows(ImageException.class,
                    () -> new ImageUnpacker(Progress.silent()).unpack(ImageLocation.of(cut), work));
            assertNoStore(work);
        }
    }

    @Test
    void aForeignFileIsRefused(@TempDir Path dir) throws IOException {
        Map<String, String> expected = Map.of(
                "empty", "not a UNKG store image: it is empty",
                "text", "not a UNKG store image: it is not Zstandard-compressed (it starts with the bytes 50 52 45 46)",
                "other-archive", "not a UNKG store image: its first entry is README, not manifest.json",
                "no-format", "not a UNKG store image: its manifest does not say \"format\": \"unkg-store-image\"",
                "newer", "made by a newer program: image format 2, this program reads format 1 and older; upgrade it",
                "escaping", "damaged manifest: part \"../../outside\" is not a relative path inside the store",
                "unlisted", "damaged: it holds store/extra, which its manifest does not list");
        Map<String, byte[]> files = Map.of(
                "empty", new byte[0],
                "text", "PREFIX unkg: <https://w3id.org/unkg/ontology#>\n".getBytes(StandardCharsets.UTF_8),
                "other-archive", archive(Map.of("README", "hello")),
                "no-format", archive(Map.of("manifest.json", "{\"formatVersion\": 1}")),
                "newer", archive(Map.of("manifest.json", manifestWith("\"formatVersion\" : 1", "\"formatVersion\" : 2"))),
                "escaping", archive(Map.of("manifest.json", manifestWith("\"path\" : \"store.properties\"",
                        "\"path\" : \"../../outside\""))),
                "unlisted", archive(Map.of("manifest.json", manifestWithoutParts(), "store/extra", "x")));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = Files.write(dir.resolve(e.getKey()), e.getValue());
            ImageException refused = assertThrows(ImageException.class,
                    () -> new ImageUnpacker(Progress.silent()).unpack(ImageLocation.of(file), dir.resolve("work")));
            assertEquals(file + ": " + expected.get(e.getKey()), refused.getMessage(), e.getKey());
        }
        assertNoStore(dir.resolve("work"));
        assertFalse(Files.exists(dir.resolve("outside")));
    }

    private static String manifestText() {
        try (ImageLocation.Opened opened = ImageLocation.of(image).open();
             ImageReader reader = ImageReader.open(opened.in(), image.toString())) {
            return new String(reader.manifestBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String manifestWith(String from, String to) {
        String text = manifestText();
        assertTrue(text.contains(from), "the manifest has " + from + ": " + text);
        return text.replace(from, to);
    }

    private static String manifestWithoutParts() {
        String text = manifestText();
        return text.substring(0, text.indexOf("\"parts\"")) + "\"parts\" : [] }\n";
    }

    /** A Zstandard-compressed tar of the given entries, in order of their names (manifest.json before store/). */
    private static byte[] archive(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new ZstdOutputStream(bytes))) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                byte[] content = entries.get(name).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void assertNoStore(Path work) {
        StoreLayout layout = new StoreLayout(work);
        assertTrue(layout.current().isEmpty(), "no current store in " + work);
        assertTrue(layout.stores().isEmpty(), "no store in " + work);
        assertNoLeftovers(work);
    }

    private static void assertNoLeftovers(Path work) {
        Path stores = work.resolve(StoreLayout.STORES);
        if (Files.isDirectory(stores)) {
            try (Stream<Path> entries = Files.list(stores)) {
                assertEquals(List.of(), entries.filter(p -> p.getFileName().toString().startsWith("."))
                        .toList(), "no half-unpacked folder");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A run of the command line, with what it printed. */
    private record Command(int status, String out, String err) {
        static Command run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine line = new CommandLine(new Main());
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            int status = line.execute(args);
            return new Command(status, out.toString(), err.toString());
        }
    }
}
