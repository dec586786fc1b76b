package org.unkg.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.load.InputFile;
import org.unkg.load.LoadResult;
import org.unkg.load.LoaderKind;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;
import org.unkg.progress.ConsoleProgress;
import org.unkg.progress.TimedProgress;
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

    @Option(names = "--loader", paramLabel = "KIND",
            description = "Jena's bulk loader: PHASED (a few threads at a time) or PARALLEL (a thread for every index:"
                    + " pays off from 4 cores and a 2 GB heap). Default: PARALLEL on such a machine, else PHASED.")
    private LoaderKind loader;

    @Option(names = "--json", description = "Print a summary as JSON on standard output instead of a sentence: the"
            + " store, its directory, the quads stored and the text index entries, and each step's seconds and count.")
    private boolean json;

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
            TimedProgress progress = new TimedProgress(new ConsoleProgress());
            long started = System.nanoTime();
            StoreBuilder builder = new StoreBuilder(new StoreLayout(db), StoreConfig.locate()).progress(progress);
            if (loader != null) {
                builder.loader(loader);
            }
            LoadResult result = builder.build(inputs);
            double seconds = (System.nanoTime() - started) / 1e9;
            String done = String.format("Store %s is current: %,d quads, %,d text index entries.",
                    result.store().id(), result.info().quads(), result.info().textEntries());
            if (json) {
                spec.commandLine().getErr().println(done);
                JsonSummary.print(spec.commandLine().getOut(), summary(result, seconds, progress));
            } else {
                spec.commandLine().getOut().println(done);
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("unkg load: " + e.getMessage());
            return 1;
        }
    }

    private static JsonObject summary(LoadResult result, double seconds, TimedProgress progress) {
        JsonObject o = new JsonObject();
        o.put("store", result.store().id());
        o.put("dir", result.store().dir().toAbsolutePath().toString());
        o.put("quads", result.info().quads());
        o.put("statementsRead", result.info().statementsRead());
        o.put("textEntries", result.info().textEntries());
        o.put("seconds", JsonNumber.value(seconds));
        JsonArray steps = new JsonArray();
        for (TimedProgress.Timed step : progress.steps()) {
            JsonObject s = new JsonObject();
            s.put("name", step.name());
            s.put("seconds", JsonNumber.value(step.seconds()));
            s.put("count", step.count());
            s.put("unit", step.unit());
            steps.add(s);
        }
        o.put("steps", steps);
        return o;
    }
}
