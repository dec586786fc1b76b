package org.unkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.common.IriScheme;
import org.unkg.convert.Conversion;
import org.unkg.convert.ConversionSummary;
import org.unkg.progress.ConsoleProgress;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg convert}: UN document text files to RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Converts UN document text files (or folders of them) to RDF, one named graph per document.",
            "The syntax follows the output's extension: .nq, .trig, .ttl, .nt or .jsonld; add .gz to compress.",
            "A file that cannot be converted is reported and skipped; the exit status is 1 if any was."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The RDF file to write.")
    private Path out;

    @Option(names = "--manifest", paramLabel = "CSV", description = "A CSV file with the columns file,symbol,language.")
    private Path manifest;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "The base of data IRIs (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--threads", paramLabel = "N", description = "Files converted at once (default: the number of cores).")
    private Integer threads;

    @Option(names = "--json", description = "Also print a summary as JSON on standard output: documents converted,"
            + " statements written, failures and warnings, how many documents' structure was uncertain, and the"
            + " output file.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders of them (*.txt).")
    private List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        ConversionSummary summary = new Conversion(new IriScheme(base), n)
                .run(SourceFiles.expand(inputs), m, out, new ConsoleProgress(), spec.commandLine().getErr());
        if (json) {
            JsonSummary.print(spec.commandLine().getOut(), summary(summary));
        }
        return summary.ok() ? 0 : 1;
    }

    private JsonObject summary(ConversionSummary summary) {
        JsonObject o = new JsonObject();
        o.put("converted", summary.converted());
        o.put("statements", summary.statements());
        o.put("failed", summary.failures().size());
        JsonArray failures = new JsonArray();
        summary.failures().forEach(failures::add);
        o.put("failures", failures);
        JsonArray warnings = new JsonArray();
        summary.warnings().forEach(warnings::add);
        o.put("warnings", warnings);
        o.put("uncertain", summary.uncertain());
        o.put("out", out.toAbsolutePath().toString());
        return o;
    }
}
