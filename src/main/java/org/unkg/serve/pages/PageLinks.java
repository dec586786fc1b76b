package org.unkg.serve.pages;

import org.unkg.serve.lod.LocalPaths;

/**
 * The links of one page, in the reader's language: every address on this server carries {@code lang}, so that a
 * reader who switched language keeps it from page to page; links out stay as they are.
 */
public final class PageLinks {

    private final LocalPaths paths;
    private final String lang;

    public PageLinks(LocalPaths paths, String lang) {
        this.paths = paths;
        this.lang = lang;
    }

    String lang() {
        return lang;
    }

    /** Where a link to the IRI leads ({@link LocalPaths#href}), in the reader's language; null for nowhere. */
    public String href(String iri) {
        return withLang(paths.href(iri));
    }

    /** The IRI's page, in the reader's language. */
    String page(String iri) {
        return withLang(paths.page(iri));
    }

    /** Adds {@code lang} to an address on this server ({@code /...}), before its fragment. */
    public String withLang(String href) {
        if (href == null || !href.startsWith("/") || href.startsWith("//")) {
            return href;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang + fragment;
    }
}
