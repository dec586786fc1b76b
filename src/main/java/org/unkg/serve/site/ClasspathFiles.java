package org.unkg.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.unkg.serve.http.Etags;

/**
 * Files of the classpath under one root, read once and kept: the pages' own stylesheets and scripts, and the
 * WebJars'. A name that climbs out of the root ({@code ..}), or names a folder, finds nothing.
 */
final class ClasspathFiles {

    /** A file's bytes with its media type and a strong validator. */
    record File(byte[] body, String contentType, String etag) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ttl", "text/turtle; charset=utf-8"));

    private final String root;
    private final ClassLoader loader;
    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    /** Files under {@code root}, a classpath folder such as {@code META-INF/resources/webjars/}. */
    ClasspathFiles(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.loader = ClasspathFiles.class.getClassLoader();
    }

    /** The file at {@code name} (relative to the root, without a leading slash), if it exists and has a known type. */
    Optional<File> find(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("\\")
                || name.contains("//") || name.contains("..")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, this::read);
    }

    private Optional<File> read(String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            return Optional.of(new File(body, type, Etags.of(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + name + " from the classpath", e);
        }
    }
}
