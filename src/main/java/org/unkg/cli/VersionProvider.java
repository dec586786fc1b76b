package org.unkg.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest, so that it is stated in one place only. */
public final class VersionProvider implements IVersionProvider {

    /** The software version, or {@code "dev"} when running from compiled classes rather than the jar. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"unkg " + version()};
    }
}
