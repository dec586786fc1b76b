package org.unkg.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unkg.serve.SparqlServer;

/**
 * The public server over the part of the bundled corpus that the search's judged queries were judged on
 * ({@code src/test/resources/search/judged.json}): the sample ({@link SampleSite}) and the resolutions below, which
 * hold the rest of the judged paragraphs (children and armed conflict, peacekeeping mandates, sanctions, piracy,
 * women and peace and security) and the paragraphs that compete with them. Built in {@code target/judged-site/}.
 */
public final class JudgedSite {

    /** The resolutions besides the sample's. */
    public static final List<String> MORE_RESOLUTIONS = List.of(
            "S-RES-1261(1999).txt", "S-RES-1612(2005).txt", "S-RES-1882(2009).txt", "S-RES-1998(2011).txt",
            "S-RES-2225(2015).txt", "S-RES-1325(2000).txt", "S-RES-1820(2008).txt", "S-RES-1816(2008).txt",
            "S-RES-1851(2008).txt", "S-RES-1970(2011).txt", "S-RES-1973(2011).txt", "S-RES-1718(2006).txt",
            "S-RES-1874(2009).txt", "S-RES-2197(2015).txt", "S-RES-2234(2015).txt", "S-RES-2236(2015).txt",
            "S-RES-2227(2015).txt", "S-RES-1977(2011).txt");

    private static final CorpusSite SITE = new CorpusSite(Path.of("target/judged-site"), resolutions());

    private JudgedSite() {
    }

    private static List<String> resolutions() {
        List<String> all = new ArrayList<>(SampleSite.RESOLUTIONS);
        all.addAll(MORE_RESOLUTIONS);
        return all;
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
