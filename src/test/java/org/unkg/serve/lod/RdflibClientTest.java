package org.unkg.serve.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.unkg.testing.Http;
import org.unkg.testing.SampleSite;

/**
 * rdflib, a client nobody here wrote, reads the sample site as a linked-data user's script would: it dereferences a
 * document, a paragraph, a body and a theme through the 303s in each RDF format, and parses the VoID description, the
 * service description and the distinct-triples dump ({@code src/test/resources/clients/rdflib_client.py}). What it
 * reads is compared with what the server says through Jena. Debian's {@code python3-rdflib} runs it; {@code .ci/run}
 * installs it.
 */
class RdflibClientTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final List<String> THINGS = List.of("document/S/RES/1373(2001)", "document/S/RES/1373(2001)/para/1",
            "organization/CTED", "theme/counter-terrorism");

    private static boolean rdflibInstalled() {
        try {
            Process check = new ProcessBuilder(PYTHON, "-c", "import rdflib").redirectErrorStream(true).start();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonObject run() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON,
                Path.of("src/test/resources/clients/rdflib_client.py").toAbsolutePath().toString(),
                SampleSite.url("")));
        THINGS.forEach(t -> command.add("https://w3id.org/unkg/id/" + t));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "rdflib finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return JSON.parse(text);
    }

    private static long triples(String path) {
        return RDFParser.fromString(Http.text(SampleSite.url(path)), Lang.TURTLE).toGraph().size();
    }

    @Test
    void rdflibReadsWhatTheServerSays() throws Exception {
        Assumptions.assumeTrue(rdflibInstalled(),
                "skipped: " + PYTHON + " has no rdflib (Debian's python3-rdflib, which .ci/run installs)");
        JsonObject read = run();
        for (String thing : THINGS) {
            JsonObject formats = read.get("things").getAsObject().get("https://w3id.org/unkg/id/" + thing)
                    .getAsObject();
            long turtle = triples("/data/" + thing + ".ttl");
            for (String type : formats.keys()) {
                JsonObject got = formats.get(type).getAsObject();
                String what = thing + " as " + type;
                assertTrue(got.get("url").getAsString().value().contains("/data/" + thing + "."), what + ": "
                        + got.get("url"));
                // Every format carries the same description, in the default graph.
                assertEquals(turtle, got.get("default").getAsNumber().value().longValue(), what);
            }
        }
        assertTrue(read.get("void").getAsNumber().value().longValue() > 50, "VoID parsed");
        assertEquals(List.of(SampleSite.url("/dumps/unkg.nq.gz"), SampleSite.url("/dumps/unkg.nt.gz")),
                read.get("voidDumps").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        assertEquals(List.of(SampleSite.server().endpointUrl()),
                read.get("endpoints").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        long dump = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(
                Http.get(SampleSite.url("/dumps/unkg.nt.gz")).body()))).lang(Lang.NTRIPLES).toGraph().size();
        assertEquals(dump, read.get("dump").getAsNumber().value().longValue(), "the dump's distinct triples");
    }
}
