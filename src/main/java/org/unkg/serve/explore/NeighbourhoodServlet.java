package org.unkg.serve.explore;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.site.PageLanguage;

/**
 * {@code /api/neighbourhood?iri=IRI}: every kind of link of a thing with its count and first things; with
 * {@code &link=PROPERTY&direction=in|out}, a page of one of them ({@code &offset=N&limit=M}, and {@code &kind=} or
 * {@code &year=} to narrow it). See {@link Neighbourhood}. 404 for an IRI the store does not know or that has no page
 * here, or a kind of link the thing does not have; 400 for a malformed request.
 */
final class NeighbourhoodServlet extends HttpServlet {

    static final String PATH = "/api/neighbourhood";
    private static final String USAGE = "\nAsk " + PATH + "?iri=IRI[&lang=en|zh], or one kind of link: " + PATH
            + "?iri=IRI&link=PROPERTY&direction=in|out[&offset=N][&limit=M][&kind=KIND][&year=YYYY]";
    static final int PAGE = 20;

    private final transient KnownIris known;
    private final transient Neighbourhood neighbourhood;

    NeighbourhoodServlet(KnownIris known, Neighbourhood neighbourhood) {
        this.known = known;
        this.neighbourhood = neighbourhood;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = request.getParameter("iri");
        if (!known.drawable(iri) || !neighbourhoodKnown(iri)) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found: iri=" + iri + USAGE);
            return;
        }
        String lang = PageLanguage.of(request);
        String link = request.getParameter("link");
        if (link == null) {
            JsonAnswers.write(request, response, neighbourhood.of(iri, lang));
            return;
        }
        Direction direction = Direction.of(request.getParameter("direction"));
        String kind = request.getParameter("kind");
        Integer year = Numbers.of(request.getParameter("year"), 0, 0, 9999);
        Integer offset = Numbers.of(request.getParameter("offset"), 0, 0, Integer.MAX_VALUE);
        Integer limit = Numbers.of(request.getParameter("limit"), PAGE, 0, Neighbourhood.MOST);
        if (direction == null || !StoreQueries.holdable(link) || (kind != null && !kind.matches("[a-z-]{1,40}"))
                || year == null || offset == null || limit == null) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request: direction is in or out, "
                    + "limit at most " + Neighbourhood.MOST + ", offset and year whole numbers" + USAGE);
            return;
        }
        JsonObject page = neighbourhood.page(iri,
                new Neighbourhood.Page(link, direction, kind, year, offset, limit), lang);
        if (page == null) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_NOT_FOUND, "No link " + link + " (" + direction.word()
                    + ") from " + iri + USAGE);
            return;
        }
        JsonAnswers.write(request, response, page);
    }

    private boolean neighbourhoodKnown(String iri) {
        return !known.of(List.of(iri)).isEmpty();
    }
}
