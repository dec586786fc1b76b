package org.unkg.serve.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.vocabulary.VOID;
import org.unkg.common.Unkg;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.HtmlResponse;

/**
 * The home page at {@code /}: what the graph is, how much it holds (the counts of the dataset description), the
 * search box, and links to everything: the SPARQL editor and its gallery, search, the ontology, the dataset
 * description, the dumps, and example entity pages.
 */
final class HomeServlet extends HttpServlet {

    /** The counts shown, by message key and class (null: a count of the whole dataset). */
    private static final List<String[]> COUNTS = List.of(
            new String[] {"home.count.texts", Unkg.DOCUMENT_VERSION},
            new String[] {"home.count.documents", Unkg.DOCUMENT},
            new String[] {"home.count.paragraphs", Unkg.PARAGRAPH},
            new String[] {"home.count.mentions", Unkg.MENTION},
            new String[] {"home.count.meetings", Unkg.MEETING},
            new String[] {"home.count.organizations", Unkg.ORGANIZATION},
            new String[] {"home.count.countries", Unkg.COUNTRY},
            new String[] {"home.count.themes", Unkg.THEME});

    /** Entity pages to start from: documents, a body, a theme; their names and descriptions by message key. */
    private static final List<String[]> EXAMPLES = List.of(
            new String[] {"/page/document/S/PRST/2012/16", "home.example.prst.name", "home.example.prst"},
            new String[] {"/page/document/S/RES/1373(2001)", "home.example.res.name", "home.example.res"},
            new String[] {"/page/organization/CTED", "home.example.cted.name", "home.example.cted"},
            new String[] {"/page/theme/counter-terrorism", "home.example.theme.name", "home.example.theme"});

    private final transient StoreFacts facts;

    HomeServlet(StoreFacts facts) {
        this.facts = facts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Chrome chrome = Chrome.of(request, null);
        List<Map<String, Object>> counts = new ArrayList<>();
        for (String[] count : COUNTS) {
            long n = facts.instances(count[1]);
            if (n > 0) {
                counts.add(Map.of("key", count[0], "value", n));
            }
        }
        facts.count(VOID.triples).ifPresent(n -> counts.add(Map.of("key", "home.count.triples", "value", n)));
        List<Map<String, Object>> examples = new ArrayList<>();
        for (String[] example : EXAMPLES) {
            examples.add(Map.of("href", example[0], "name", chrome.t().get(example[1]), "key", example[2]));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("counts", counts);
        values.put("examples", examples);
        values.put("modified", facts.builtAt().toString().replaceFirst("\\.\\d+Z$", "Z").replace('T', ' '));
        values.put("hasDump", facts.dump().isPresent());
        HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "home", chrome, values);
    }
}
