package org.unkg.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {

    private static final List<Format> ALL = List.of(Format.values());
    private static final List<Format> RDF_ONLY = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES);

    private static Optional<Format> choose(String accept, List<Format> offered) {
        return AcceptHeader.parse(accept).choose(offered);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // no preference: the server's first choice
        "                                                                    | TURTLE",
        "*/*                                                                 | TURTLE",
        "*                                                                   | TURTLE",
        // browsers
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8    | HTML",
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8 | HTML",
        // RDF clients
        "text/turtle                                                         | TURTLE",
        "application/ld+json                                                 | JSONLD",
        "application/json                                                    | JSONLD",
        "application/rdf+xml                                                 | RDFXML",
        "application/n-triples                                               | NTRIPLES",
        "application/rdf+xml;q=0.9, text/turtle;q=0.1                        | RDFXML",
        "text/turtle;q=0.5, application/ld+json                              | JSONLD",
        "application/n-triples, text/turtle;q=0.9, */*;q=0.1                 | NTRIPLES",
        // the most specific range decides: text/html is refused though text/* is welcome
        "text/*, text/html;q=0                                               | TURTLE",
        "text/html;q=0, */*                                                  | TURTLE",
        "TEXT/HTML                                                           | HTML",
        "text/turtle; charset=utf-8; q=0.8, application/ld+json; q=0.7       | TURTLE",
        // unreadable ranges are skipped
        "text/html;q=abc, application/ld+json                                | JSONLD",
        "garbage, application/rdf+xml                                        | RDFXML"})
    void choosesTheBestFormat(String accept, Format expected) {
        assertEquals(Optional.of(expected), choose(accept, ALL));
    }

    @Test
    void refusesWhatItCannotGive() {
        assertEquals(Optional.empty(), choose("image/png", ALL));
        assertEquals(Optional.empty(), choose("text/html", RDF_ONLY));
        assertEquals(Optional.empty(), choose("*/*;q=0", ALL));
        assertEquals(Optional.empty(), choose("text/turtle;q=0, application/*;q=0, text/html;q=0", ALL));
    }

    @Test
    void aBrowserAskingForShapesGetsRdf() {
        Optional<Format> chosen = choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RDF_ONLY);
        assertTrue(chosen.isPresent() && chosen.get().isRdf());
    }

    @Test
    void qualityOfAMediaType() {
        AcceptHeader header = AcceptHeader.parse("text/*;q=0.3, text/html;q=0.7, text/html;level=1, */*;q=0.5");
        assertEquals(0.7, header.quality("text/html"));
        assertEquals(0.3, header.quality("text/plain"));
        assertEquals(0.5, header.quality("image/jpeg"));
    }
}
