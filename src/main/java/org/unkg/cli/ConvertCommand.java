package org.unkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.unkg.convert.Conversion;
import org.unkg.convert.ConversionSummary;
import org.unkg.rdf.IriScheme;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unkg convert}: UN document text files to RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts UN document text files (or folders of them) to RDF, one named graph per document."
                + " The syntax follows the output's extension: .nq (default choice), .trig, .ttl, .nt, .jsonld;"
                + " add .gz to compress.")
public final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "the RDF file to write")
    Path out;

    @Option(names = "--manifest", description = "CSV with the columns file,symbol,language")
    Path manifest;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, description = "base of data IRIs (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--threads", description = "parallel conversions (default: the number of cores)")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "text files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        return run(inputs, manifest, out, base, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /** Converts and reports on standard error; returns 0 when every file converted, 1 otherwise. */
    static int run(List<Path> inputs, Path manifestFile, Path out, String base, int threads) throws Exception {
        Manifest manifest = manifestFile == null ? Manifest.empty() : Manifest.read(manifestFile);
        List<Path> files = SourceFiles.expand(inputs);
        ConversionSummary summary;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("convert").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            summary = new Conversion(base, threads).run(files, manifest, out, name -> bar.step());
        }
        summary.warnings().forEach(w -> System.err.println("warning: " + w));
        summary.failures().forEach(f -> System.err.println("error: " + f));
        System.err.println(summary.describe() + " -> " + out);
        return summary.ok() ? 0 : 1;
    }
}
