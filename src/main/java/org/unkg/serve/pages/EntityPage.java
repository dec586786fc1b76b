package org.unkg.serve.pages;

import java.util.List;

/**
 * What an entity page shows, in the reader's language; plain values that the template {@code entity.peb} escapes
 * one by one (the embedded JSON-LD is escaped for its script element before it gets here).
 *
 * @param iri the IRI the page describes
 * @param title its name in the reader's language, or the nearest
 * @param titleLang the name's language tag, {@code ""} if none
 * @param subtitles other names worth showing under the title (a document's titles in its languages)
 * @param kind what sort of thing it is, for the graph's colours and the page's class ({@code document},
 *        {@code organization}, {@code paragraph}...)
 * @param types its most specific classes
 * @param entailedTypes the classes it has because of those
 * @param formats the description in each RDF format
 * @param links links out: undocs.org, the UN Digital Library, the UNBIS Thesaurus, Wikidata
 * @param sparqlHref the SPARQL editor with {@code DESCRIBE <iri>}
 * @param properties its statements, one row per property shown
 * @param inverse the things that link to it, grouped by property
 * @param entailed the properties the store added through the aligned vocabularies, with their counts
 * @param paragraphs the paragraphs to show: a document's in reading order, a paragraph's own, a mention's
 * @param provenance where the statements come from
 * @param graphs a few of the named graphs that hold statements about it, its own first
 * @param moreGraphs how many more there are, in words; {@code ""} if none
 * @param jsonLd the JSON-LD of the page's statements, safe inside a script element
 * @param neighbourhood the address of the graph viewer's data
 * @param kindNames the names of the kinds of node in the reader's language, as a JSON object for the graph's legend
 * @param discovered whether no vocabulary lists it: the converter found its name in the text
 */
record EntityPage(
        String iri,
        String title,
        String titleLang,
        List<Text> subtitles,
        String kind,
        List<Ref> types,
        List<Ref> entailedTypes,
        List<Ref> formats,
        List<Ref> links,
        String sparqlHref,
        List<PropertyRow> properties,
        List<InverseGroup> inverse,
        List<EntailedProperty> entailed,
        List<ParagraphView> paragraphs,
        List<Fact> provenance,
        List<Ref> graphs,
        String moreGraphs,
        String jsonLd,
        String neighbourhood,
        String kindNames,
        boolean discovered) {

    /** A literal with its language tag ({@code ""} when it has none). */
    record Text(String value, String lang) {
    }

    /**
     * A link to a thing, named.
     *
     * @param label its name
     * @param lang the name's language, {@code ""} if none
     * @param href where the link leads; null when it leads nowhere (an IRI with a scheme not safe to follow)
     * @param title the tooltip, {@code ""} if none
     * @param note a short mark after it (a prefixed name, a count, a language), {@code ""} if none
     */
    record Ref(String label, String lang, String href, String title, String note) {
    }

    /**
     * A value of a property: a link to a thing, or a literal.
     *
     * @param text the literal's text or the thing's name
     * @param lang its language tag
     * @param href the link for a thing; null for a literal
     * @param note the literal's language or datatype, or the thing's prefixed IRI when it has no page here
     * @param folded whether the literal is long enough to be folded away
     */
    record Value(String text, String lang, String href, String note, boolean folded) {
    }

    /**
     * A property of the entity and its values.
     *
     * @param label the property's name in the reader's language
     * @param comment the ontology's description of it, for a tooltip
     * @param href the property's documentation
     * @param curie its prefixed name
     * @param values the values shown
     * @param total how many values it has
     * @param more the address of the next values, null if all are shown
     * @param previous the address of the values before, null at the start
     */
    record PropertyRow(String label, String comment, String href, String curie, List<Value> values, long total,
            String more, String previous) {
    }

    /**
     * The things that link to the entity with one property.
     *
     * @param anchor the section's fragment identifier
     * @param label the property's name in the reader's language
     * @param comment its description, for a tooltip
     * @param href its documentation
     * @param curie its prefixed name
     * @param count how many things link so
     * @param subjects the things on this page of the list
     * @param lines the same, a document's parts on its line
     * @param offset the position of the first of them
     * @param next the address of the next page, null at the end
     * @param previous the address of the page before, null at the start
     */
    record InverseGroup(String anchor, String label, String comment, String href, String curie, long count,
            List<Value> subjects, List<SubjectLine> lines, long offset, String next, String previous) {
    }

    /**
     * A line of inverse links: a thing, or a document with those of its parts (paragraphs, versions, mentions) that
     * link, so that a document's paragraphs do not each take a line.
     *
     * @param head the thing, or the document of the parts
     * @param linking whether the head itself links to the entity (else it only holds the parts that do)
     * @param parts the document's parts that link, named without the document
     */
    record SubjectLine(Value head, boolean linking, List<Value> parts) {
    }

    /**
     * A property the store added because of another ({@code eli:cites} beside {@code unkg:cites}), listed for the
     * record.
     *
     * @param curie its prefixed name
     * @param label its name
     * @param incoming whether it links to the entity rather than from it
     * @param count how many statements
     * @param href the address that lists them
     */
    record EntailedProperty(String curie, String label, boolean incoming, long count, String href) {
    }

    /**
     * A paragraph with its text cut into plain and highlighted pieces, and its sub-paragraphs.
     *
     * @param href its page
     * @param anchor its fragment identifier on the document's page
     * @param number its number in reading order
     * @param numberInText the number the text gives it, {@code ""} if none
     * @param kind its kind in the reader's language ({@code operative}, {@code preambular}...), {@code ""} if plain
     * @param lang the text's language
     * @param segments the text, cut at the mentions
     * @param children its sub-paragraphs
     * @param current whether it is the paragraph the page is about
     */
    record ParagraphView(String href, String anchor, long number, String numberInText, String kind, String lang,
            List<Segment> segments, List<ParagraphView> children, boolean current) {
    }

    /**
     * A piece of a paragraph's text: plain, or a mention linked to what it names.
     *
     * @param text the words
     * @param href the page of what the mention names; null for plain text
     * @param title the name of what it names, for a tooltip
     * @param mention the mention's IRI, {@code ""} for plain text
     * @param current whether it is the mention the page is about
     * @param parts the pieces of a mention's text when other mentions lie inside it (a body named in an instrument's
     *        title): plain pieces of its own and the inner mentions; empty otherwise
     */
    record Segment(String text, String href, String title, String mention, boolean current, List<Segment> parts) {
    }

    /** A line of the provenance: a name and a value, linked when it is a thing. */
    record Fact(String name, String value, String href, boolean code) {
    }
}
