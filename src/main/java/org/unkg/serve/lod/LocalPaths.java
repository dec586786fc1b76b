package org.unkg.serve.lod;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.unkg.common.IriScheme;
import org.unkg.serve.http.Format;

/**
 * The addresses on this server of the IRIs under the base ({@code https://w3id.org/unkg/} unless configured).
 *
 * <p>An IRI {@code {base}id/X} is answered at {@code /id/X} (303 See Other), described at {@code /page/X} (HTML) and
 * {@code /data/X.ttl} and the other extensions (RDF). A named graph {@code {base}graph/X} is answered at
 * {@code /graph/X}, described at {@code /page/graph/X} and {@code /data/graph/X.nq}. No IRI lies under
 * {@code {base}id/graph/}, so the two never meet. The ontology's own terms, {@code {base}ontology#Term}, are
 * documented at {@code /ontology#Term}.
 *
 * <p>IRIs may hold characters a URL path must escape (spaces, non-ASCII letters); paths are written with those
 * escaped and every other character as it is, so that {@code S/RES/1373(2001)} keeps its parentheses. A request's path
 * is read both decoded ({@code %28} as {@code (}) and as sent, so that either spelling finds the IRI.
 */
public final class LocalPaths {

    public static final String ID = "id/";
    public static final String GRAPH = "graph/";
    public static final String ONTOLOGY = "ontology";

    private final IriScheme iris;
    private final String base;

    public LocalPaths(IriScheme iris) {
        this.iris = iris;
        this.base = iris.base();
    }

    /** The scheme of the IRIs these paths are of. */
    public IriScheme iris() {
        return iris;
    }

    public String base() {
        return base;
    }

    /** Whether the IRI lies under the base, in {@code id/} or {@code graph/}, and so has a page here. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base + ID) || iri.startsWith(base + GRAPH);
    }

    /** Whether the IRI names a named graph, {@code {base}graph/...}. */
    public boolean isGraph(String iri) {
        return iri.startsWith(base + GRAPH);
    }

    /** The key of a local IRI: what follows {@code {base}id/}, or {@code graph/...} for a graph. */
    private String key(String iri) {
        if (iri.startsWith(base + ID)) {
            return iri.substring(base.length() + ID.length());
        }
        if (iri.startsWith(base + GRAPH)) {
            return iri.substring(base.length());
        }
        throw new IllegalArgumentException(iri + " is not under " + base + ID + " or " + base + GRAPH);
    }

    /** {@code /page/X}: the HTML page of a local IRI. */
    public String page(String iri) {
        return "/page/" + escape(key(iri));
    }

    /** {@code /data/X.ext}: the IRI's description in an RDF format. */
    public String data(String iri, Format format) {
        return "/data/" + escape(key(iri)) + "." + format.extension();
    }

    /**
     * Where a link to an IRI leads a reader: its page for a local IRI, the ontology's documentation for one of its
     * terms, the IRI itself for a web address elsewhere, and nowhere (null) for anything else, such as a
     * {@code javascript:} or {@code data:} IRI.
     */
    public String href(String iri) {
        if (isLocal(iri)) {
            return page(iri);
        }
        if (iri.startsWith(base + ONTOLOGY + "#")) {
            return "/" + ONTOLOGY + "#" + escape(iri.substring(base.length() + ONTOLOGY.length() + 1));
        }
        if (iri.equals(base + ONTOLOGY)) {
            return "/" + ONTOLOGY;
        }
        return external(iri);
    }

    /** An IRI usable as a link out: only {@code http} and {@code https}, else null. */
    public static String external(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    /**
     * The IRIs a request path (after the prefix, such as {@code /page/}) may name, the likeliest first: the path
     * decoded, then as sent when that differs. {@code graph} tells whether the prefix was one of graphs.
     */
    List<String> candidates(String rawPath, boolean graph) {
        String prefix = base + (graph ? GRAPH : ID);
        List<String> iris = new ArrayList<>();
        Optional<String> decoded = decode(rawPath);
        decoded.ifPresent(d -> iris.add(prefix + d));
        if (decoded.isEmpty() || !decoded.get().equals(rawPath)) {
            iris.add(prefix + rawPath);
        }
        return iris;
    }

    /**
     * For a request path after {@code /page/} or {@code /data/}: whether it names a graph ({@code graph/...}), and
     * the rest.
     */
    static boolean namesGraph(String rawPath) {
        return rawPath.startsWith(GRAPH);
    }

    /** A path's last extension, if it is one of the formats': {@code S/PV.4385.ttl} has {@code ttl}. */
    static Optional<Format> extension(String rawPath) {
        int slash = rawPath.lastIndexOf('/');
        int dot = rawPath.lastIndexOf('.');
        if (dot <= slash + 1) {
            return Optional.empty();
        }
        return Format.byExtension(rawPath.substring(dot + 1));
    }

    /** The path without its extension. */
    static String stripExtension(String rawPath, Format format) {
        return rawPath.substring(0, rawPath.length() - format.extension().length() - 1);
    }

    /** Escapes what may not stand in a URL path: spaces, controls, non-ASCII, and the few reserved characters. */
    public static String escape(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b > 0x20 && b < 0x7f && "\"<>\\^`{|}#?".indexOf(b) < 0
                    && !(b == '%' && !escaped(bytes, i));
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A query parameter's value, encoded. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean escaped(byte[] bytes, int percent) {
        return percent + 2 < bytes.length && hex((char) bytes[percent + 1]) >= 0 && hex((char) bytes[percent + 2]) >= 0;
    }

    /** Percent-decodes a path as UTF-8 ({@code +} stays a plus); empty when the escapes are not valid UTF-8. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int percent = raw.indexOf('%', i);
            int end = percent < 0 ? raw.length() : percent;
            bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= raw.length() || hex(raw.charAt(percent + 1)) < 0 || hex(raw.charAt(percent + 2)) < 0) {
                return Optional.empty();
            }
            bytes.write(hex(raw.charAt(percent + 1)) * 16 + hex(raw.charAt(percent + 2)));
            i = percent + 3;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
