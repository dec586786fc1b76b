package org.unkg.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.unkg.common.Sha256;
import org.unkg.load.StoreInfo;

/**
 * What an image holds, written as its first entry ({@code manifest.json}): the format and its version, the dataset
 * version (the store's id, which every replica serving the image announces), how the store was built (when, from
 * which files, by which program and store description), what it holds (quads, text index entries), and the size and
 * SHA-256 of every file of the store.
 *
 * @param formatVersion  the layout's version, {@link ImageFormat#VERSION} when written by this program
 * @param datasetVersion the store's id, e.g. {@code 20261122T101500Z-0a1b2c}
 * @param builtAt        when the store was built
 * @param quads          the quads it holds
 * @param textEntries    the entries of its text index
 * @param sources        the RDF files it was loaded from, each with its SHA-256 and the graph of its default graph
 * @param program        the program that built it
 * @param parts          every file of the store, in the order of the archive
 */
public record ImageManifest(int formatVersion, String datasetVersion, Instant builtAt, long quads, long textEntries,
                            List<StoreInfo.LoadedFile> sources, Program program, List<ImagePart> parts) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * The program that built the store.
     *
     * @param version      its version
     * @param sha256       its fingerprint (the jar's SHA-256); empty if the store predates the record of it
     * @param configSha256 the SHA-256 of the {@code config.ttl} the store was laid out and indexed by
     * @param jena         the Jena version it wrote the database with
     */
    public record Program(String version, String sha256, String configSha256, String jena) {
    }

    public ImageManifest {
        sources = List.copyOf(sources);
        parts = List.copyOf(parts);
    }

    /**
     * One SHA-256 for all the sources: that of the lines {@code "<sha256> <default graph>\n"} of the files, sorted.
     * Two stores loaded from the same files, wherever the files lay and in whatever order, have the same.
     */
    public String sourcesSha256() {
        List<String> lines = new ArrayList<>();
        for (StoreInfo.LoadedFile f : sources) {
            lines.add(f.sha256() + " " + f.defaultGraph() + "\n");
        }
        lines.sort(Comparator.naturalOrder());
        return Sha256.hex(String.join("", lines));
    }

    /** The bytes of the store once unpacked. */
    public long storeBytes() {
        return parts.stream().mapToLong(ImagePart::size).sum();
    }

    /** The manifest as written into the image: indented JSON, keys in a fixed order. */
    public byte[] toJson() {
        JsonObject root = new JsonObject();
        root.put("format", ImageFormat.NAME);
        root.put("formatVersion", formatVersion);
        root.put("datasetVersion", datasetVersion);
        root.put("builtAt", builtAt.toString());
        root.put("quads", quads);
        root.put("textEntries", textEntries);
        JsonObject sourceObject = new JsonObject();
        sourceObject.put("sha256", sourcesSha256());
        JsonArray files = new JsonArray();
        for (StoreInfo.LoadedFile f : sources) {
            JsonObject file = new JsonObject();
            file.put("path", f.path());
            file.put("sha256", f.sha256());
            file.put("defaultGraph", f.defaultGraph());
            files.add(file);
        }
        sourceObject.put("files", files);
        root.put("sources", sourceObject);
        JsonObject programObject = new JsonObject();
        programObject.put("version", program.version());
        programObject.put("sha256", program.sha256());
        programObject.put("configSha256", program.configSha256());
        programObject.put("jena", program.jena());
        root.put("program", programObject);
        JsonArray partArray = new JsonArray();
        for (ImagePart p : parts) {
            JsonObject part = new JsonObject();
            part.put("path", p.path());
            part.put("size", p.size());
            part.put("sha256", p.sha256());
            partArray.add(part);
        }
        root.put("parts", partArray);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Reads a manifest, refusing anything that is not one this program can serve.
     *
     * @param source names the image in messages
     */
    public static ImageManifest parse(byte[] json, String source) {
        JsonObject root;
        try {
            root = JSON.parse(new String(json, StandardCharsets.UTF_8));
        } catch (JsonException | IllegalArgumentException e) {
            throw new ImageException(source + ": not a UNKG store image: its manifest is not JSON (" + e.getMessage()
                    + ")", e);
        }
        ManifestFields r = new ManifestFields(root, source);
        if (!ImageFormat.NAME.equals(r.optionalString(root, "format"))) {
            throw new ImageException(source + ": not a UNKG store image: its manifest does not say \"format\": \""
                    + ImageFormat.NAME + "\"");
        }
        int version = (int) r.number(root, "formatVersion");
        if (version > ImageFormat.VERSION) {
            throw new ImageException(source + ": made by a newer program: image format " + version
                    + ", this program reads format " + ImageFormat.VERSION + " and older; upgrade it");
        }
        if (version < 1) {
            throw new ImageException(source + ": damaged manifest: format version " + version);
        }
        List<StoreInfo.LoadedFile> sources = new ArrayList<>();
        JsonObject sourceObject = r.object(root, "sources");
        for (JsonObject f : r.objects(sourceObject, "files")) {
            sources.add(new StoreInfo.LoadedFile(r.string(f, "path"), r.sha256(f, "sha256"),
                    r.string(f, "defaultGraph")));
        }
        JsonObject programObject = r.object(root, "program");
        Program program = new Program(r.string(programObject, "version"), r.optionalString(programObject, "sha256"),
                r.sha256(programObject, "configSha256"), r.string(programObject, "jena"));
        List<ImagePart> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonObject p : r.objects(root, "parts")) {
            String path = r.string(p, "path");
            if (!PartPaths.isSafe(path)) {
                throw new ImageException(source + ": damaged manifest: part \"" + path
                        + "\" is not a relative path inside the store");
            }
            if (!seen.add(path)) {
                throw new ImageException(source + ": damaged manifest: part " + path + " is listed twice");
            }
            long size = r.number(p, "size");
            if (size < 0) {
                throw new ImageException(source + ": damaged manifest: part " + path + " has size " + size);
            }
            parts.add(new ImagePart(path, size, r.sha256(p, "sha256")));
        }
        ImageManifest manifest = new ImageManifest(version, r.string(root, "datasetVersion"), r.instant(root, "builtAt"),
                r.number(root, "quads"), r.number(root, "textEntries"), sources, program, parts);
        String recorded = r.sha256(sourceObject, "sha256");
        if (!recorded.equals(manifest.sourcesSha256())) {
            throw new ImageException(source + ": damaged manifest: the sources' SHA-256 does not match their list");
        }
        return manifest;
    }

    /** Reads fields, naming the missing or malformed one. */
    private record ManifestFields(JsonObject root, String source) {

        private ImageException missing(String key, String what) {
            return new ImageException(source + ": damaged manifest: \"" + key + "\" is missing or not " + what);
        }

        String optionalString(JsonObject o, String key) {
            JsonValue v = o.get(key);
            return v != null && v.isString() ? v.getAsString().value() : "";
        }

        String string(JsonObject o, String key) {
            JsonValue v = o.get(key);
            if (v == null || !v.isString() || v.getAsString().value().isEmpty()) {
                throw missing(key, "a string");
            }
            return v.getAsString().value();
        }

        String sha256(JsonObject o, String key) {
            String value = string(o, key);
            if (!SHA256.matcher(value).matches()) {
                throw missing(key, "a SHA-256 in lower-case hexadecimal");
            }
            return value;
        }

        long number(JsonObject o, String key) {
            JsonValue v = o.get(key);
            if (v == null || !v.isNumber()) {
                throw missing(key, "a number");
            }
            JsonNumber n = v.getAsNumber();
            try {
                return new java.math.BigDecimal(n.value().toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw missing(key, "a whole number");
            }
        }

        Instant instant(JsonObject o, String key) {
            try {
                return Instant.parse(string(o, key));
            } catch (DateTimeParseException e) {
                throw missing(key, "an ISO-8601 instant");
            }
        }

        JsonObject object(JsonObject o, String key) {
            JsonValue v = o.get(key);
            if (v == null || !v.isObject()) {
                throw missing(key, "an object");
            }
            return v.getAsObject();
        }

        List<JsonObject> objects(JsonObject o, String key) {
            JsonValue v = o.get(key);
            if (v == null || !v.isArray()) {
                throw missing(key, "a list");
            }
            List<JsonObject> objects = new ArrayList<>();
            for (JsonValue item : v.getAsArray()) {
                if (!item.isObject()) {
                    throw missing(key, "a list of objects");
                }
                objects.add(item.getAsObject());
            }
            return objects;
        }
    }
}
