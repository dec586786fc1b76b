package org.unkg.up;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.unkg.common.IriScheme;
import org.unkg.load.InputFile;

/**
 * Where {@code up} finds the bundled corpus and the ontology, and where it keeps what it makes: a project checkout
 * ({@code data/}, {@code ontology/}, {@code queries/}) with a {@code work/} folder for the converted N-Quads and the store.
 */
public record Workspace(Path home) {

    /** The checkout the launcher names ({@code -Dunkg.home}), else the working directory. */
    public static Workspace locate() {
        return new Workspace(Path.of(System.getProperty("unkg.home", ".")).toAbsolutePath().normalize());
    }

    public List<Path> corpus() {
        return List.of(home.resolve("data/zh"), home.resolve("data/en-resolutions"));
    }

    public Path manifest() {
        return home.resolve("data/zh/manifest.csv");
    }

    public Path ontology() {
        return home.resolve("ontology/unkg.ttl");
    }

    /** The vocabulary files, each loaded into a graph of its own. */
    public List<Path> vocabularies() throws IOException {
        Path dir = home.resolve("ontology/vocabularies");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList());
        }
    }

    /**
     * What {@code up} loads: the converted corpus, then the ontology, the vocabularies and the query gallery, each
     * into its graph.
     */
    public List<InputFile> storeInputs(Path converted) throws IOException {
        IriScheme iris = IriScheme.standard();
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(InputFile.of(converted));
        if (Files.exists(ontology())) {
            inputs.add(InputFile.of(ontology(), iris.ontologyGraph()));
        }
        for (Path v : vocabularies()) {
            inputs.add(InputFile.of(v, iris.vocabularyGraph(InputFile.baseName(v))));
        }
        if (Files.exists(gallery())) {
            inputs.add(InputFile.of(gallery(), iris.queriesGraph()));
        }
        return inputs;
    }

    /** The query gallery, loaded into a graph of its own. */
    public Path gallery() {
        return home.resolve("queries/gallery.ttl");
    }

    public Path converted() {
        return home.resolve("work/unkg.nq");
    }

    public Path db() {
        return home.resolve("work/db");
    }

    /** Records which sources the current store was built from. */
    public Path fingerprintFile() {
        return db().resolve("up-sources.sha256");
    }

    public void requireCorpus() throws IOException {
        for (Path p : corpus()) {
            if (!Files.isDirectory(p)) {
                throw new IOException(p + ": the bundled corpus is missing; run 'up' from a UNKG checkout"
                        + " (or set -Dunkg.home)");
            }
        }
    }
}
