package org.unkg.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code java -jar target/unkg-bench.jar}: the benchmark, a program apart from the one it measures ({@code ./unkg
 * bench}, {@code ./unkg synth} and {@code ./unkg soak} run it).
 */
@Command(name = "unkg-bench", mixinStandardHelpOptions = true, versionProvider = BenchMain.BenchVersion.class,
        description = "Measures UNKG: conversion, load, queries, pages and up; synthetic corpora; soak runs.",
        subcommands = {BenchCommand.class, SynthCommand.class, SoakRun.class, CommandLine.HelpCommand.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /** The version Maven wrote into the benchmark's jar. */
    static final class BenchVersion implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String v = BenchMain.class.getPackage().getImplementationVersion();
            return new String[] {"unkg-bench " + (v == null ? "dev" : v)};
        }
    }
}
