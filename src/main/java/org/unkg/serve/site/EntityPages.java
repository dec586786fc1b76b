package org.unkg.serve.site;

/**
 * Where the HTML page of an entity is: {@code https://w3id.org/unkg/id/document/S/RES/1373(2001)/para/1} has its page
 * at {@code /page/document/S/RES/1373(2001)/para/1}.
 */
public final class EntityPages {

    /** The namespace of the entities that have pages. */
    public static final String ID_BASE = "https://w3id.org/unkg/id/";

    private EntityPages() {
    }

    /** The page of an entity, or null for an IRI outside {@link #ID_BASE}. */
    public static String href(String iri) {
        if (iri == null || !iri.startsWith(ID_BASE) || iri.length() == ID_BASE.length()) {
            return null;
        }
        return "/page/" + iri.substring(ID_BASE.length());
    }
}
