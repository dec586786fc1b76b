package org.unkg.serve.pages;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The IRIs of other vocabularies' terms, and of the places outside the dataset, that the pages treat in a way of their
 * own; the ontology's own terms are {@link org.unkg.common.Unkg}'s. Spelled from Jena's namespace constants, which
 * are compile-time constants: the vocabulary classes' own terms would start Jena up while it may be starting.
 */
final class Vocab {

    private Vocab() {
    }

    static final String RDF_TYPE = RDF.uri + "type";
    static final String RDFS_LABEL = RDFS.uri + "label";
    static final String SKOS_PREF_LABEL = SKOS.uri + "prefLabel";
    static final String SKOS_ALT_LABEL = SKOS.uri + "altLabel";
    static final String SKOS_EXACT_MATCH = SKOS.uri + "exactMatch";
    static final String SKOS_CLOSE_MATCH = SKOS.uri + "closeMatch";
    static final String OWL_SAME_AS = OWL.NS + "sameAs";
    static final String DCT_TITLE = DCTerms.NS + "title";
    static final String DCT_DATE = DCTerms.NS + "date";
    static final String DCT_LANGUAGE = DCTerms.NS + "language";
    static final String DCT_HAS_PART = DCTerms.NS + "hasPart";
    static final String DCT_IS_PART_OF = DCTerms.NS + "isPartOf";

    /** The IRIs of language tags in {@code dct:language}, {@code http://id.loc.gov/vocabulary/iso639-1/zh}. */
    static final String LANGUAGE_PREFIX = "http://id.loc.gov/vocabulary/iso639-1/";
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    static final String UNBIS = "http://metadata.un.org/thesaurus/";
}
