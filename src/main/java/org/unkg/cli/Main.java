package org.unkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unkg} command line: one subcommand per pipeline stage, plus {@code up} for the whole job. */
@Command(name = "unkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "UNKG: a knowledge graph of United Nations documents.",
        subcommands = {UpCommand.class, ConvertCommand.class, LoadCommand.class, ServeCommand.class, ImageCommand.class,
                ValidateCommand.class, DiscoveredCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status, without exiting: tests call this. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
