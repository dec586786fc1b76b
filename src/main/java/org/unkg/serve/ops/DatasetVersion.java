package org.unkg.serve.ops;

import org.unkg.common.Sha256;

/**
 * The version of the dataset a server answers from, and what is derived from it. It is the store's id
 * ({@code 20261122T101500Z-0a1b2c}): a store is built once and never changed, so its id names its content, and every
 * replica serving the same image announces the same version.
 *
 * @param version the store's id
 * @param program the fingerprint of the program serving it, which shapes the pages as much as the data does
 */
public record DatasetVersion(String version, String program) {

    /** The response header that carries the version on every answer. */
    public static final String HEADER = "UNKG-Dataset-Version";

    /**
     * A strong entity tag for one representation: the dataset version, then a digest of the program and of what
     * the representation depends on besides the data ({@code variant}: the address, the negotiated headers). It
     * changes whenever the store or the program does, is the same on every replica serving the same image, and can
     * be told apart from tags of other versions by eye.
     */
    public String entityTag(String variant) {
        return "\"" + version + "-" + Sha256.hex(program + "\n" + variant).substring(0, 16) + "\"";
    }
}
