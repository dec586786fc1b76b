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
        LangText title,
        List<LangText> otherTitles,
        String iri,
        List<Field> fields,
        List<Description> descriptions,
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
    public record LangText(String value, String lang) {
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
    public record TextRun(String text, String href, boolean code) {
    }

    /** A paragraph of running text. */
    public record Paragraph(List<TextRun> segments) {
    }

    /** A comment or description in one language. */
    public record Description(String lang, String languageName, List<Paragraph> paragraphs) {
    }

    /** A metadata field of the ontology with its values. */
    public record Field(String name, List<FieldValue> values) {
    }

    /** A value of a field: a literal, or an IRI (linked when it is http or https). */
    public record FieldValue(String text, String lang, String href, boolean iri) {
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
            LangText label,
            List<LangText> labels,
            Description comment,
            List<Description> otherComments,
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
    public record ExternalTerm(Term term, List<LangText> labels, String kind, List<Term> alignedTerms) {
    }

    /** A namespace prefix. */
    public record Namespace(String prefix, String uri) {
    }

    /**
     * The diagram of the main classes, which the page's script draws with Cytoscape.js, and lists for readers the
     * canvas does not serve.
     *
     * @param nodes    the main classes
     * @param edges    the object properties between them, one edge per domain and range
     * @param elements the same as Cytoscape.js elements, in JSON
     */
    public record Diagram(List<DiagramNode> nodes, List<DiagramEdge> edges, String elements) {
    }

    /** A class in the diagram. */
    public record DiagramNode(Term term) {

        /** Its label, else its prefixed name. */
        public String name() {
            return term.label() != null ? term.label() : term.curie();
        }
    }

    /**
     * An object property from one class to another in the diagram, drawn in a colour (a class of the stylesheet,
     * {@code c0} to {@code c7}) and a line style ({@code solid}, {@code dashed}, {@code dotted}) of its own.
     */
    public record DiagramEdge(String id, Term source, Term property, Term target, String colour, String line) {

        /** The property's label, else its prefixed name. */
        public String name() {
            return property.label() != null ? property.label() : property.curie();
        }
    }
}
