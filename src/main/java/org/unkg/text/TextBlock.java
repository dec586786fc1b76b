package org.unkg.text;

/** Consecutive source lines joined into one block of running text: a paragraph, a title, a heading. */
public record TextBlock(String text, int firstLine, int lastLine, boolean indented) {
}
