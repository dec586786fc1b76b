package org.unkg.serve.explore;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.pages.Terms;

/** Links as the explorer's API writes them, each named by its property in the reader's language. */
final class LinkWriter {

    private final Terms terms;

    LinkWriter(Terms terms) {
        this.terms = terms;
    }

    JsonArray json(List<LinksAmong.Link> links, String lang) {
        JsonArray array = new JsonArray();
        for (LinksAmong.Link link : links) {
            JsonObject json = new JsonObject();
            json.put("source", link.source());
            json.put("target", link.target());
            json.put("property", link.property());
            json.put("curie", terms.curie(link.property()));
            json.put("label", terms.name(link.property(), lang));
            array.add(json);
        }
        return array;
    }
}
