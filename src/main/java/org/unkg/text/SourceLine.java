package org.unkg.text;

/**
 * One line of a source text, stripped of surrounding spaces, with its 1-based line number in the normalized text
 * (for messages) and whether it opens a page (follows a form feed).
 *
 * @param indented whether the line began with a space in the source: in Chinese PDF text an indent starts a paragraph
 */
public record SourceLine(int number, String text, boolean pageStart, boolean indented) {
}
