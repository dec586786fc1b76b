package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.pages.Schema;

/**
 * The graph viewers' data for one node ({@code /api/neighbourhood}): the node, and for each kind of link (a property
 * and a direction) how many things it links to in all, how many of each kind and of each year, and a page of them,
 * each with its name, kind, class and date. Asked for a node alone, every kind of link with its first
 * {@value #FIRST} things; asked for one kind of link, a page of it, narrowed to one kind of thing or one year if
 * asked. See {@code docs/data-model.md}, "The graph viewers' API".
 *
 * <pre>{@code
 * {"node": {...card...},
 *  "links": [{"link": IRI, "direction": "in", "label": "mentioned by", "property": "mentions",
 *             "curie": "unkg:mentions", "total": 54, "offset": 0, "limit": 10,
 *             "kinds": {"document": 18, "paragraph": 36}, "years": [{"year": 2004, "count": 2}, ...],
 *             "neighbours": [{...card...}, ...]}, ...]}
 * }</pre>
 */
final class Neighbourhood {

    /** How many things of each kind of link the answer for a node alone carries. */
    static final int FIRST = 10;
    /** The most things one page may carry. */
    static final int MOST = 200;

    /**
     * A page of one kind of link.
     *
     * @param property the property's IRI
     * @param direction its direction
     * @param kind only things of this kind ({@code document}), or null for all
     * @param year only things of this year, or 0 for all
     * @param offset how many to skip
     * @param limit how many at most
     */
    record Page(String property, Direction direction, String kind, int year, int offset, int limit) {
    }

    private final StoreQueries store;
    private final Schema schema;
    private final LinkGroups groups;
    private final NodeCards cards;

    Neighbourhood(StoreQueries store, Schema schema, LinkGroups groups, NodeCards cards) {
        this.store = store;
        this.schema = schema;
        this.groups = groups;
        this.cards = cards;
    }

    /** Every kind of link of the node, with its first things. */
    JsonObject of(String iri, String lang) {
        List<LinkGroups.Group> all = groups.of(iri);
        List<List<String>> pages = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        shown.add(iri);
        for (LinkGroups.Group g : all) {
            List<String> first = g.members().subList(0, Math.min(FIRST, g.members().size()));
            pages.add(first);
            shown.addAll(first);
        }
        Map<String, JsonObject> named = store.read(() -> cards.of(shown, lang));
        JsonArray links = new JsonArray();
        for (int i = 0; i < all.size(); i++) {
            LinkGroups.Group g = all.get(i);
            links.add(group(g, g.members().size(), 0, FIRST, pages.get(i), named, lang));
        }
        return answer(named.get(iri), links);
    }

    /** One page of one kind of link of the node; null if the node has no such kind of link. */
    JsonObject page(String iri, Page page, String lang) {
        LinkGroups.Group g = groups.of(iri).stream()
                .filter(x -> x.property().equals(page.property()) && x.direction() == page.direction())
                .findFirst().orElse(null);
        if (g == null) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < g.members().size(); i++) {
            if ((page.kind() == null || g.kinds().get(i).equals(page.kind()))
                    && (page.year() == 0 || g.years()[i] == page.year())) {
                chosen.add(g.members().get(i));
            }
        }
        int from = Math.min(page.offset(), chosen.size());
        List<String> slice = chosen.subList(from, Math.min(chosen.size(), from + page.limit()));
        List<String> shown = new ArrayList<>(slice);
        shown.add(0, iri);
        Map<String, JsonObject> named = store.read(() -> cards.of(shown, lang));
        JsonObject link = group(g, chosen.size(), page.offset(), page.limit(), slice, named, lang);
        if (page.kind() != null) {
            link.put("kind", page.kind());
        }
        if (page.year() != 0) {
            link.put("year", page.year());
        }
        JsonArray links = new JsonArray();
        links.add(link);
        return answer(named.get(iri), links);
    }

    private JsonObject group(LinkGroups.Group g, int total, int offset, int limit, List<String> page,
            Map<String, JsonObject> named, String lang) {
        JsonObject link = new JsonObject();
        link.put("link", g.property());
        link.put("direction", g.direction().word());
        String name = schema.name(g.property(), lang);
        link.put("label", g.direction() == Direction.OUT ? name : ExploreMessages.inverse(schema.curie(g.property()), name, lang));
        link.put("property", name);
        link.put("curie", schema.curie(g.property()));
        link.put("total", total);
        link.put("offset", offset);
        link.put("limit", limit);
        JsonObject kindCounts = new JsonObject();
        g.kindCounts().forEach(kindCounts::put);
        link.put("kinds", kindCounts);
        JsonArray yearCounts = new JsonArray();
        g.yearCounts().forEach((year, count) -> {
            JsonObject y = new JsonObject();
            y.put("year", year);
            y.put("count", count);
            yearCounts.add(y);
        });
        link.put("years", yearCounts);
        JsonArray neighbours = new JsonArray();
        for (String member : page) {
            neighbours.add(named.get(member));
        }
        link.put("neighbours", neighbours);
        return link;
    }

    private static JsonObject answer(JsonObject node, JsonArray links) {
        JsonObject answer = new JsonObject();
        answer.put("node", node);
        answer.put("links", links);
        return answer;
    }
}
