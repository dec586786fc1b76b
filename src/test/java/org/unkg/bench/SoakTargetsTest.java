package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a soak run's queries come from: the gallery when there is one, the README's examples otherwise. */
class SoakTargetsTest {

    @TempDir
    Path tmp;

    @Test
    void theReadmeQueriesAllParse() throws IOException {
        List<String> queries = SoakTargets.queries(tmp.resolve("no-gallery.ttl"), Path.of("README.md"));
        assertTrue(queries.size() >= 10, queries.size() + " queries");
        assertTrue(queries.get(0).contains("unkg:cites"), queries.get(0));
    }

    @Test
    void aGalleryQueryGetsItsDeclaredPrefixes() throws IOException {
        Path gallery = Files.writeString(tmp.resolve("gallery.ttl"), """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX : <https://example.org/gallery#>
                :prefixes sh:declare [ sh:prefix "unkg" ; sh:namespace "https://w3id.org/unkg/ontology#"^^xsd:anyURI ] .
                :resolutions a sh:SPARQLSelectExecutable ; sh:prefixes :prefixes ;
                    sh:select "SELECT ?r { ?r a unkg:Resolution }" .
                :notASelect a sh:SPARQLAskExecutable ; sh:ask "ASK {}" .
                """, StandardCharsets.UTF_8);
        assertEquals(List.of("PREFIX unkg: <https://w3id.org/unkg/ontology#>\nSELECT ?r { ?r a unkg:Resolution }"),
                SoakTargets.queries(gallery, Path.of("README.md")));
    }

    @Test
    void aBrokenQueryIsNamed() throws IOException {
        Path readme = Files.writeString(tmp.resolve("README.md"), "```sparql\nSELECT ?x {}\n```\n```sparql\nSELEC\n```\n",
                StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> SoakTargets.queries(tmp.resolve("none.ttl"), readme));
        assertTrue(e.getMessage().startsWith(readme + ": query 2 does not parse"), e.getMessage());
    }

    @Test
    void pagesAreResolvedAgainstTheEndpoint() {
        List<SoakTargets.Target> targets = SoakTargets.targets(URI.create("http://localhost:3030/sparql"),
                List.of("ASK {}"), List.of("/ontology", "http://example.org/x"));
        assertEquals(URI.create("http://localhost:3030/sparql?query=ASK+%7B%7D"), targets.get(0).uri());
        assertEquals(URI.create("http://localhost:3030/ontology"), targets.get(1).uri());
        assertEquals(URI.create("http://example.org/x"), targets.get(2).uri());
    }
}
