package org.unkg.structure;

import java.util.Optional;

/**
 * A block of a document's cleaned text in reading order. Paragraph blocks become {@code unkg:Paragraph}s; header
 * and footer blocks (title, symbol line, adoption line, footnotes) are part of the version's full text only. A
 * sub-paragraph ({@code (a)}, {@code (i)}) is a paragraph of its own, part of the paragraph before it.
 */
public record Block(String text, Role role, ParagraphKind kind, Optional<String> numberInText, int firstLine,
        boolean subParagraph) {

    public enum Role { HEADER, PARAGRAPH, FOOTER }

    public static Block header(String text, int firstLine) {
        return new Block(text, Role.HEADER, ParagraphKind.PARAGRAPH, Optional.empty(), firstLine, false);
    }

    public static Block footer(String text, int firstLine) {
        return new Block(text, Role.FOOTER, ParagraphKind.PARAGRAPH, Optional.empty(), firstLine, false);
    }

    public static Block paragraph(String text, ParagraphKind kind, Optional<String> number, int firstLine) {
        return new Block(text, Role.PARAGRAPH, kind, number, firstLine, false);
    }

    public static Block subParagraph(String text, ParagraphKind kind, String number, int firstLine) {
        return new Block(text, Role.PARAGRAPH, kind, Optional.of(number), firstLine, true);
    }

    public boolean isParagraph() {
        return role == Role.PARAGRAPH;
    }
}
