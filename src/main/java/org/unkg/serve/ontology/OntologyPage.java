package org.unkg.serve.ontology;

import java.util.List;
import java.util.Map;

/**
 * What the HTML documentation page shows, in one reader language: plain values taken from the ontology graph by
 * {@link OntologyPageBuilder}, rendered by {@link PageRenderer}'s template, which escapes every one of them.
 *
 * @param lang          the reader's language, {@code en} or {@code zh}
 * @param languages     the language switch, one entry per page language
 * @param t             the page's own words (headings, field names) in the reader's language
 * @param title         the ontology's title in the reader's language (or the nearest one)
 * @param otherTitles   its titles in the other languages
 * @param iri           the ontology IRI
 * @param fields        version IRI, version, dates, creator, licence, prefix, namespace, see also
 * @param descriptions  the ontology's descriptions, the reader's language first
 * @param downloads     the ontology (and shapes) in each RDF format, by relative URL
 * @param classTree     the class hierarchy of the ontology's own classes, for the table of contents
 * @param classes       every class of the ontology, in the order of the tree
 * @param objectProperties   every object property, by local name
 * @param datatypeProperties every datatype property, by local name
 * @param annotationProperties every annotation property the ontology defines, by local name
 * @param external      the terms of other vocabularies the ontology declares, aligns to or labels
 * @param namespaces    the prefixes the ontology's IRIs use
 * @param diagram       the main classes and the object properties between them
 */
public record OntologyPage(
        String lang,
        List<Language> languages,
        Map<String, String> t,
        Text title,
        List<Text> otherTitles,
        String iri,
        List<Field> fields,
        List<Block> descriptions,
        List<Download> downloads,
        List<TreeNode> classTree,
        List<TermDoc> classes,
        List<TermDoc> objectProperties,
        List<TermDoc> datatypeProperties,
        List<TermDoc> annotationProperties,
        List<ExternalTerm> external,
        List<Namespace> namespaces,
        Diagram diagram) {

    /** A literal with its language tag ({@code ""} when it has none). */
    public record Text(String value, String lang) {
    }

    /** An entry of the language switch. */
    public record Language(String code, String name, String href, boolean current) {
    }

    /**
     * A reference to a term: linked to its section when the ontology defines it, else to its IRI.
     *
     * @param label     its label in the reader's language or the nearest one; null when it has none
     * @param labelLang that label's language
     * @param curie     its prefixed name, or the IRI when no prefix fits
     * @param iri       its IRI; null for an anonymous class
     * @param href      where a link goes; null when there is nothing safe to link to
     * @param local     defined by this ontology
     */
    public record Term(String label, String labelLang, String curie, String iri, String href, boolean local) {
    }

    /** A class expression: one class, or classes joined by {@code or}/{@code and}, or one negated by {@code not}. */
    public record Expression(String operator, List<Term> operands) {

        public boolean simple() {
            return operator.isEmpty();
        }
    }

    /** A piece of running text: plain, or a link to a term or a web page that the text names. */
    public record Segment(String text, String href, boolean code) {
    }

    /** A paragraph of running text. */
    public record Paragraph(List<Segment> segments) {
    }

    /** A comment or description in one language. */
    public record Block(String lang, String languageName, List<Paragraph> paragraphs) {
    }

    /** A metadata field of the ontology with its values. */
    public record Field(String name, List<Value> values) {
    }

    /** A value of a field: a literal, or an IRI (linked when it is http or https). */
    public record Value(String text, String lang, String href, boolean iri) {
    }

    /** A download link; {@code alternate} when it is this page's ontology in another format. */
    public record Download(String label, String href, String mediaType, boolean alternate) {
    }

    /** A class in the table of contents, with its subclasses. */
    public record TreeNode(Term term, List<TreeNode> children) {
    }

    /**
     * The documentation of one term of the ontology.
     *
     * @param id              its anchor, the local name
     * @param labels          its labels, one per page language it has (English, then Chinese)
     * @param comment         its comment in the reader's language (or the nearest)
     * @param otherComments   its comments in the other languages
     * @param characteristics functional, inverse functional, irreflexive ... in the reader's language
     * @param superTerms      superclasses or super-properties, named or anonymous
     * @param subTerms        the ontology's subclasses or sub-properties of it
     */
    public record TermDoc(
            String id,
            String iri,
            String curie,
            Text label,
            List<Text> labels,
            Block comment,
            List<Block> otherComments,
            List<String> characteristics,
            List<Expression> superTerms,
            List<Term> subTerms,
            List<Expression> equivalents,
            List<Term> disjoint,
            List<Term> keys,
            List<Expression> domain,
            List<Expression> range,
            List<Term> inverse,
            List<Term> inDomainOf,
            List<Term> inRangeOf,
            List<Term> seeAlso) {
    }

    /** A term of another vocabulary that the ontology uses, with the ontology's terms aligned to it. */
    public record ExternalTerm(Term term, List<Text> labels, String kind, List<Term> alignedTerms) {
    }

    /** A namespace prefix. */
    public record Namespace(String prefix, String uri) {
    }

    /**
     * The diagram, laid out: coordinates are SVG user units, as text.
     *
     * @param viewBox the SVG viewBox
     * @param nodes   the main classes
     * @param edges   the object properties between them, one curve each
     * @param legend  one entry per object property drawn
     */
    public record Diagram(String viewBox, String width, String height, List<DiagramNode> nodes,
            List<DiagramEdge> edges, List<LegendEntry> legend, List<Marker> markers) {
    }

    /** A class in the diagram: a box and its label. */
    public record DiagramNode(String href, String label, String lang, String title, String x, String y, String width,
            String height, String textX, String textY) {
    }

    /** An object property between two classes in the diagram. */
    public record DiagramEdge(String path, String color, String dash, String marker, String title) {
    }

    /** The legend line of a property: its colour and dash, its name. */
    public record LegendEntry(String href, String label, String lang, String curie, String color, String dash,
            String marker, String lineY, String textY, String x1, String x2, String textX) {
    }

    /** An arrowhead in one colour. */
    public record Marker(String id, String color) {
    }
}
