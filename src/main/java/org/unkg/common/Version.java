package org.unkg.common;

/**
 * The program's version, as Maven wrote it into the jar's manifest: the one place it is stated, read by the command
 * line, the converter's provenance, the store's record of what built it and the fingerprint of {@code up}.
 */
public final class Version {

    private Version() {
    }

    /** The software version, or {@code "dev"} when running from compiled classes rather than the jar. */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
