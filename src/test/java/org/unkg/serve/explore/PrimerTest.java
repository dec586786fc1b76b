package org.unkg.serve.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.testing.SampleQueries;
import org.unkg.testing.SampleSite;

/** What the primer gathers ahead on the sample site: the most mentioned things, then the most cited documents. */
class PrimerTest {

    @Test
    void theBusiestAreTheMostMentionedThenTheMostCited() {
        DatasetGraph dataset = SampleSite.server().fuseki().getDataAccessPointRegistry().accessPoints().get(0)
                .getDataService().getDataset();
        List<String> busiest = new Primer(dataset, new LocalPaths(IriScheme.standard()), null).busiest();
        List<String> expected = new ArrayList<>();
        for (String query : List.of("unkg:mentions", "unkg:cites")) {
            for (String x : SampleQueries.column("SELECT ?x (COUNT(?d) AS ?n) { ?d " + query + " ?x FILTER(isIRI(?x)) } "
                    + "GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT " + (query.endsWith("mentions") ? Primer.MENTIONED
                    : Primer.CITED), "x")) {
                if (x.startsWith("https://w3id.org/unkg/id/") && !expected.contains(x)) {
                    expected.add(x);
                }
            }
        }
        assertEquals(expected, busiest);
        assertEquals("https://w3id.org/unkg/id/organization/UNSC", busiest.get(0), "the Council first");
        assertTrue(busiest.contains("https://w3id.org/unkg/id/document/S/RES/1373(2001)"), busiest.toString());
    }
}
