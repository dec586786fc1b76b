package org.unkg.structure;

/** The kinds of UN document the graph tells apart; each is a class of the ontology with the same local name. */
public enum DocumentType {
    RESOLUTION("Resolution"),
    PRESIDENTIAL_STATEMENT("PresidentialStatement"),
    LETTER("Letter"),
    REPORT("Report"),
    NOTE("Note"),
    MEETING_RECORD("MeetingRecord"),
    AGENDA("Agenda"),
    DOCUMENT("Document");

    private final String localName;

    DocumentType(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology class, after {@code unkg:}. */
    public String localName() {
        return localName;
    }
}
