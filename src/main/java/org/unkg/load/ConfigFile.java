package org.unkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of the {@code fuseki-config} folder: the working directory's copy when there is one, so that a checkout can
 * be tried out with edited settings, else the copy packaged in the jar, so that the jar runs anywhere.
 */
public final class ConfigFile {

    public static final String CONFIG_TTL = "fuseki-config/config.ttl";
    public static final String CORS_PROPERTIES = "fuseki-config/cors.properties";

    private final byte[] bytes;
    private final String source;
    private final String baseIri;
    private final Path file;

    private ConfigFile(byte[] bytes, String source, String baseIri, Path file) {
        this.bytes = bytes;
        this.source = source;
        this.baseIri = baseIri;
        this.file = file;
    }

    /** The working directory's copy of {@code name} if it exists, else the jar's. */
    public static ConfigFile locate(String name) {
        Path local = Path.of(name);
        return Files.isRegularFile(local) ? read(local) : bundled(name);
    }

    public static ConfigFile read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return new ConfigFile(Files.readAllBytes(absolute), file.toString(), absolute.toUri().toString(), absolute);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The copy packaged in the jar (or in {@code target/classes} when running from the build). */
    public static ConfigFile bundled(String name) {
        URL url = ConfigFile.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new StoreException(name + ": not found, neither in the working directory nor inside the program");
        }
        try (InputStream in = url.openStream()) {
            return new ConfigFile(in.readAllBytes(), url.toString(), url.toString(), null);
        } catch (IOException e) {
            throw new StoreException(url + ": cannot read: " + e.getMessage(), e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Where it was read, for messages. */
    public String source() {
        return source;
    }

    /** The base for relative IRIs in it. */
    public String baseIri() {
        return baseIri;
    }

    /** The file on disk, if it was not read from the jar. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * A file on disk with this content, for APIs that only take a file name: the jar's copy is written to a
     * temporary file that is removed when the program ends.
     */
    public Path onDisk() {
        if (file != null) {
            return file;
        }
        try {
            Path tmp = Files.createTempFile("unkg-", "-" + source.substring(source.lastIndexOf('/') + 1));
            tmp.toFile().deleteOnExit();
            Files.write(tmp, bytes);
            return tmp;
        } catch (IOException e) {
            throw new StoreException(source + ": cannot copy to a temporary file: " + e.getMessage(), e);
        }
    }
}
