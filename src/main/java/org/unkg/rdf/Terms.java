package org.unkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * The IRIs of the ontology terms the converter writes. The terms themselves (labels, comments, domains, ranges)
 * are declared in {@code ontology/unkg.ttl}; this class only spares the writer from spelling IRIs twice.
 */
public final class Terms {

    public static final String UNKG = "https://w3id.org/unkg/ontology#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String LANGUAGE = "http://id.loc.gov/vocabulary/iso639-1/";

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static final IRI TYPE = VF.createIRI(RDF, "type");
    public static final IRI LABEL = VF.createIRI(RDFS, "label");
    public static final IRI SEE_ALSO = VF.createIRI(RDFS, "seeAlso");
    public static final IRI PREF_LABEL = VF.createIRI(SKOS, "prefLabel");
    public static final IRI ALT_LABEL = VF.createIRI(SKOS, "altLabel");
    public static final IRI IN_SCHEME = VF.createIRI(SKOS, "inScheme");

    public static final IRI DATE = VF.createIRI(DCT, "date");
    public static final IRI TITLE = VF.createIRI(DCT, "title");
    public static final IRI LANGUAGE_PROPERTY = VF.createIRI(DCT, "language");
    public static final IRI HAS_PART = VF.createIRI(DCT, "hasPart");
    public static final IRI IS_PART_OF = VF.createIRI(DCT, "isPartOf");

    public static final IRI WAS_ATTRIBUTED_TO = VF.createIRI(PROV, "wasAttributedTo");
    public static final IRI SOFTWARE_AGENT = VF.createIRI(PROV, "SoftwareAgent");

    public static final IRI SYMBOL = unkg("symbol");
    public static final IRI MEETING = unkg("meeting");
    public static final IRI MEETING_CLASS = unkg("Meeting");
    public static final IRI MEETING_NUMBER = unkg("meetingNumber");
    public static final IRI MEETING_RECORD = unkg("meetingRecord");
    public static final IRI AGENDA_ITEM = unkg("agendaItem");
    public static final IRI AGENDA_ITEM_CLASS = unkg("AgendaItem");
    public static final IRI HAS_VERSION = unkg("hasVersion");
    public static final IRI VERSION_OF = unkg("versionOf");
    public static final IRI DOCUMENT_VERSION = unkg("DocumentVersion");
    public static final IRI SOURCE_FILE = unkg("sourceFile");
    public static final IRI SOURCE_ENCODING = unkg("sourceEncoding");
    public static final IRI SOURCE_MEDIA_TYPE = unkg("sourceMediaType");
    public static final IRI SOURCE_SHA256 = unkg("sourceSha256");
    public static final IRI FULL_TEXT = unkg("fullText");
    public static final IRI SOFTWARE_VERSION = unkg("softwareVersion");
    public static final IRI PARAGRAPH_NUMBER = unkg("paragraphNumber");
    public static final IRI NUMBER_IN_TEXT = unkg("numberInText");
    public static final IRI TEXT = unkg("text");
    public static final IRI START_OFFSET = unkg("startOffset");
    public static final IRI END_OFFSET = unkg("endOffset");
    public static final IRI CITES = unkg("cites");
    public static final IRI RESOLUTION_NUMBER = unkg("resolutionNumber");
    public static final IRI MENTION = unkg("Mention");
    public static final IRI SUB_PARAGRAPH_OF = unkg("subParagraphOf");
    public static final IRI MENTIONS = unkg("mentions");
    public static final IRI IN_VERSION = unkg("inVersion");
    public static final IRI IN_PARAGRAPH = unkg("inParagraph");
    public static final IRI MATCHED_TEXT = unkg("matchedText");
    public static final IRI REFERS_TO = unkg("refersTo");
    public static final IRI SUBJECT = VF.createIRI(DCT, "subject");
    public static final IRI FOAF_NAME = VF.createIRI("http://xmlns.com/foaf/0.1/", "name");

    private Terms() {
    }

    public static IRI unkg(String localName) {
        return VF.createIRI(UNKG, localName);
    }
}
