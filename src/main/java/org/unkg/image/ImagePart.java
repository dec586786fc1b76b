package org.unkg.image;

/**
 * One file of the packed store, as the manifest lists it.
 *
 * @param path   its path inside the store directory, with {@code /} between folders ({@code tdb2/Data-0001/GSPO.dat})
 * @param size   its length in bytes
 * @param sha256 the SHA-256 of its bytes, in lower-case hexadecimal
 */
public record ImagePart(String path, long size, String sha256) {
}
