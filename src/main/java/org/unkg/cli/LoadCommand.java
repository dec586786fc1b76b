package org.unkg.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.unkg.progress.ConsoleProgress;
import org.unkg.load.InputFile;
import org.unkg.load.LoadResult;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg load --db DIR FILE...}: builds a new store from RDF files and makes it the one served. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Builds a new store (TDB2 database and text index) from RDF files and makes it the current one.",
            "The store that was current stays usable until the new one is complete; if anything fails it stays current.",
            "Triples a file puts in its default graph go to the named graph https://w3id.org/unkg/graph/file/{name},",
            "or to the one --graph names for it."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR",
            description = "The store directory: stores/<id>/ and the file 'current' go there.")
    private Path db;

    @Option(names = "--graph", paramLabel = "FILE=IRI",
            description = "The named graph that receives the default graph of FILE, which must also be given: "
                    + "--graph queries/gallery.ttl=https://w3id.org/unkg/graph/queries. Repeatable.")
    private Map<Path, String> graphs = new HashMap<>();

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "N-Quads (.nq), TriG (.trig), Turtle (.ttl), N-Triples (.nt) or JSON-LD (.jsonld) files, "
                    + "each possibly gzipped (.gz).")
    private List<Path> files;

    @Override
    public Integer call() {
        try {
            for (Path named : graphs.keySet()) {
                if (!files.contains(named)) {
                    spec.commandLine().getErr().println("unkg load: --graph names " + named
                            + ", which is not among the files to load");
                    return 2;
                }
            }
            List<InputFile> inputs = files.stream()
                    .map(f -> graphs.containsKey(f) ? InputFile.of(f, graphs.get(f)) : InputFile.of(f))
                    .toList();
            LoadResult result = new StoreBuilder(new StoreLayout(db), StoreConfig.locate())
                    .progress(new ConsoleProgress())
                    .build(inputs);
            spec.commandLine().getOut().printf("Store %s is current: %,d quads, %,d text index entries.%n",
                    result.store().id(), result.info().quads(), result.info().textEntries());
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("unkg load: " + e.getMessage());
            return 1;
        }
    }
}
