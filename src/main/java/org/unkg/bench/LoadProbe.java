package org.unkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unkg.load.InputFile;
import org.unkg.load.LoadResult;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreLayout;
import org.unkg.progress.Progress;

/**
 * Runs {@code unkg load}'s {@link StoreBuilder} on files in a process of its own and prints how long each of its
 * steps took, one tab-separated line per step ({@code step NAME SECONDS COUNT UNIT}) and one for the whole
 * ({@code total SECONDS QUADS TEXT_ENTRIES}). The benchmark runs it as it runs Jena's loader, so that both pay for
 * the start of a JVM.
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: LoadProbe DB FILE...");
            System.exit(2);
        }
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(InputFile.of(Path.of(args[i])));
        }
        List<String> steps = new ArrayList<>();
        Progress recording = (name, total, unit) -> new Progress.Step() {
            private final long started = System.nanoTime();
            private long count;

            @Override
            public void advance(long n) {
                count += n;
            }

            @Override
            public void close() {
                steps.add("step\t" + name + "\t" + (System.nanoTime() - started) / 1e9 + "\t" + count + "\t"
                        + unit.name().toLowerCase(java.util.Locale.ROOT));
            }
        };
        long t0 = System.nanoTime();
        LoadResult result = new StoreBuilder(new StoreLayout(Path.of(args[0])), StoreConfig.locate())
                .progress(recording).build(inputs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        steps.forEach(System.out::println);
        System.out.println("total\t" + seconds + "\t" + result.info().quads() + "\t" + result.info().textEntries());
    }
}
