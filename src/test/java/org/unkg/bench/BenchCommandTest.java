package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark runs through on a handful of documents: it converts them, loads them with the ontology and the
 * vocabularies as {@code up} does, with our loader (and Jena's, when its jar is at hand), serves them from our server
 * and a plain Fuseki, times three queries on both and a page on ours, and writes its tables. It drives the program
 * through its command line, here from the classes of this build since the jar is made after the tests. This proves
 * that it works, not how fast anything is.
 */
class BenchCommandTest {

    private static final String GALLERY = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            [] a sh:SPARQLSelectExecutable ; rdfs:label "Resolutions" ;
               sh:select "SELECT ?r WHERE { ?r a <https://w3id.org/unkg/ontology#Resolution> }" .
            [] a sh:SPARQLSelectExecutable ; rdfs:label "Paragraphs on terrorism" ;
               sh:prefixes [ sh:declare [ sh:prefix "text" ; sh:namespace "http://jena.apache.org/text#" ] ] ;
               sh:select "SELECT ?p WHERE { ?p text:query ('terrorism' 5 'lang:en') }" .
            [] a sh:SPARQLSelectExecutable ; rdfs:label "Subsidiary bodies" ;
               sh:select "SELECT ?b WHERE { ?b a <https://w3id.org/unkg/ontology#SubsidiaryBody> }" .
            """;

    @Test
    void convertsLoadsServesAndWritesItsTables(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : new String[] {"S-RES-1373(2001).txt", "S-RES-1267(1999).txt", "S-RES-1624(2005).txt"}) {
            Files.copy(Path.of("data/en-resolutions", name), corpus.resolve(name));
        }
        Path gallery = tmp.resolve("gallery.ttl");
        Files.writeString(gallery, GALLERY, StandardCharsets.UTF_8);
        Path md = tmp.resolve("bench.md");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("bench", "--work", tmp.resolve("work").toString(), "--corpus", corpus.toString(),
                "--manifest", tmp.resolve("no-manifest.csv").toString(), "--queries", gallery.toString(),
                "--clients", "1", "--requests", "2", "--warm-up", "0", "--threads", "1", "--no-up",
                "--out", md.toString(), "--unkg-classpath", System.getProperty("java.class.path"));

        assertEquals(0, status, err::toString);
        String tables = Files.readString(md, StandardCharsets.UTF_8);
        assertEquals(out.toString(), tables);
        assertTrue(Pattern.compile("\\| ×1 \\| 3 \\| 0\\.\\d \\| [\\d,]+ \\| 1 \\| [\\d.,]+ \\|").matcher(tables).find(),
                tables);
        assertTrue(Pattern.compile("\\| ×1 \\| Loading \\| [\\d.,]+ \\| [\\d,]+ quads \\|").matcher(tables).find(), tables);
        for (String query : new String[] {"Resolutions", "Paragraphs on terrorism"}) {
            for (String clients : new String[] {"1"}) {
                // a latency for both servers, the same number of rows from both
                // latencies over a second carry a thousands separator (a busy machine)
                assertTrue(Pattern.compile("\\| ×1 \\| " + query + " \\| " + clients + " \\| [\\d.,]+ \\| .* \\| [\\d.,]+ \\|"
                        + " [\\d.,]+ \\| [\\d.,]+ \\| [\\d.,]+ \\| [\\d.,]+ \\| [\\d.,]+ \\| [\\d.,]+ \\| \\d+ \\|$",
                        Pattern.MULTILINE).matcher(tables).find(), tables);
            }
        }
        assertTrue(tables.contains("| ×1 | Resolutions | 1 |") && !tables.contains("rows from ours"), tables);
        // the store is the one up builds: the vocabularies are in it, so their bodies are found and CTED has a page
        Matcher bodies = Pattern.compile("^\\| ×1 \\| Subsidiary bodies \\| 1 \\|.* \\| (\\d+) \\|$", Pattern.MULTILINE)
                .matcher(tables);
        assertTrue(bodies.find() && Integer.parseInt(bodies.group(1)) > 50, tables);
        assertTrue(tables.contains("| ×1 | /page/organization/CTED | 1 |"), tables);
        assertTrue(Files.notExists(tmp.resolve("work/x1")), "the stores are deleted after the scale");
        if (OxigraphPeer.unavailable(Path.of("bench/oxigraph")).isEmpty()) {
            // the peer loaded the dump and gave the same rows as ours for a query it can answer
            Matcher peer = Pattern.compile("^\\| ×1 \\| Resolutions \\| [\\d.,]+ \\| [\\d.,]+ \\| [\\d.,]+ \\| [\\d.,]+ \\|"
                    + " (\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(tables);
            assertTrue(peer.find() && peer.group(1).equals(peer.group(2)), tables);
        } else {
            assertTrue(tables.contains("The peer (Oxigraph) was not run"), tables);
        }
    }
}
