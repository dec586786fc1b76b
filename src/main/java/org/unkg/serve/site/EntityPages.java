package org.unkg.serve.site;

import org.unkg.common.IriScheme;

/**
 * Where the HTML page of an entity is: {@code https://w3id.org/unkg/id/document/S/RES/1373(2001)/para/1} has its page
 * at {@code /page/document/S/RES/1373(2001)/para/1}.
 */
public final class EntityPages {

    /** The namespace of the entities that have pages. */
    private final String entityBase;

    public EntityPages(IriScheme iris) {
        this.entityBase = iris.entityBase();
    }

    /** The page of an entity, or null for an IRI outside the entities' namespace. */
    public String href(String iri) {
        if (iri == null || !iri.startsWith(entityBase) || iri.length() == entityBase.length()) {
            return null;
        }
        return "/page/" + iri.substring(entityBase.length());
    }
}
