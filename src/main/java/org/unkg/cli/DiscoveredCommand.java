package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.convert.Conversion;
import org.unkg.convert.ConversionException;
import org.unkg.convert.DiscoveredNames;
import org.unkg.convert.DocumentConverter;
import org.unkg.progress.ConsoleProgress;
import org.unkg.progress.Progress;
import org.unkg.source.Manifest;
import org.unkg.source.SourceDocument;
import org.unkg.source.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg discovered}: the names documents use that no vocabulary lists, for a curator. */
@Command(name = "discovered", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists the organizations, instruments and people that the documents name and no vocabulary"
                + " lists, with the number of documents and mentions and passages that name them, most widespread"
                + " first. A curator adds the real ones to ontology/vocabularies/*.ttl (see the README).",
            "Nothing is written: the files are converted in memory."})
public final class DiscoveredCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--manifest", paramLabel = "CSV", description = "A CSV file with the columns file,symbol,language.")
    private Path manifest;

    @Option(names = "--min-documents", paramLabel = "N", defaultValue = "1",
            description = "Only names found in at least N documents (default: ${DEFAULT-VALUE}).")
    private int minDocuments;

    @Option(names = "--contexts", paramLabel = "N", defaultValue = "3",
            description = "Passages shown per name, each from another document (default: ${DEFAULT-VALUE}).")
    private int contexts;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only names of this kind: organization, instrument"
            + " or person.")
    private String kind;

    @Option(names = "--json", description = "Print the names as one JSON object on standard output.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders of them (*.txt).")
    private List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        List<Path> files = SourceFiles.expand(inputs);
        Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        DocumentConverter converter = new Conversion(IriScheme.standard(), 1).converter();
        DiscoveredNames found = new DiscoveredNames(contexts);
        PrintWriter err = spec.commandLine().getErr();
        List<String> failures = new ArrayList<>();
        try (Progress.Step step = new ConsoleProgress().start("discover", files.size(), Progress.Unit.DOCUMENTS)) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    found.add(converter.convert(new SourceDocument(file, bytes, Sha256.hex(bytes), m.entryFor(file))));
                } catch (ConversionException e) {
                    failures.add(e.getMessage());
                }
                step.advance(1);
            }
        }
        failures.forEach(f -> err.println("error: " + f));
        err.flush();
        List<DiscoveredNames.Name> names = found.names(minDocuments).stream()
                .filter(n -> kind == null || n.kind().equals(kind)).toList();
        if (json) {
            JsonSummary.print(spec.commandLine().getOut(), json(names, files.size() - failures.size()));
        } else {
            print(spec.commandLine().getOut(), names);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private static void print(PrintWriter out, List<DiscoveredNames.Name> names) {
        out.printf("%5s %8s  %-12s %s%n", "docs", "mentions", "kind", "name");
        for (DiscoveredNames.Name n : names) {
            String shortForms = n.shortForms().isEmpty() ? "" : " (" + String.join(", ", n.shortForms()) + ")";
            out.printf("%5d %8d  %-12s %s%s%n", n.documents().size(), n.mentions(), n.kind(), n.name(), shortForms);
            out.printf("%27s%s%n", "", n.iri());
            n.contexts().forEach(c -> out.printf("%27s%s: %s%n", "", c.document(), c.text()));
        }
        out.printf("%d names%n", names.size());
        out.flush();
    }

    private static JsonObject json(List<DiscoveredNames.Name> names, int documents) {
        JsonObject o = new JsonObject();
        o.put("documents", documents);
        JsonArray list = new JsonArray();
        for (DiscoveredNames.Name n : names) {
            JsonObject j = new JsonObject();
            j.put("iri", n.iri());
            j.put("kind", n.kind());
            j.put("name", n.name());
            j.put("language", n.language());
            JsonArray shortForms = new JsonArray();
            n.shortForms().forEach(shortForms::add);
            j.put("shortForms", shortForms);
            j.put("documents", n.documents().size());
            j.put("mentions", n.mentions());
            JsonArray contexts = new JsonArray();
            n.contexts().forEach(c -> {
                JsonObject cj = new JsonObject();
                cj.put("document", c.document());
                cj.put("text", c.text());
                contexts.add(cj);
            });
            j.put("contexts", contexts);
            list.add(j);
        }
        o.put("names", list);
        return o;
    }
}
