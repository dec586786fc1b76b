package org.unkg.serve;

import java.util.List;

import org.unkg.serve.http.AcceptHeader;
import org.unkg.serve.http.Format;

/** The RDF format of a CONSTRUCT or DESCRIBE answer whose request names one with {@code format=}. */
final class GraphAnswerFormat {

    /** What a graph answer may be written in, in the order preferred when {@code Accept} leaves a choice. */
    static final List<Format> OFFERED = List.of(Format.TURTLE, Format.NTRIPLES, Format.JSONLD, Format.RDFXML,
            Format.TRIG, Format.NQUADS);

    private GraphAnswerFormat() {
    }

    /**
     * The format the name gives ({@link Format#byName}); for a name of no RDF format (a client that sends the same
     * {@code format=json} whatever the query), the one {@code Accept} prefers; Turtle when neither tells.
     */
    static Format choose(String name, AcceptHeader accept) {
        return Format.byName(name).filter(OFFERED::contains)
                .or(() -> accept.choose(OFFERED))
                .orElse(Format.TURTLE);
    }
}
