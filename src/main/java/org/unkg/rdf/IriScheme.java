package org.unkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** The data IRIs of the public data contract, under a configurable base ({@code https://w3id.org/unkg/}). */
public final class IriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/unkg/";

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** A document by its key: the symbol without spaces, or {@code nosymbol/{hash}}. */
    public IRI document(String key) {
        return VF.createIRI(base + "id/document/" + key);
    }

    public IRI version(IRI document, String language) {
        return VF.createIRI(document.stringValue() + "/" + language);
    }

    public IRI paragraph(IRI document, int number) {
        return VF.createIRI(document.stringValue() + "/para/" + number);
    }

    public IRI graph(String documentKey) {
        return VF.createIRI(base + "graph/" + documentKey);
    }

    public IRI meeting(int number) {
        return VF.createIRI(base + "id/meeting/" + number);
    }

    public IRI agendaItem(String key) {
        return VF.createIRI(base + "id/agenda-item/" + key);
    }

    public IRI converterAgent() {
        return VF.createIRI(base + "id/agent/converter");
    }
}
