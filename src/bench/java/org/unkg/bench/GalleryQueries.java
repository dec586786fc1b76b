package org.unkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The queries of the query gallery ({@code queries/gallery.ttl}): each a SHACL SPARQL executable
 * ({@code sh:SPARQLSelectExecutable} with {@code sh:select}, {@code sh:SPARQLConstructExecutable} with
 * {@code sh:construct}, or {@code sh:SPARQLAskExecutable} with {@code sh:ask}) with an {@code rdfs:label};
 * prefixes declared through {@code sh:prefixes} are put before the text.
 */
public final class GalleryQueries {

    /** Where the gallery is in a checkout. */
    public static final String PATH = "queries/gallery.ttl";

    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** One query: its label and its full text. */
    public record Query(String label, String text, boolean construct) {
    }

    /** An aggregate query of the gallery, live, with its precomputed version ({@code dct:source} names the live one). */
    public record Pair(String id, Query live, Query precomputed) {
    }

    private GalleryQueries() {
    }

    /** The gallery of a checkout. */
    public static List<Query> locate(Path home) {
        Path file = home.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + ": no query gallery there; run the benchmark in a checkout");
        }
        return read(file);
    }

    public static List<Query> read(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, file.toString(), Lang.TURTLE);
        List<Query> found = queries(m);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(file + ": no sh:SPARQLSelectExecutable, sh:SPARQLConstructExecutable or"
                    + " sh:SPARQLAskExecutable");
        }
        return found;
    }

    /** The gallery's pairs of a live aggregate query and its precomputed version, by the live one's id. */
    public static List<Pair> pairs(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, file.toString(), Lang.TURTLE);
        Property select = m.createProperty(SH, "select");
        List<Pair> pairs = new ArrayList<>();
        for (Resource precomputed : m.listSubjectsWithProperty(DCTerms.source).toList()) {
            Resource live = precomputed.getPropertyResourceValue(DCTerms.source);
            if (live != null && live.hasProperty(select) && precomputed.hasProperty(select)) {
                pairs.add(new Pair(live.getLocalName(), selectQuery(live, select), selectQuery(precomputed, select)));
            }
        }
        pairs.sort(Comparator.comparing(Pair::id));
        return pairs;
    }

    private static Query selectQuery(Resource q, Property select) {
        String label = q.listProperties(RDFS.label).toList().stream().map(Statement::getLiteral)
                .filter(l -> l.getLanguage().equals("en")).map(l -> l.getString()).findFirst().orElse(q.getLocalName());
        return new Query(label, prefixes(q) + q.getProperty(select).getString(), false);
    }

    private static List<Query> queries(Model m) {
        Property select = m.createProperty(SH, "select");
        Property construct = m.createProperty(SH, "construct");
        Property ask = m.createProperty(SH, "ask");
        List<Query> found = new ArrayList<>();
        for (Property p : List.of(select, construct, ask)) {
            for (Statement st : m.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                Resource q = st.getSubject();
                String label = q.hasProperty(RDFS.label) ? q.getProperty(RDFS.label).getString()
                        : q.isURIResource() ? q.getLocalName() : "query " + (found.size() + 1);
                found.add(new Query(label, prefixes(q) + st.getString(), p.equals(construct)));
            }
        }
        found.sort(Comparator.comparing(Query::label));
        return found;
    }

    /** The {@code PREFIX} lines of the declarations an executable names with {@code sh:prefixes}. */
    private static String prefixes(Resource q) {
        Model m = q.getModel();
        Property prefixes = m.createProperty(SH, "prefixes");
        Property declare = m.createProperty(SH, "declare");
        Property prefix = m.createProperty(SH, "prefix");
        Property namespace = m.createProperty(SH, "namespace");
        StringBuilder sb = new StringBuilder();
        for (Statement p : q.listProperties(prefixes).toList()) {
            for (Statement d : p.getResource().listProperties(declare).toList()) {
                Resource decl = d.getResource();
                if (decl.hasProperty(prefix) && decl.hasProperty(namespace)) {
                    sb.append("PREFIX ").append(decl.getProperty(prefix).getString()).append(": <")
                            .append(decl.getProperty(namespace).getObject().isLiteral()
                                    ? decl.getProperty(namespace).getString()
                                    : decl.getProperty(namespace).getResource().getURI())
                            .append(">\n");
                }
            }
        }
        return sb.toString();
    }
}
