package org.unkg.testing;

import java.nio.file.Path;
import java.util.List;

import org.unkg.serve.SparqlServer;

/**
 * The public server, as {@code unkg up} runs it, over a sample of the bundled corpus: the five Chinese documents and
 * the English resolutions below (the counter-terrorism series and a few others), with the ontology, every
 * vocabulary and the query gallery. Built once per test run in {@code target/sample-site/} (reused while its sources
 * are unchanged, as {@code up} does) and served on a free port until the JVM exits, so that every page, gallery and
 * browser test asks the same real server.
 */
public final class SampleSite {

    /** The English resolutions of the sample. */
    public static final List<String> RESOLUTIONS = List.of(
            "S-RES-10(1946).txt", "S-RES-1000(1995).txt",
            "S-RES-1267(1999).txt", "S-RES-1333(2000).txt", "S-RES-1373(2001).txt", "S-RES-1377(2001).txt",
            "S-RES-1390(2002).txt", "S-RES-1452(2002).txt", "S-RES-1455(2003).txt", "S-RES-1456(2003).txt",
            "S-RES-1526(2004).txt", "S-RES-1540(2004).txt", "S-RES-1624(2005).txt", "S-RES-1822(2008).txt",
            "S-RES-1904(2009).txt", "S-RES-1989(2011).txt", "S-RES-2195(2014).txt", "S-RES-2255(2015).txt");

    private static final CorpusSite SITE = new CorpusSite(Path.of("target/sample-site"), RESOLUTIONS);

    private SampleSite() {
    }

    /** The running server; started at the first call. */
    public static SparqlServer server() {
        return SITE.server();
    }

    /** {@code http://localhost:PORT} followed by {@code path}. */
    public static String url(String path) {
        return server().url(path);
    }
}
