package org.unkg.common;

/**
 * The terms of the UNKG ontology that the code names, as IRIs: the one place they are spelled. The terms themselves
 * (labels, comments, domains, ranges) are declared in {@code ontology/unkg.ttl}; {@code OntologyTermsTest} checks
 * that every constant here is declared there and that every term of the ontology the converter writes has a constant.
 */
public final class Unkg {

    /** The ontology's namespace. */
    public static final String NS = "https://w3id.org/unkg/ontology#";
    /** The ontology's own IRI, where it is published. */
    public static final String ONTOLOGY = "https://w3id.org/unkg/ontology";

    // documents
    public static final String DOCUMENT = NS + "Document";
    public static final String RESOLUTION = NS + "Resolution";
    public static final String PRESIDENTIAL_STATEMENT = NS + "PresidentialStatement";
    public static final String LETTER = NS + "Letter";
    public static final String REPORT = NS + "Report";
    public static final String NOTE = NS + "Note";
    public static final String MEETING_RECORD = NS + "MeetingRecord";
    public static final String AGENDA = NS + "Agenda";
    public static final String DOCUMENT_VERSION = NS + "DocumentVersion";
    public static final String PARAGRAPH = NS + "Paragraph";
    public static final String PREAMBULAR_PARAGRAPH = NS + "PreambularParagraph";
    public static final String OPERATIVE_PARAGRAPH = NS + "OperativeParagraph";
    public static final String HEADING = NS + "Heading";
    public static final String LIST_ITEM = NS + "ListItem";
    public static final String MEETING = NS + "Meeting";
    public static final String AGENDA_ITEM = NS + "AgendaItem";
    public static final String MENTION = NS + "Mention";
    public static final String PERSON = NS + "Person";
    public static final String THEME = NS + "Theme";
    public static final String ORGANIZATION = NS + "Organization";
    public static final String COUNTRY = NS + "Country";
    public static final String INSTRUMENT = NS + "Instrument";
    /** What a document names and no vocabulary lists: found in the text by its form. */
    public static final String DISCOVERED_ENTITY = NS + "DiscoveredEntity";
    public static final String DISCOVERED_IN = NS + "discoveredIn";

    // what a document is
    public static final String SYMBOL = NS + "symbol";
    public static final String RESOLUTION_NUMBER = NS + "resolutionNumber";
    public static final String HAS_VERSION = NS + "hasVersion";
    public static final String VERSION_OF = NS + "versionOf";
    public static final String MEETING_PROPERTY = NS + "meeting";
    public static final String MEETING_NUMBER = NS + "meetingNumber";
    public static final String MEETING_RECORD_PROPERTY = NS + "meetingRecord";
    public static final String AGENDA_ITEM_PROPERTY = NS + "agendaItem";

    // a version's text and where it came from
    public static final String FULL_TEXT = NS + "fullText";
    public static final String SOURCE_FILE = NS + "sourceFile";
    public static final String SOURCE_ENCODING = NS + "sourceEncoding";
    public static final String SOURCE_MEDIA_TYPE = NS + "sourceMediaType";
    public static final String SOURCE_SHA256 = NS + "sourceSha256";
    public static final String FIELD_IN_DOUBT = NS + "fieldInDoubt";
    public static final String SOFTWARE_VERSION = NS + "softwareVersion";

    // paragraphs
    public static final String PARAGRAPH_NUMBER = NS + "paragraphNumber";
    public static final String NUMBER_IN_TEXT = NS + "numberInText";
    public static final String TEXT = NS + "text";
    public static final String SUB_PARAGRAPH_OF = NS + "subParagraphOf";
    public static final String START_OFFSET = NS + "startOffset";
    public static final String END_OFFSET = NS + "endOffset";

    // what a document speaks of
    public static final String CITES = NS + "cites";
    public static final String MENTIONS = NS + "mentions";
    public static final String IN_VERSION = NS + "inVersion";
    public static final String IN_PARAGRAPH = NS + "inParagraph";
    public static final String MATCHED_TEXT = NS + "matchedText";
    public static final String REFERS_TO = NS + "refersTo";
    public static final String SIGNATORY = NS + "signatory";
    public static final String ADDRESSEE = NS + "addressee";
    public static final String REPRESENTS = NS + "represents";
    public static final String MAIN_SUBJECT = NS + "mainSubject";

    // what the vocabularies say of their entities
    public static final String TRIGGER_TERM = NS + "triggerTerm";
    public static final String ESTABLISHED_BY = NS + "establishedBy";
    public static final String ADOPTION_YEAR = NS + "adoptionYear";
    public static final String ENTRY_SOURCE = NS + "entrySource";
    public static final String TRIGGER_CLASS = NS + "triggerClass";
    public static final String ENUMERATED_WITH = NS + "enumeratedWith";

    // the counts the load makes (Data Cube dimensions and measures, and the structures of its data sets)
    public static final String REF_DOCUMENT = NS + "refDocument";
    public static final String REF_ENTITY = NS + "refEntity";
    public static final String REF_THEME = NS + "refTheme";
    public static final String REF_YEAR = NS + "refYear";
    public static final String REF_DOCUMENT_TYPE = NS + "refDocumentType";
    public static final String REF_LANGUAGE = NS + "refLanguage";
    public static final String DOCUMENT_COUNT = NS + "documentCount";
    public static final String PARAGRAPH_COUNT = NS + "paragraphCount";
    public static final String CITATIONS_STRUCTURE = NS + "CitationsStructure";
    public static final String MENTIONS_STRUCTURE = NS + "MentionsStructure";
    public static final String MENTIONS_BY_YEAR_STRUCTURE = NS + "MentionsByYearStructure";
    public static final String MENTIONS_BY_TYPE_STRUCTURE = NS + "MentionsByTypeStructure";
    public static final String THEMES_BY_YEAR_STRUCTURE = NS + "ThemesByYearStructure";
    public static final String DOCUMENTS_STRUCTURE = NS + "DocumentsStructure";

    private Unkg() {
    }

    /** Whether an IRI is a term of the ontology. */
    public static boolean isTerm(String iri) {
        return iri.startsWith(NS);
    }
}
