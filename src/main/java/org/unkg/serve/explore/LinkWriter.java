package org.unkg.serve.explore;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.pages.Schema;

/** Links as the explorer's API writes them, each named by its property in the reader's language. */
final class LinkWriter {

    private final Schema schema;

    LinkWriter(Schema schema) {
        this.schema = schema;
    }

    JsonArray json(List<LinksAmong.Link> links, String lang) {
        JsonArray array = new JsonArray();
        for (LinksAmong.Link link : links) {
            JsonObject json = new JsonObject();
            json.put("source", link.source());
            json.put("target", link.target());
            json.put("property", link.property());
            json.put("curie", schema.curie(link.property()));
            json.put("label", schema.name(link.property(), lang));
            array.add(json);
        }
        return array;
    }
}
