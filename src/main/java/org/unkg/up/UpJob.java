package org.unkg.up;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.unkg.common.IriScheme;
import org.unkg.convert.Conversion;
import org.unkg.convert.ConversionSummary;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreLayout;
import org.unkg.progress.Progress;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;

/**
 * The whole job on the bundled corpus: convert it, load it with the ontology, the vocabularies and the query gallery,
 * and hand back the
 * store to serve. A store built from the very same sources and program is reused, so a second {@code up} serves at
 * once.
 */
public final class UpJob {

    private final Workspace ws;
    private final Progress progress;
    private final PrintWriter log;

    public UpJob(Workspace ws, Progress progress, PrintWriter log) {
        this.ws = ws;
        this.progress = progress;
        this.log = log;
    }

    /** The store that was made or reused, and whether it was reused. */
    public record Outcome(Store store, boolean reused) {
    }

    public Outcome prepare() throws IOException {
        ws.requireCorpus();
        String fingerprint = SourceFingerprint.of(ws);
        StoreLayout layout = new StoreLayout(ws.db());
        Optional<Store> current = layout.current();
        if (current.isPresent() && recorded().equals(Optional.of(current.get().id() + " " + fingerprint))) {
            log.println("The store " + current.get().id() + " was built from these sources: reusing it.");
            log.flush();
            return new Outcome(current.get(), true);
        }

        List<Path> files = SourceFiles.expand(ws.corpus());
        IriScheme iris = IriScheme.standard();
        ConversionSummary summary = new Conversion(iris, Runtime.getRuntime().availableProcessors())
                .run(files, Manifest.read(ws.manifest()), ws.converted(), progress, log);
        if (!summary.ok()) {
            log.println("Some files could not be converted (above); the store is built from the others.");
        }

        List<InputFile> inputs = ws.storeInputs(ws.converted());
        Store store = new StoreBuilder(layout, StoreConfig.locate())
                .progress(progress)
                .uriSpace(iris.entityBase())
                .build(inputs)
                .store();
        record(store.id() + " " + fingerprint);
        return new Outcome(store, false);
    }

    private Optional<String> recorded() throws IOException {
        Path f = ws.fingerprintFile();
        return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    private void record(String line) throws IOException {
        Path f = ws.fingerprintFile();
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
