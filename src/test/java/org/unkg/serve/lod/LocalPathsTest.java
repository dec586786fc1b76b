package org.unkg.serve.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;
import org.unkg.serve.http.Format;

/** The server paths of the data IRIs, and the IRIs a request path names. */
class LocalPathsTest {

    private final LocalPaths paths = new LocalPaths(IriScheme.standard());

    @Test
    void pagesAndDataOfEntitiesAndGraphs() {
        String doc = "https://w3id.org/unkg/id/document/S/RES/1373(2001)";
        assertEquals("/page/document/S/RES/1373(2001)", paths.page(doc));
        assertEquals("/data/document/S/RES/1373(2001).nq", paths.data(doc, Format.NQUADS));
        String graph = "https://w3id.org/unkg/graph/S/RES/1373(2001)";
        assertEquals("/page/graph/S/RES/1373(2001)", paths.page(graph));
        assertEquals("/data/graph/S/RES/1373(2001).ttl", paths.data(graph, Format.TURTLE));
        assertEquals("/ontology#Resolution", paths.href("https://w3id.org/unkg/ontology#Resolution"));
    }

    @Test
    void linksLeadOnlyToTheWeb() {
        assertEquals("https://undocs.org/S/RES/1373(2001)", paths.href("https://undocs.org/S/RES/1373(2001)"));
        assertNull(paths.href("javascript:alert(1)"));
        assertNull(paths.href("JavaScript:alert(1)"));
        assertNull(paths.href("data:text/html,<script>alert(1)</script>"));
    }

    @Test
    void whatAPathMustEscapeIsEscapedAndNothingElse() {
        assertEquals("S/RES/1373(2001)", LocalPaths.escape("S/RES/1373(2001)"));
        assertEquals("S/PV.4385", LocalPaths.escape("S/PV.4385"));
        assertEquals("a%20b%3Cc%3E%22%23%3F", LocalPaths.escape("a b<c>\"#?"));
        assertEquals("%E5%AE%89", LocalPaths.escape("安"));
        assertEquals("a%20b", LocalPaths.escape("a%20b"), "an escape already there stays");
        assertEquals("100%25", LocalPaths.escape("100%"));
    }

    @Test
    void requestPathsAreReadDecodedThenAsSent() {
        assertEquals(List.of("https://w3id.org/unkg/id/document/S/RES/1373(2001)",
                "https://w3id.org/unkg/id/document/S/RES/1373%282001%29"),
                paths.candidates("document/S/RES/1373%282001%29", false));
        assertEquals(List.of("https://w3id.org/unkg/graph/S/PRST/2012/16"), paths.candidates("S/PRST/2012/16", true));
        assertEquals(Optional.of("安 理"), LocalPaths.decode("%E5%AE%89%20%E7%90%86"));
        assertEquals(Optional.of("a+b"), LocalPaths.decode("a+b"));
        assertEquals(Optional.empty(), LocalPaths.decode("%E5%AE"), "a broken UTF-8 sequence");
        assertEquals(Optional.empty(), LocalPaths.decode("%zz"));
    }

    @Test
    void onlyKnownExtensionsAreFormats() {
        assertEquals(Optional.of(Format.TURTLE), LocalPaths.extension("document/S/PV.4385.ttl"));
        assertEquals(Optional.empty(), LocalPaths.extension("document/S/PV.4385"));
        assertEquals(Optional.empty(), LocalPaths.extension("document/S/RES/1373(2001)"));
        assertEquals(Optional.of(Format.TRIG), LocalPaths.extension("S/PRST/2012/16.trig"));
        assertEquals(Optional.empty(), LocalPaths.extension("organization/.ttl"), "a name is needed before the dot");
        assertEquals("document/S/PV.4385", LocalPaths.stripExtension("document/S/PV.4385.ttl", Format.TURTLE));
        assertTrue(LocalPaths.extension("x.html").isPresent());
    }
}
