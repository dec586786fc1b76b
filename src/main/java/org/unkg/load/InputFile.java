package org.unkg.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.unkg.common.IriScheme;

/**
 * A file to load, and the named graph that receives the triples it puts in its default graph.
 *
 * <p>The store's default graph is the union of the named graphs ({@code tdb2:unionDefaultGraph true}), which hides
 * the real default graph from every query; so nothing may be loaded there.
 *
 * @param path         the file; its syntax is given by its extension, and a further {@code .gz} means gzipped
 * @param defaultGraph an absolute IRI
 */
public record InputFile(Path path, String defaultGraph) {

    static final List<Lang> SYNTAXES = List.of(Lang.NQUADS, Lang.TRIG, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD);

    private static final String GZ = ".gz";

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(defaultGraph, "defaultGraph");
        try {
            if (!IRIx.create(defaultGraph).isAbsolute()) {
                throw new StoreException(path + ": graph IRI <" + defaultGraph + "> is not absolute");
            }
        } catch (IRIException e) {
            throw new StoreException(path + ": graph IRI <" + defaultGraph + "> is not valid: " + e.getMessage(), e);
        }
    }

    /** A file whose default-graph triples go to {@code https://w3id.org/unkg/graph/file/{base name}}. */
    public static InputFile of(Path path) {
        return new InputFile(path, IriScheme.standard().fileGraph(IriSegment.encode(baseName(path))));
    }

    /** A file whose default-graph triples go to the given graph. */
    public static InputFile of(Path path, String defaultGraph) {
        return new InputFile(path, defaultGraph);
    }

    public boolean gzipped() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GZ);
    }

    /** The RDF syntax, from the extension; fails naming the file and the extensions understood. */
    public Lang lang() {
        Lang lang = RDFLanguages.filenameToLang(withoutGz(path.getFileName().toString()));
        if (lang == null || !SYNTAXES.contains(lang)) {
            throw new StoreException(path + ": cannot tell the RDF syntax from the file name; expected one of "
                    + ".nq, .trig, .ttl, .nt, .jsonld, each optionally followed by .gz");
        }
        return lang;
    }

    /** The file name without {@code .gz} and without the syntax extension: {@code agenda-items} for {@code agenda-items.ttl.gz}. */
    public static String baseName(Path path) {
        String name = withoutGz(path.getFileName().toString());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String withoutGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(GZ) ? name.substring(0, name.length() - GZ.length()) : name;
    }

    /** Percent-encodes what may not stand in an IRI path segment; letters of any script stay as they are. */
    static final class IriSegment {

        private static final String ALLOWED_PUNCTUATION = "-._~!$&'()*+,;=:@";

        private IriSegment() {
        }

        static String encode(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                boolean asciiAllowed = cp < 0x80 && (Character.isLetterOrDigit(cp) || ALLOWED_PUNCTUATION.indexOf(cp) >= 0);
                boolean ucschar = cp >= 0xA0 && !Character.isSpaceChar(cp) && !Character.isISOControl(cp);
                if (asciiAllowed || ucschar) {
                    out.appendCodePoint(cp);
                } else {
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(String.format("%02X", b & 0xFF));
                    }
                }
            });
            return out.toString();
        }
    }
}
