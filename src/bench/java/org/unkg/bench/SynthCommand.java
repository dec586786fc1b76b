package org.unkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unkg synth}: synthetic copies of the bundled resolutions, to multiply the corpus for benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = BenchMain.BenchVersion.class,
        description = {"Writes synthetic copies of the English resolutions of the bundled corpus, one folder per copy",
            "(synthetic-01/, synthetic-02/, ...), for benchmarks at a larger scale. Each copy has its own",
            "resolution number (1kkNNNN, no real resolution's), keeps its citations of real documents, and ends with",
            "a paragraph saying that it is synthetic. Convert them together with data/: ×N is N-1 copies."})
public final class SynthCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--copies", required = true, paramLabel = "N", description = "How many copies (1 to 99).")
    private int copies;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "data/en-resolutions",
            description = "The folder of resolutions to copy (default: ${DEFAULT-VALUE}).")
    private Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the copies' folders go.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        List<Path> folders = new SyntheticCorpus(from).write(copies, out);
        folders.forEach(f -> spec.commandLine().getOut().println(f));
        return 0;
    }
}
