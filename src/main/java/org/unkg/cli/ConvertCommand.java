package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unkg.convert.Conversion;
import org.unkg.convert.ConversionSummary;
import org.unkg.progress.ConsoleProgress;
import org.unkg.progress.Progress;
import org.unkg.rdf.IriScheme;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders of them (*.txt).")
    private List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        ConversionSummary summary = convert(SourceFiles.expand(inputs), m, out, base, n, new ConsoleProgress(),
                spec.commandLine().getErr());
        return summary.ok() ? 0 : 1;
    }

    /** Converts with a progress display and reports warnings, failures and the totals on {@code err}. */
    public static ConversionSummary convert(List<Path> files, Manifest manifest, Path out, String base, int threads,
            Progress progress, PrintWriter err) throws java.io.IOException {
        ConversionSummary summary;
        try (Progress.Step step = progress.start("convert", files.size(), Progress.Unit.DOCUMENTS)) {
            summary = new Conversion(base, threads).run(files, manifest, out, name -> step.advance(1));
        }
        summary.warnings().forEach(w -> err.println("warning: " + w));
        summary.failures().forEach(f -> err.println("error: " + f));
        err.println(summary.describe() + " -> " + out);
        err.flush();
        return summary;
    }
}
