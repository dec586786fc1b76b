package org.unkg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;

/**
 * Drops the lines that PDF extraction adds to the text of a UN document but that are not part of it: job numbers
 * ({@code 01-55743 (E)}, {@code 15-21698* (E)}), bar codes ({@code *0155743*}), page numbers and page marks
 * ({@code 2/6 14-67661}, {@code Page 2}, {@code - 3 -}), continuation marks ({@code /...}), rules, running headers
 * (the document's symbol) and the lists of links some extractions leave at a page's foot.
 *
 * <p>Some of these could be text: a line holding only a number, a symbol or a link is what a sentence leaves on a
 * line when it is wrapped narrowly ({@code …resolution} / {@code 338} / {@code (1973)…}). Such a line is furniture only
 * where furniture stands: a number or a link at a page break, at the end of the text or next to a line that is
 * furniture for certain (or to one found furniture so), a link among other links; a symbol at a page break or where
 * it repeats the document's own symbol line from the top of the first page, as running headers do (another symbol
 * next to a job number is the end of a note citing it: {@code …document} / {@code S/12942.}). A number after a word that asks for one
 * ({@code resolution}) is text. Otherwise the line stays, since no text is ever dropped.
 */
public final class PageNoiseFilter {

    private static final Pattern JOB_NUMBER =
            Pattern.compile("\\d{2}-\\d{5}\\s*\\*?\\s*(\\([A-Z]\\))?[\\s\\d`*./()A-Z]*");
    private static final Pattern BAR_CODE = Pattern.compile("\\*\\s?\\d{7,9}\\s?\\*");
    private static final Pattern PAGE_OF = Pattern.compile("\\d{1,3}\\s*/\\s*\\d{1,3}(\\s+\\d{2}-\\d{5}.*)?");
    private static final Pattern JOB_THEN_PAGE = Pattern.compile("\\d{2}-\\d{5}\\s+\\d{1,3}(\\s*/\\s*\\d{1,3})?");
    private static final Pattern PAGE_THEN_JOB = Pattern.compile("\\d{1,3}\\s+\\d{2}-\\d{5}\\s*(\\([A-Z]\\))?");
    private static final Pattern PAGE_WORD = Pattern.compile("(Page|page|第)\\s*\\d{1,3}\\s*(页)?");
    private static final Pattern DASHED_NUMBER = Pattern.compile("[-–—]\\s*\\d{1,3}\\s*[-–—]");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern CONTINUED = Pattern.compile("/\\s?\\.\\.\\.|…+|\\.{3,}");
    private static final Pattern RULE = Pattern.compile("[-_=`*.\\s]{3,}");
    private static final Pattern LINK_ONLY = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern SYMBOL_HEADER = Pattern.compile(
            "[SAE]/[A-Za-z0-9./ ()-]{2,40}?(\\s*\\*)?(\\s+(Page|page)\\s*\\d{1,3})?");
    private static final Pattern REISSUE_NOTE =
            Pattern.compile("\\*\\s*(Reissued|Second reissue|Third reissue|因技术原因重发|因技术原因再次印发).*");

    /** The words a number of the text follows: a number on a line after one of them is no page number. */
    private static final Set<String> REFERENCE_WORDS = Set.of("resolution", "resolutions", "paragraph",
            "paragraphs", "article", "articles", "rule", "rules", "chapter", "annex", "no", "nos", "and", "of", "to");

    /** How many lines at the start of the text count as the first page's header. */
    private static final int HEADER_LINES = 8;

    public List<SourceLine> filter(List<SourceLine> lines) {
        int n = lines.size();
        boolean[] noise = new boolean[n];
        boolean[] maybe = new boolean[n];
        Set<String> ownSymbol = new HashSet<>();
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            folded[i] = lines.get(i).folded();
            boolean symbol = SYMBOL_HEADER.matcher(folded[i]).matches();
            if (symbol && i < HEADER_LINES) {
                ownSymbol.add(folded[i]);
            }
            if (isFurniture(folded[i])) {
                noise[i] = true;
            } else if (mayBeFurniture(folded[i]) && !afterReferenceWord(folded, i) || i >= HEADER_LINES && symbol) {
                maybe[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            boolean repeatedHeader = i >= HEADER_LINES && ownSymbol.contains(folded[i]);
            boolean amongLinks = LINK_ONLY.matcher(folded[i]).matches() && (i > 0 && maybe[i - 1]
                    && LINK_ONLY.matcher(folded[i - 1]).matches() || i + 1 < n && maybe[i + 1]
                    && LINK_ONLY.matcher(folded[i + 1]).matches());
            boolean symbol = SYMBOL_HEADER.matcher(folded[i]).matches();
            if (maybe[i] && (repeatedHeader || amongLinks || atPageEdge(lines, i, !symbol))) {
                noise[i] = true;
            }
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int i = 0; i < n; i++) {
                // a symbol other than the document's own is a cited document's, whatever stands beside it
                boolean otherSymbol = SYMBOL_HEADER.matcher(folded[i]).matches() && !ownSymbol.contains(folded[i])
                        && !mayBeFurniture(folded[i]);
                if (maybe[i] && !noise[i] && !otherSymbol && (i > 0 && noise[i - 1] || i + 1 < n && noise[i + 1])) {
                    noise[i] = true;
                    grew = true;
                }
            }
        }
        List<SourceLine> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!noise[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * A number on a line of its own after a word that asks for one ("…to implement resolution" / "338") is the text
     * going on, not a page number.
     */
    private static boolean afterReferenceWord(String[] folded, int i) {
        if (i == 0 || !BARE_NUMBER.matcher(folded[i]).matches()) {
            return false;
        }
        String before = folded[i - 1];
        int end = before.length();
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        return REFERENCE_WORDS.contains(before.substring(start, end).toLowerCase()) || before.endsWith("第");
    }

    /**
     * The first line of a page but the first, the last line before a page break, or (for a page number, which ends
     * the last page) the text's last line.
     */
    private static boolean atPageEdge(List<SourceLine> lines, int i, boolean orEnd) {
        return i > 0 && lines.get(i).pageStart() || i + 1 < lines.size() && lines.get(i + 1).pageStart()
                || orEnd && i == lines.size() - 1;
    }

    /** Whether a line is page furniture for certain, wherever it stands. */
    boolean isFurniture(String t) {
        return JOB_NUMBER.matcher(t).matches()
                || BAR_CODE.matcher(t).matches()
                || JOB_THEN_PAGE.matcher(t).matches()
                || PAGE_THEN_JOB.matcher(t).matches()
                || PAGE_WORD.matcher(t).matches()
                || DASHED_NUMBER.matcher(t).matches()
                || CONTINUED.matcher(t).matches()
                || RULE.matcher(t).matches()
                || REISSUE_NOTE.matcher(t).matches();
    }

    /** Whether a line may be furniture or text: a number, a page number out of a total, a link. */
    private static boolean mayBeFurniture(String t) {
        return PAGE_OF.matcher(t).matches() || BARE_NUMBER.matcher(t).matches() || LINK_ONLY.matcher(t).matches();
    }

    /** Whether a line can be page furniture, where it stands decides (see the class comment). */
    public boolean isNoise(String line) {
        String t = CharacterForms.fold(line);
        return isFurniture(t) || mayBeFurniture(t) || SYMBOL_HEADER.matcher(t).matches();
    }
}
