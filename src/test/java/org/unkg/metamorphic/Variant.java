package org.unkg.metamorphic;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One kind of variant of a document: its layout, line ends, character forms and encoding changed, its text and
 * what it says the same. {@link #all()} lists the kinds the metamorphic suite runs.
 *
 * @param chinese whether the kind applies to Chinese documents
 * @param english whether it applies to English ones
 */
record Variant(String kind, boolean chinese, boolean english, Function<LogicalDocument, Optional<File>> make) {

    /** A variant's file: its name and bytes. */
    record File(String name, byte[] bytes) {
    }

    Optional<File> of(LogicalDocument doc) {
        return make.apply(doc);
    }

    boolean appliesTo(LogicalDocument doc) {
        return doc.chinese() ? chinese : english;
    }

    static List<Variant> all() {
        List<Variant> kinds = new ArrayList<>();
        for (int width : new int[] {10, 23, 47, 80, 131, 200}) {
            kinds.add(text("width-" + width + "-indented", d -> Layouts.wrapped(d, width, Layouts.Marking.INDENT)));
        }
        for (int width : new int[] {12, 35, 72, 160}) {
            kinds.add(text("width-" + width + "-blank-line-between-paragraphs",
                    d -> Layouts.wrapped(d, width, Layouts.Marking.BLANK_LINE)));
        }
        for (int width : new int[] {15, 58, 110, 190}) {
            kinds.add(text("width-" + width + "-flush", d -> Layouts.wrapped(d, width, Layouts.Marking.FLUSH)));
        }
        kinds.add(text("width-38-blank-line-after-every-line",
                d -> Layouts.wrapped(d, 38, Layouts.Marking.BLANK_AFTER_EVERY_LINE)));
        kinds.add(text("one-paragraph-per-line", d -> Layouts.unbroken(d, false)));
        kinds.add(text("one-paragraph-per-line-blank-between", d -> Layouts.unbroken(d, true)));
        kinds.add(text("pdftotext-layout", d -> Layouts.pdftotextLayout(d, d.chinese() ? 40 : 78, 48)));
        kinds.add(new Variant("crlf-width-66", true, true, d -> encoded(d,
                Layouts.wrapped(d, 66, Layouts.Marking.INDENT).replace("\n", "\r\n"), StandardCharsets.UTF_8)));
        kinds.add(new Variant("cr-width-53", true, true, d -> encoded(d,
                Layouts.wrapped(d, 53, Layouts.Marking.FLUSH).replace("\n", "\r"), StandardCharsets.UTF_8)));
        kinds.add(new Variant("cr-cr-lf-one-paragraph-per-line", true, true, d -> encoded(d,
                Layouts.unbroken(d, false).replace("\n", "\r\r\n"), StandardCharsets.UTF_8)));
        kinds.add(forms("full-width-digits-and-brackets", d -> CharacterVariants.map(d,
                CharacterVariants::fullWidthNumbers)));
        kinds.add(forms("full-width-ascii", d -> CharacterVariants.map(d, CharacterVariants::fullWidthAll)));
        kinds.add(new Variant("western-punctuation", true, false, d -> file(d, Layouts.wrapped(
                CharacterVariants.map(d, CharacterVariants.westernPunctuation(seed(d))), 44, Layouts.Marking.INDENT))));
        kinds.add(forms("other-quotes", d -> CharacterVariants.map(d, l -> CharacterVariants.otherQuotes(l, d.chinese()))));
        kinds.add(forms("other-spaces", d -> CharacterVariants.map(d, CharacterVariants.otherSpaces(d.chinese(),
                seed(d)))));
        kinds.add(forms("zero-width-and-soft-hyphens", d -> CharacterVariants.map(d,
                CharacterVariants.invisibles(seed(d)))));
        kinds.add(new Variant("utf-8-bom", true, true,
                d -> encoded(d, "\uFEFF" + Layouts.wrapped(d, 61, Layouts.Marking.INDENT), StandardCharsets.UTF_8)));
        kinds.add(new Variant("gb18030", true, false,
                d -> encoded(d, Layouts.wrapped(d, 36, Layouts.Marking.INDENT), Charset.forName("GB18030"))));
        kinds.add(new Variant("utf-16le-bom", true, true,
                d -> encoded(d, "\uFEFF" + Layouts.wrapped(d, 70, Layouts.Marking.BLANK_LINE), StandardCharsets.UTF_16LE)));
        kinds.add(new Variant("utf-16be", false, true,
                d -> encoded(d, Layouts.wrapped(d, 75, Layouts.Marking.FLUSH), StandardCharsets.UTF_16BE)));
        kinds.add(new Variant("windows-1252", false, true,
                d -> encoded(d, Layouts.wrapped(d, 69, Layouts.Marking.INDENT), Charset.forName("windows-1252"))));
        return kinds;
    }

    private static Variant text(String kind, Function<LogicalDocument, String> layout) {
        return new Variant(kind, true, true, d -> file(d, layout.apply(d)));
    }

    /** A change of character forms, laid out as the UN's PDFs are: wrapped, paragraphs indented. */
    private static Variant forms(String kind, UnaryOperator<LogicalDocument> change) {
        return new Variant(kind, true, true, d -> file(d, Layouts.wrapped(change.apply(d), d.chinese() ? 39 : 84,
                Layouts.Marking.INDENT)));
    }

    private static Optional<File> file(LogicalDocument d, String text) {
        return encoded(d, text, StandardCharsets.UTF_8);
    }

    /** The text in an encoding; nothing when the encoding cannot write one of its characters. */
    private static Optional<File> encoded(LogicalDocument d, String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (!encoder.canEncode(text)) {
            return Optional.empty();
        }
        return Optional.of(new File(d.name(), text.getBytes(charset)));
    }

    private static long seed(LogicalDocument d) {
        return d.name().hashCode();
    }
}
