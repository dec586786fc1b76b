package org.unkg.serve.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;

/**
 * The query gallery, {@code queries/gallery.ttl} on the classpath: example queries as SHACL SPARQL executables in
 * the manner of the SIB's sparql-examples, and the prefixes they declare ({@code sh:declare}), which the editor
 * offers for completion and the pages use to shorten IRIs.
 *
 * <pre>{@code
 * Gallery gallery = Gallery.load();
 * for (Gallery.Example e : gallery.examples()) { e.label("zh"); e.query(); }
 * }</pre>
 */
public final class Gallery {

    /** Where the file is on the classpath (the POM copies {@code queries/} there). */
    public static final String RESOURCE = "queries/gallery.ttl";

    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SCHEMA = "https://schema.org/";

    private static final Map<String, String> KINDS = Map.of("select", "SELECT", "ask", "ASK", "construct",
            "CONSTRUCT", "describe", "DESCRIBE");

    /**
     * One example.
     *
     * @param iri      its IRI, {@code https://w3id.org/unkg/queries/cited-by-1373}
     * @param id       the last segment of the IRI, {@code cited-by-1373}
     * @param kind     SELECT, ASK, CONSTRUCT or DESCRIBE
     * @param query    the full query text, PREFIX lines included
     * @param labels   its label by language tag
     * @param comments its description by language tag
     * @param keywords its keywords by language tag ("" for those of every language)
     * @param order    its place in the list ({@code sh:order})
     */
    public record Example(String iri, String id, String kind, String query, Map<String, String> labels,
                          Map<String, String> comments, Map<String, List<String>> keywords, int order) {

        /** The keywords in a language, and those of no language. */
        public List<String> keywords(String lang) {
            List<String> words = new ArrayList<>(keywords.getOrDefault(lang, List.of()));
            words.addAll(keywords.getOrDefault("", List.of()));
            return words;
        }

        /** The label in a language, else in English, else in any. */
        public String label(String lang) {
            return inLanguage(labels, lang);
        }

        /** The description in a language, else in English, else in any. */
        public String comment(String lang) {
            return inLanguage(comments, lang);
        }

        private static String inLanguage(Map<String, String> texts, String lang) {
            if (texts.containsKey(lang)) {
                return texts.get(lang);
            }
            if (texts.containsKey("en")) {
                return texts.get("en");
            }
            return texts.values().stream().findFirst().orElse("");
        }
    }

    private static Gallery instance;

    private final Model model;
    private final List<Example> examples;
    private final Map<String, String> prefixes;

    private Gallery(Model model) {
        this.model = model;
        this.prefixes = readPrefixes(model);
        this.examples = readExamples(model);
    }

    /** The gallery on the classpath, read once. */
    public static synchronized Gallery load() {
        if (instance == null) {
            try (InputStream in = Gallery.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                instance = parse(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return instance;
    }

    /** Reads a gallery from Turtle; fails naming the source and the line when it does not parse. */
    public static Gallery parse(InputStream turtle, String source) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(model);
        } catch (RiotException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
        return new Gallery(model);
    }

    /** The examples in the order the gallery gives them ({@code sh:order}). */
    public List<Example> examples() {
        return examples;
    }

    /** The declared prefixes, by prefix, in alphabetical order. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** The declared prefixes as a Jena prefix mapping, to shorten IRIs. */
    public PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(prefixes).lock();
    }

    /** The gallery as RDF, as it is in the file. */
    public Model model() {
        return model;
    }

    private static Map<String, String> readPrefixes(Model model) {
        Map<String, String> prefixes = new TreeMap<>();
        Property declare = model.createProperty(SH, "declare");
        Property prefix = model.createProperty(SH, "prefix");
        Property namespace = model.createProperty(SH, "namespace");
        for (Statement s : model.listStatements(null, declare, (RDFNode) null).toList()) {
            Resource d = s.getResource();
            if (d.hasProperty(prefix) && d.hasProperty(namespace)) {
                prefixes.put(d.getProperty(prefix).getString(), d.getProperty(namespace).getString());
            }
        }
        return java.util.Collections.unmodifiableMap(prefixes);
    }

    private static List<Example> readExamples(Model model) {
        List<Example> examples = new ArrayList<>();
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            Property text = model.createProperty(SH, kind.getKey());
            for (Statement s : model.listStatements(null, text, (RDFNode) null).toList()) {
                Resource r = s.getSubject();
                String iri = r.getURI();
                String id = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
                Map<String, List<String>> keywords = new TreeMap<>();
                for (Statement k : r.listProperties(model.createProperty(SCHEMA, "keywords")).toList()) {
                    keywords.computeIfAbsent(k.getLanguage(), l -> new ArrayList<>()).add(k.getString());
                }
                keywords.replaceAll((l, words) -> words.stream().sorted().toList());
                Statement order = r.getProperty(model.createProperty(SH, "order"));
                examples.add(new Example(iri, id, kind.getValue(), s.getString(), texts(r, RDFS.label),
                        texts(r, RDFS.comment), keywords, order == null ? Integer.MAX_VALUE : order.getInt()));
            }
        }
        examples.sort(Comparator.comparingInt(Example::order).thenComparing(Example::id));
        return List.copyOf(examples);
    }

    private static Map<String, String> texts(Resource r, Property p) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                texts.put(l.getLanguage(), l.getString());
            }
        }
        return Map.copyOf(texts);
    }
}
