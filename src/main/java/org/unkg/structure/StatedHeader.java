package org.unkg.structure;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates and meeting numbers a document states where it dates itself, each with the line that states it, in
 * reading order: its header and footer lines (title, adoption line, a catalogue's publication date, the note at the
 * foot) and an adoption line that ran on into a paragraph. The reader picks one of each; a check against other
 * documents may pick another that a line of the same document states.
 */
public record StatedHeader(List<Stated<LocalDate>> dates, List<Stated<Integer>> meetings) {

    /** A value and the line (1-based, in the cleaned text) that states it. */
    public record Stated<T>(T value, int line) {
    }
}
