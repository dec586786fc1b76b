package org.unkg.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.unkg.common.Unkg;

/**
 * What the counts of the statistics graph need to know of the corpus, gathered from the stream of quads as they are
 * loaded, in any order and whatever graph they come in (the counts are those of the union graph, as the endpoint
 * sees it): the documents of the corpus (those with a {@code unkg:hasVersion}) with their year, classes and
 * languages; the paragraphs and the document they are part of; and who cites, names and has as theme what. Only
 * these few edges are kept, as sets, so that a statement sent twice counts once.
 */
final class CorpusCounts {

    private static final Node HAS_VERSION = NodeFactory.createURI(Unkg.HAS_VERSION);
    private static final Node CITES = NodeFactory.createURI(Unkg.CITES);
    private static final Node MENTIONS = NodeFactory.createURI(Unkg.MENTIONS);
    private static final Node IS_PART_OF = DCTerms.isPartOf.asNode();
    private static final Node SUBJECT = DCTerms.subject.asNode();
    private static final Node DATE = DCTerms.date.asNode();
    private static final Node LANGUAGE = DCTerms.language.asNode();
    private static final Node TYPE = RDF.type.asNode();
    static final Node DOCUMENT = NodeFactory.createURI(Unkg.DOCUMENT);
    /** The year of an {@code xsd:date} or {@code xsd:dateTime}: its digits before the month, a sign allowed. */
    private static final Pattern YEAR = Pattern.compile("^(-?\\d{4,})-\\d\\d-\\d\\d");

    private final Set<Node> documentClasses;

    final Map<Node, Set<Node>> versions = new HashMap<>();
    final Map<Node, Node> languageOfVersion = new HashMap<>();
    final Map<Node, String> yearOf = new HashMap<>();
    final Map<Node, Set<Node>> documentTypes = new HashMap<>();
    final Map<Node, Node> documentOfPart = new HashMap<>();
    final Map<Node, Set<Node>> citing = new HashMap<>();
    final Map<Node, Set<Node>> naming = new HashMap<>();
    final Map<Node, Set<Node>> withTheme = new HashMap<>();

    /** @param documentClasses the classes whose members are documents: {@code unkg:Document} and its subclasses */
    CorpusCounts(Set<Node> documentClasses) {
        this.documentClasses = Set.copyOf(documentClasses);
    }

    void add(Quad q) {
        Node s = q.getSubject();
        Node p = q.getPredicate();
        Node o = q.getObject();
        if (p.equals(TYPE)) {
            if (documentClasses.contains(o)) {
                documentTypes.computeIfAbsent(s, k -> new LinkedHashSet<>(2)).add(o);
            }
        } else if (p.equals(HAS_VERSION)) {
            versions.computeIfAbsent(s, k -> new HashSet<>(2)).add(o);
        } else if (p.equals(LANGUAGE) && o.isURI()) {
            languageOfVersion.put(s, o);
        } else if (p.equals(DATE) && o.isLiteral()) {
            year(o).ifPresent(y -> yearOf.putIfAbsent(s, y));
        } else if (p.equals(IS_PART_OF) && o.isURI()) {
            documentOfPart.putIfAbsent(s, o);
        } else if (p.equals(CITES)) {
            citing.computeIfAbsent(o, k -> new HashSet<>()).add(s);
        } else if (p.equals(MENTIONS)) {
            naming.computeIfAbsent(o, k -> new HashSet<>()).add(s);
        } else if (p.equals(SUBJECT) && o.isURI()) {
            withTheme.computeIfAbsent(o, k -> new HashSet<>()).add(s);
        }
    }

    /** Whether a node is a document of the corpus: one with a language version. */
    boolean isDocument(Node node) {
        return versions.containsKey(node);
    }

    /** The document of the corpus a paragraph is part of, or null. */
    Node documentOf(Node paragraph) {
        Node document = documentOfPart.get(paragraph);
        return document != null && isDocument(document) ? document : null;
    }

    /**
     * The most specific document classes of a document: its classes other than {@code unkg:Document}, else
     * {@code unkg:Document}.
     */
    Set<Node> typesOf(Node document) {
        Set<Node> types = new LinkedHashSet<>(documentTypes.getOrDefault(document, Set.of()));
        if (types.size() > 1) {
            types.remove(DOCUMENT);
        }
        return types.isEmpty() ? Set.of(DOCUMENT) : types;
    }

    /** The languages of a document's versions. */
    Set<Node> languagesOf(Node document) {
        Set<Node> languages = new LinkedHashSet<>();
        for (Node version : versions.getOrDefault(document, Set.of())) {
            Node language = languageOfVersion.get(version);
            if (language != null) {
                languages.add(language);
            }
        }
        return languages;
    }

    static Optional<String> year(Node date) {
        Matcher m = YEAR.matcher(date.getLiteralLexicalForm());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
