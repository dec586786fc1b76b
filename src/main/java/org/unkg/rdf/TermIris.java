package org.unkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.unkg.common.Unkg;
import org.unkg.structure.DocumentType;
import org.unkg.structure.ParagraphKind;

/**
 * The terms the converter writes as RDF4J IRIs, made once: those of the ontology from {@link Unkg}, those of the other
 * vocabularies from RDF4J's own constants. A document's statements share these objects, which the N-Quads writer
 * recognizes by identity.
 */
public final class TermIris {

    /** The namespaces the converter declares in Turtle, TriG and JSON-LD output. */
    public static final String UNKG = Unkg.NS;
    public static final String DCT = DCTERMS.NAMESPACE;
    public static final String RDFS_NS = RDFS.NAMESPACE;
    public static final String SKOS_NS = SKOS.NAMESPACE;
    public static final String XSD_NS = XSD.NAMESPACE;
    public static final String PROV_NS = PROV.NAMESPACE;
    /** The Library of Congress's ISO 639-1 IRIs, the values of {@code dct:language}. */
    public static final String LANGUAGE = "http://id.loc.gov/vocabulary/iso639-1/";
    /** undocs.org, where every UN document symbol resolves, in every language. */
    public static final String UNDOCS = "https://undocs.org/";

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static final IRI TYPE = RDF.TYPE;
    public static final IRI LABEL = RDFS.LABEL;
    public static final IRI SEE_ALSO = RDFS.SEEALSO;
    public static final IRI PREF_LABEL = SKOS.PREF_LABEL;
    public static final IRI ALT_LABEL = SKOS.ALT_LABEL;
    public static final IRI IN_SCHEME = SKOS.IN_SCHEME;

    public static final IRI DATE = DCTERMS.DATE;
    public static final IRI TITLE = DCTERMS.TITLE;
    public static final IRI LANGUAGE_PROPERTY = DCTERMS.LANGUAGE;
    public static final IRI HAS_PART = DCTERMS.HAS_PART;
    public static final IRI IS_PART_OF = DCTERMS.IS_PART_OF;
    public static final IRI SUBJECT = DCTERMS.SUBJECT;

    public static final IRI WAS_ATTRIBUTED_TO = PROV.WAS_ATTRIBUTED_TO;
    public static final IRI SOFTWARE_AGENT = PROV.SOFTWARE_AGENT;
    public static final IRI FOAF_NAME = FOAF.NAME;

    public static final IRI DOCUMENT_VERSION = iri(Unkg.DOCUMENT_VERSION);
    public static final IRI PARAGRAPH = iri(Unkg.PARAGRAPH);
    public static final IRI MEETING_CLASS = iri(Unkg.MEETING);
    public static final IRI AGENDA_ITEM_CLASS = iri(Unkg.AGENDA_ITEM);
    public static final IRI MENTION = iri(Unkg.MENTION);
    public static final IRI PERSON = iri(Unkg.PERSON);
    public static final IRI DISCOVERED_ENTITY = iri(Unkg.DISCOVERED_ENTITY);
    public static final IRI DISCOVERED_IN = iri(Unkg.DISCOVERED_IN);

    public static final IRI SYMBOL = iri(Unkg.SYMBOL);
    public static final IRI RESOLUTION_NUMBER = iri(Unkg.RESOLUTION_NUMBER);
    public static final IRI MEETING = iri(Unkg.MEETING_PROPERTY);
    public static final IRI MEETING_NUMBER = iri(Unkg.MEETING_NUMBER);
    public static final IRI MEETING_RECORD = iri(Unkg.MEETING_RECORD_PROPERTY);
    public static final IRI AGENDA_ITEM = iri(Unkg.AGENDA_ITEM_PROPERTY);
    public static final IRI HAS_VERSION = iri(Unkg.HAS_VERSION);
    public static final IRI VERSION_OF = iri(Unkg.VERSION_OF);
    public static final IRI SOURCE_FILE = iri(Unkg.SOURCE_FILE);
    public static final IRI SOURCE_ENCODING = iri(Unkg.SOURCE_ENCODING);
    public static final IRI SOURCE_MEDIA_TYPE = iri(Unkg.SOURCE_MEDIA_TYPE);
    public static final IRI SOURCE_SHA256 = iri(Unkg.SOURCE_SHA256);
    public static final IRI FIELD_IN_DOUBT = iri(Unkg.FIELD_IN_DOUBT);
    public static final IRI FULL_TEXT = iri(Unkg.FULL_TEXT);
    public static final IRI SOFTWARE_VERSION = iri(Unkg.SOFTWARE_VERSION);
    public static final IRI PARAGRAPH_NUMBER = iri(Unkg.PARAGRAPH_NUMBER);
    public static final IRI NUMBER_IN_TEXT = iri(Unkg.NUMBER_IN_TEXT);
    public static final IRI TEXT = iri(Unkg.TEXT);
    public static final IRI START_OFFSET = iri(Unkg.START_OFFSET);
    public static final IRI END_OFFSET = iri(Unkg.END_OFFSET);
    public static final IRI SUB_PARAGRAPH_OF = iri(Unkg.SUB_PARAGRAPH_OF);
    public static final IRI CITES = iri(Unkg.CITES);
    public static final IRI MENTIONS = iri(Unkg.MENTIONS);
    public static final IRI IN_VERSION = iri(Unkg.IN_VERSION);
    public static final IRI IN_PARAGRAPH = iri(Unkg.IN_PARAGRAPH);
    public static final IRI MATCHED_TEXT = iri(Unkg.MATCHED_TEXT);
    public static final IRI REFERS_TO = iri(Unkg.REFERS_TO);
    public static final IRI SIGNATORY = iri(Unkg.SIGNATORY);
    public static final IRI ADDRESSEE = iri(Unkg.ADDRESSEE);
    public static final IRI REPRESENTS = iri(Unkg.REPRESENTS);
    public static final IRI TRIGGER_TERM = iri(Unkg.TRIGGER_TERM);
    public static final IRI ESTABLISHED_BY = iri(Unkg.ESTABLISHED_BY);
    public static final IRI ADOPTION_YEAR = iri(Unkg.ADOPTION_YEAR);
    public static final IRI ENTRY_SOURCE = iri(Unkg.ENTRY_SOURCE);
    public static final IRI TRIGGER_CLASS = iri(Unkg.TRIGGER_CLASS);
    public static final IRI ENUMERATED_WITH = iri(Unkg.ENUMERATED_WITH);
    public static final IRI MAIN_SUBJECT = iri(Unkg.MAIN_SUBJECT);

    private TermIris() {
    }

    /** The class of a kind of document. */
    public static IRI documentClass(DocumentType type) {
        return iri(switch (type) {
            case RESOLUTION -> Unkg.RESOLUTION;
            case PRESIDENTIAL_STATEMENT -> Unkg.PRESIDENTIAL_STATEMENT;
            case LETTER -> Unkg.LETTER;
            case REPORT -> Unkg.REPORT;
            case NOTE -> Unkg.NOTE;
            case MEETING_RECORD -> Unkg.MEETING_RECORD;
            case AGENDA -> Unkg.AGENDA;
            case DOCUMENT -> Unkg.DOCUMENT;
        });
    }

    /** The class of a kind of paragraph; {@code unkg:Paragraph} itself for a plain one. */
    public static IRI paragraphClass(ParagraphKind kind) {
        return switch (kind) {
            case PARAGRAPH -> PARAGRAPH;
            case PREAMBULAR -> iri(Unkg.PREAMBULAR_PARAGRAPH);
            case OPERATIVE -> iri(Unkg.OPERATIVE_PARAGRAPH);
            case HEADING -> iri(Unkg.HEADING);
            case LIST_ITEM -> iri(Unkg.LIST_ITEM);
        };
    }

    /** An IRI from a string the scheme or the vocabularies gave. */
    public static IRI iri(String iri) {
        return VF.createIRI(iri);
    }
}
