package org.unkg.serve.pages;

/** The IRIs of the terms the pages treat in a way of their own. */
final class Vocab {

    private Vocab() {
    }

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String RDFS_LABEL = RDFS + "label";
    static final String RDFS_SEE_ALSO = RDFS + "seeAlso";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SKOS_PREF_LABEL = SKOS + "prefLabel";
    static final String SKOS_ALT_LABEL = SKOS + "altLabel";
    static final String SKOS_EXACT_MATCH = SKOS + "exactMatch";
    static final String SKOS_CLOSE_MATCH = SKOS + "closeMatch";
    static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DCT_TITLE = DCT + "title";
    static final String DCT_DATE = DCT + "date";
    static final String DCT_LANGUAGE = DCT + "language";
    static final String DCT_HAS_PART = DCT + "hasPart";
    static final String DCT_IS_PART_OF = DCT + "isPartOf";
    static final String PROV_ATTRIBUTED = "http://www.w3.org/ns/prov#wasAttributedTo";
    static final String UNKG = Terms.UNKG;
    static final String UNKG_SYMBOL = UNKG + "symbol";
    static final String UNKG_DOCUMENT = UNKG + "Document";
    static final String UNKG_HAS_VERSION = UNKG + "hasVersion";
    static final String UNKG_VERSION_OF = UNKG + "versionOf";
    static final String UNKG_FULL_TEXT = UNKG + "fullText";
    static final String UNKG_TEXT = UNKG + "text";
    static final String UNKG_SOURCE_FILE = UNKG + "sourceFile";
    static final String UNKG_SOURCE_ENCODING = UNKG + "sourceEncoding";
    static final String UNKG_SOURCE_SHA256 = UNKG + "sourceSha256";
    static final String UNKG_SOFTWARE_VERSION = UNKG + "softwareVersion";
    static final String UNKG_PARAGRAPH = UNKG + "Paragraph";
    static final String UNKG_MENTION = UNKG + "Mention";
    static final String UNKG_IN_PARAGRAPH = UNKG + "inParagraph";
    static final String UNKG_DOCUMENT_VERSION = UNKG + "DocumentVersion";

    /** The IRIs of language tags in {@code dct:language}, {@code http://id.loc.gov/vocabulary/iso639-1/zh}. */
    static final String LANGUAGE_PREFIX = "http://id.loc.gov/vocabulary/iso639-1/";
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    static final String UNBIS = "http://metadata.un.org/thesaurus/";
}
