package org.unkg.structure;

/** The role of a paragraph in its document; each but the plain one is a subclass of {@code unkg:Paragraph}. */
public enum ParagraphKind {
    PARAGRAPH("Paragraph"),
    PREAMBULAR("PreambularParagraph"),
    OPERATIVE("OperativeParagraph"),
    HEADING("Heading"),
    LIST_ITEM("ListItem");

    private final String localName;

    ParagraphKind(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
