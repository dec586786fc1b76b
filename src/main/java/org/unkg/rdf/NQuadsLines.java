package org.unkg.rdf;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.base.CoreDatatype;

/**
 * Writes statements as N-Quads (or N-Triples) lines into a {@link StringBuilder}, character for character as Rio's
 * {@code NQuadsWriter} and {@code NTriplesWriter} write them with their default settings (non-ASCII characters as they
 * are, {@code xsd:string} literals plain). Rio hands every character to a {@link java.io.Writer} one at a time; a
 * converted document is hundreds of kilobytes of lines, and building them here, in the thread that converted the
 * document, takes that work off the single thread that writes the file. {@code NQuadsLinesTest} holds the two to the
 * same output.
 */
public final class NQuadsLines {

    private final boolean graphs;
    /**
     * Predicates and graphs as written, by identity: a document's statements share a few predicate objects and one
     * graph object, and writing them once each spares a scan of most of every line.
     */
    private final Map<Value, String> written = new IdentityHashMap<>();

    /** With {@code graphs} false the context is left out (N-Triples). */
    public NQuadsLines(boolean graphs) {
        this.graphs = graphs;
    }

    /** Appends one statement as a line. */
    public void append(Statement st, StringBuilder out) {
        value(st.getSubject(), out);
        out.append(' ');
        out.append(written.computeIfAbsent(st.getPredicate(), NQuadsLines::alone));
        out.append(' ');
        value(st.getObject(), out);
        Resource context = st.getContext();
        if (graphs && context != null) {
            out.append(' ');
            out.append(written.computeIfAbsent(context, NQuadsLines::alone));
        }
        out.append(" .\n");
    }

    /** Appends one statement as a line, without remembering anything. */
    public static void append(Statement st, boolean graph, StringBuilder out) {
        new NQuadsLines(graph).append(st, out);
    }

    private static String alone(Value v) {
        StringBuilder sb = new StringBuilder();
        value(v, sb);
        return sb.toString();
    }

    private static void value(Value v, StringBuilder out) {
        if (v instanceof IRI iri) {
            iri(iri, out);
        } else if (v instanceof Literal literal) {
            literal(literal, out);
        } else if (v instanceof BNode bnode) {
            bnode(bnode, out);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as N-Quads: " + v);
        }
    }

    private static void iri(IRI iri, StringBuilder out) {
        iri(iri, false, out);
    }

    /**
     * As Rio's {@code StringUtil.simpleEscapeIRI}: with {@code escapeUnicode} false (subjects, predicates, objects
     * and graphs) characters from U+00A0 on stay as they are; Rio writes a literal's datatype with them escaped.
     */
    private static void iri(IRI iri, boolean escapeUnicode, StringBuilder out) {
        String s = iri.toString();
        out.append('<');
        int n = s.length();
        int plain = 0;
        while (plain < n && s.charAt(plain) < KEPT_IN_IRI.length && KEPT_IN_IRI[s.charAt(plain)]) {
            plain++;
        }
        // nearly every IRI needs no escape at all: one copy of the whole string
        out.append(s, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            if (c < KEPT_IN_IRI.length) {
                if (KEPT_IN_IRI[c]) {
                    out.append(c);
                } else {
                    out.append('%').append(hex(c));
                }
            } else if (!escapeUnicode) {
                out.append(c);
            } else if (c <= 0xFF) {
                out.append("\\u00").append(hex(c));
            } else if (c <= 0x0FFF) {
                out.append("\\u0").append(hex(c));
            } else if (Character.isSurrogate(c) && i < n - 1) {
                int code = s.codePointAt(i);
                i++;
                out.append("\\U000").append(hex(code));
            } else {
                out.append("\\u").append(hex(c));
            }
        }
        out.append('>');
    }

    private static String hex(int c) {
        return Integer.toHexString(c).toUpperCase(Locale.US);
    }

    /** As Rio's {@code NTriplesUtil.append(Literal, ...)} without Unicode escapes and with plain xsd:string. */
    private static void literal(Literal lit, StringBuilder out) {
        out.append('"');
        String label = lit.getLabel();
        int n = label.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '"' -> "\\\"";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                out.append(label, from, i).append(escape);
                from = i + 1;
            }
        }
        out.append(label, from, n).append('"');
        if (lit.getCoreDatatype() == CoreDatatype.RDF.LANGSTRING) {
            out.append('@').append(lit.getLanguage().orElseThrow());
        } else if (!CoreDatatype.XSD.STRING.getIri().equals(lit.getDatatype())) {
            out.append("^^");
            iri(lit.getDatatype(), true, out);
        }
    }

    /** As Rio's {@code NTriplesWriter.writeBNode}. */
    private static void bnode(BNode bnode, StringBuilder out) {
        String id = bnode.getID();
        out.append("_:");
        if (id.isEmpty()) {
            out.append("genid").append(Integer.toHexString(bnode.hashCode()));
            return;
        }
        if (!isAsciiLetter(id.charAt(0))) {
            out.append("genid").append(Integer.toHexString(id.charAt(0)));
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append(Integer.toHexString(c));
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    /** The characters below U+00A0 that Rio leaves as they are in an IRI: letters, digits and some punctuation. */
    private static final boolean[] KEPT_IN_IRI = new boolean[0xA0];

    static {
        for (char c = 0; c < KEPT_IN_IRI.length; c++) {
            KEPT_IN_IRI[c] = isAsciiLetterOrDigit(c) || "_~.-!$&'()*+,;=:/?#@%[]".indexOf(c) >= 0;
        }
    }
}
