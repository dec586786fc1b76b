package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class InputFileTest {

    @Test
    void syntaxComesFromTheExtensionBeforeGz() {
        assertEquals(Lang.NQUADS, InputFile.of(Path.of("a.nq")).lang());
        assertEquals(Lang.NQUADS, InputFile.of(Path.of("a.nq.gz")).lang());
        assertEquals(Lang.TRIG, InputFile.of(Path.of("a.trig")).lang());
        assertEquals(Lang.TURTLE, InputFile.of(Path.of("a.ttl.gz")).lang());
        assertEquals(Lang.NTRIPLES, InputFile.of(Path.of("a.nt")).lang());
        assertEquals(Lang.JSONLD, InputFile.of(Path.of("a.jsonld")).lang());
        assertThrows(StoreException.class, () -> InputFile.of(Path.of("a.csv")).lang());
    }

    @Test
    void fileGraphIsNamedAfterTheBaseName() {
        assertEquals("https://w3id.org/unkg/graph/file/agenda-items",
                InputFile.of(Path.of("dir/agenda-items.ttl.gz")).defaultGraph());
        assertEquals("https://w3id.org/unkg/graph/file/S-RES-1(1946)%20draft",
                InputFile.of(Path.of("S-RES-1(1946) draft.nq")).defaultGraph());
        assertEquals("https://w3id.org/unkg/graph/file/议程%23项目",
                InputFile.of(Path.of("议程#项目.ttl")).defaultGraph());
    }

    @Test
    void aGraphMustBeAnAbsoluteIri() {
        assertThrows(StoreException.class, () -> InputFile.of(Path.of("a.ttl"), "graph/vocabulary"));
    }
}
