package org.unkg.serve.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.common.IriScheme;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.EntityPages;
import org.unkg.serve.site.HtmlResponse;
import org.unkg.serve.site.PagePolicy;

/**
 * {@code /search}: the results page of a full-text search ({@link SearchRequest} says what it reads). Matched
 * entities come first, then the matched paragraphs, 20 to a page, best first, each with the words that matched
 * marked, and linked to its paragraph's page and its document's page with the document's symbol, type and date.
 * The dataset is the one the SPARQL endpoint serves, found in Fuseki's registry.
 */
final class SearchServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SearchServlet.class);

    /** Pages before and after the current one that the pager links directly. */
    private static final int PAGER_REACH = 4;
    /** The last page a search offers, as {@link SearchRequest} reads no page beyond it. */
    private static final int MAX_PAGES = 1000;

    private final transient IriScheme iris;
    private final transient EntityPages pages;
    private transient volatile TextSearch search;
    private transient volatile Map<String, Map<String, String>> classLabels;
    private transient volatile List<String> documentTypes;

    SearchServlet(IriScheme iris) {
        this.iris = iris;
        this.pages = new EntityPages(iris);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SearchRequest asked = SearchRequest.of(request);
        Chrome chrome = Chrome.of(request, asked.q());
        String lang = chrome.lang();
        TextSearch text = search(request);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", asked.q());
        values.put("in", asked.in());
        values.put("type", asked.type());
        values.put("from", asked.from() == null ? "" : asked.from().toString());
        values.put("to", asked.to() == null ? "" : asked.to().toString());
        List<Map<String, String>> types = new ArrayList<>();
        for (String type : documentTypes) {
            types.add(Map.of("value", localName(type), "label", label(type, lang)));
        }
        values.put("types", types);

        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> pager = new ArrayList<>();
        long total = 0;
        int pages = 0;
        String error = "";
        if (!asked.q().isEmpty()) {
            try {
                TextSearch.Results found = text.search(asked);
                for (TextSearch.EntityMatch e : found.entities()) {
                    entities.add(Map.of("href", href(e.iri()), "label", pick(e.labels(), lang, e.iri()),
                            "types", e.types().stream().map(t -> label(t, lang)).toList()));
                }
                List<TextSearch.Hit> page = found.hits();
                total = found.total();
                pages = (int) Math.min(MAX_PAGES, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
                int from = (asked.page() - 1) * SearchRequest.PAGE_SIZE;
                Map<String, List<Passage.Piece>> passages = text.highlight(page, asked.q());
                Map<String, TextSearch.DocumentSummary> documents = text.documents(page);
                int rank = from;
                for (TextSearch.Hit hit : page) {
                    TextSearch.DocumentSummary doc = documents.getOrDefault(hit.document(),
                            new TextSearch.DocumentSummary(null, null, null, null));
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("rank", ++rank);
                    result.put("href", href(hit.paragraph()));
                    result.put("documentHref", href(hit.document()));
                    result.put("document", doc.symbol() != null ? doc.symbol()
                            : doc.title() != null ? doc.title() : hit.document());
                    result.put("type", doc.type() == null ? "" : label(doc.type(), lang));
                    result.put("date", doc.date() == null ? "" : doc.date());
                    result.put("number", hit.number());
                    result.put("lang", hit.lang());
                    result.put("score", String.format("%.2f", hit.score()));
                    result.put("pieces", passages.getOrDefault(hit.paragraph(),
                            Passage.plain(hit.text() == null ? "" : hit.text(), 400)));
                    results.add(result);
                }
                for (int p = Math.max(1, asked.page() - PAGER_REACH); p <= Math.min(pages, asked.page() + PAGER_REACH);
                        p++) {
                    pager.add(Map.of("page", p, "href", asked.href(p, lang), "current", p == asked.page()));
                }
            } catch (TextSearch.UnreadableQuery e) {
                error = chrome.t().get("search.unreadable");
            } catch (RuntimeException e) {
                LOG.warn("Search '{}' failed: {}", asked.q(), e.toString());
                error = chrome.t().get("search.failed");
            }
        }
        values.put("entities", entities);
        values.put("results", results);
        values.put("total", total);
        values.put("page", asked.page());
        values.put("pages", pages);
        values.put("pager", pager);
        values.put("previous", asked.page() > 1 && asked.page() <= pages ? asked.href(asked.page() - 1, lang) : "");
        values.put("next", asked.page() < pages ? asked.href(asked.page() + 1, lang) : "");
        values.put("error", error);
        response.setHeader("Content-Security-Policy", PagePolicy.of());
        HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "search", chrome, values);
    }

    /** The server stops: the search's Lucene reader is closed with it, so that the index's files are released. */
    @Override
    public void destroy() {
        TextSearch open = search;
        search = null;
        if (open != null) {
            open.close();
        }
        super.destroy();
    }

    private TextSearch search(HttpServletRequest request) {
        if (search == null) {
            synchronized (this) {
                if (search == null) {
                    DataAccessPointRegistry registry = DataAccessPointRegistry.get(request.getServletContext());
                    DataAccessPoint point = registry.accessPoints().get(0);
                    DatasetGraph dataset = point.getDataService().getDataset();
                    TextSearch created = new TextSearch(new StoreQueries(dataset), iris);
                    // Fixed for the life of the server: the store is never changed while served.
                    classLabels = created.classLabels();
                    documentTypes = created.documentTypes();
                    search = created;
                }
            }
        }
        return search;
    }

    private String label(String classIri, String lang) {
        Map<String, String> labels = classLabels.get(classIri);
        return labels == null ? localName(classIri) : pick(labels, lang, localName(classIri));
    }

    private static String pick(Map<String, String> labels, String lang, String otherwise) {
        if (labels.containsKey(lang)) {
            return labels.get(lang);
        }
        if (labels.containsKey("en")) {
            return labels.get("en");
        }
        return labels.values().stream().findFirst().orElse(otherwise);
    }

    private String href(String iri) {
        String page = pages.href(iri);
        return page == null ? iri : page;
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
