package org.unkg.text;

/**
 * Where a document's numbering stands while its paragraphs are read: the last paragraph number ({@code 1.}), part
 * or heading number ({@code 一、}, {@code II.}), sub-paragraph letter ({@code (a)}) and roman numeral ({@code (i)}).
 * A number opens a paragraph where it carries the numbering on, which tells it from a number that a sentence goes on
 * to. It also says whether the reading is in a resolution's preamble or in a letter's signature, where words that
 * elsewhere go on with a sentence open a paragraph or a line of their own.
 */
public final class ParagraphSequence {

    private int number;
    private int heading;
    private int letter;
    private int roman;
    private boolean preamble;
    private boolean signature;
    /** The last footnote read in the notes at a document's end, -1 before them. */
    private int footnote = -1;

    public int number() {
        return number;
    }

    public int heading() {
        return heading;
    }

    public int letter() {
        return letter;
    }

    public int roman() {
        return roman;
    }

    public void numbered(int n) {
        number = n;
        letter = 0;
        roman = 0;
    }

    public void headed(int n) {
        heading = n;
        letter = 0;
        roman = 0;
    }

    public void lettered(int n) {
        letter = n;
        roman = 0;
    }

    public void numeralled(int n) {
        roman = n;
    }

    public boolean inPreamble() {
        return preamble;
    }

    public void preamble(boolean in) {
        preamble = in;
    }

    public boolean inSignature() {
        return signature;
    }

    public void signature(boolean in) {
        signature = in;
    }

    /** Whether the reading has reached the notes at the document's end. */
    public boolean inNotes() {
        return footnote >= 0;
    }

    public int footnote() {
        return footnote;
    }

    /** The notes start (0) or go on with note {@code n}. */
    public void noted(int n) {
        footnote = n;
    }
}
