package org.unkg.text;

import org.unkg.common.CharacterForms;

/**
 * One line of a source text, stripped of surrounding spaces, with its 1-based line number in the normalized text
 * (for messages), whether it opens a page (follows a form feed), and what its layout says: whether it is indented
 * further than the text's usual left margin, and whether a blank line stands before it. Layout is weak evidence of
 * where a paragraph starts; see {@link LayoutEvidence}.
 */
public record SourceLine(int number, String text, boolean pageStart, boolean indented, boolean blankBefore) {

    public SourceLine(int number, String text, boolean pageStart, boolean indented) {
        this(number, text, pageStart, indented, false);
    }

    /** The line's text in ordinary character forms ({@link CharacterForms}), for matching. */
    public String folded() {
        return CharacterForms.fold(text);
    }
}
