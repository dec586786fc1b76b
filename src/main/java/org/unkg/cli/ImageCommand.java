package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.unkg.image.ImageBuilder;
import org.unkg.image.ImageLocation;
import org.unkg.image.ImageManifest;
import org.unkg.image.ImageVerifier;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;
import org.unkg.progress.ConsoleProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg image build|verify}: a built store as one file that replicas fetch, verify and serve. */
@Command(name = "image", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A store image: the current store of a --db directory (TDB2 database, text index, statistics,",
            "dump) packed into one Zstandard-compressed tar file with a manifest (format version, dataset version,",
            "the sources' and the program's fingerprints, quad count, build time, the SHA-256 of every part).",
            "'unkg serve --image FILE|URL' fetches, verifies, unpacks and serves one."},
        subcommands = {ImageCommand.Build.class, ImageCommand.Verify.class, CommandLine.HelpCommand.class})
public final class ImageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code unkg image build --db DIR --out FILE}. */
    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Packs the current store of DIR into FILE (replaced when complete; the store is read, never",
                "changed) and writes FILE.sha256 beside it."})
    static final class Build implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store directory given to 'load'.")
        private Path db;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "The image file to write, e.g. unkg.tar.zst.")
        private Path out;

        @Override
        public Integer call() {
            try {
                ImageManifest manifest = new ImageBuilder(new ConsoleProgress())
                        .build(new StoreLayout(db).requireCurrent(), out);
                PrintWriter o = spec.commandLine().getOut();
                o.printf("Image %s: dataset version %s, %,d quads, %d parts, %s packed into %s.%n", out,
                        manifest.datasetVersion(), manifest.quads(), manifest.parts().size(),
                        size(manifest.storeBytes()), size(Files.size(out)));
                o.flush();
                return 0;
            } catch (StoreException | java.io.IOException e) {
                spec.commandLine().getErr().println("unkg image build: " + e.getMessage());
                return 1;
            }
        }
    }

    /** A size in MB, or in kB below a megabyte. */
    static String size(long bytes) {
        return bytes >= 1_000_000 ? String.format("%,d MB", bytes / 1_000_000) : String.format("%,d kB", bytes / 1000);
    }

    /** {@code unkg image verify FILE|URL}. */
    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Reads a whole image and checks it: its format, and every part against its size and SHA-256",
                "in the manifest. Prints what the manifest says; exit status 1 if the image is damaged, truncated,",
                "foreign or of a newer format."})
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE|URL", description = "The image: a path, or an http(s) URL.")
        private String image;

        @Override
        public Integer call() {
            try {
                ImageManifest m = new ImageVerifier(new ConsoleProgress()).verify(ImageLocation.parse(image));
                PrintWriter o = spec.commandLine().getOut();
                o.printf("%s: a UNKG store image, format %d, verified: every one of its %d parts (%,d bytes) matches "
                        + "its SHA-256.%n", image, m.formatVersion(), m.parts().size(), m.storeBytes());
                o.printf("  dataset version  %s%n", m.datasetVersion());
                o.printf("  built at         %s%n", m.builtAt());
                o.printf("  quads            %,d%n", m.quads());
                o.printf("  text entries     %,d%n", m.textEntries());
                o.printf("  sources          %d files, SHA-256 %s%n", m.sources().size(), m.sourcesSha256());
                o.printf("  program          unkg %s, SHA-256 %s, Jena %s%n", m.program().version(),
                        m.program().sha256().isEmpty() ? "(not recorded)" : m.program().sha256(), m.program().jena());
                o.printf("  config.ttl       SHA-256 %s%n", m.program().configSha256());
                o.flush();
                return 0;
            } catch (StoreException e) {
                spec.commandLine().getErr().println("unkg image verify: " + e.getMessage());
                return 1;
            }
        }
    }
}
