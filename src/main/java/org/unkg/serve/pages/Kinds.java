package org.unkg.serve.pages;

import java.util.regex.Pattern;

import org.unkg.serve.lod.LocalPaths;

/**
 * The sort of thing an IRI names, read from its path ({@code {base}id/organization/CTED} is an organization): the
 * pages pick their sections by it and the graph viewer its colours, without asking the store.
 */
public final class Kinds {

    public static final String DOCUMENT = "document";
    public static final String PARAGRAPH = "paragraph";
    public static final String VERSION = "version";
    public static final String MENTION = "mention";
    public static final String GRAPH = "graph";
    public static final String TERM = "term";
    public static final String EXTERNAL = "external";

    private static final Pattern PARAGRAPH_PATH = Pattern.compile(".+/para/\\d+");
    private static final Pattern VERSION_PATH = Pattern.compile(".+/[a-z]{2,3}");
    private static final Pattern MENTION_PATH = Pattern.compile(".+/[a-z]{2,3}/mention/\\d+-\\d+");

    private Kinds() {
    }

    /** {@code document}, {@code paragraph}, {@code version}, {@code mention}, {@code graph}, the segment after
     * {@code id/} for other local IRIs ({@code organization}, {@code theme}...), {@code term} for the ontology's
     * terms, {@code external} for the rest. */
    public static String of(String iri, LocalPaths paths) {
        String base = paths.base();
        if (paths.isGraph(iri)) {
            return GRAPH;
        }
        if (iri.startsWith(base + LocalPaths.ONTOLOGY)) {
            return TERM;
        }
        if (!iri.startsWith(base + LocalPaths.ID)) {
            return EXTERNAL;
        }
        String rest = iri.substring(base.length() + LocalPaths.ID.length());
        int slash = rest.indexOf('/');
        String kind = slash < 0 ? rest : rest.substring(0, slash);
        if (!kind.equals(DOCUMENT)) {
            return kind;
        }
        if (MENTION_PATH.matcher(rest).matches()) {
            return MENTION;
        }
        if (PARAGRAPH_PATH.matcher(rest).matches()) {
            return PARAGRAPH;
        }
        if (VERSION_PATH.matcher(rest).matches()) {
            return VERSION;
        }
        return DOCUMENT;
    }
}
