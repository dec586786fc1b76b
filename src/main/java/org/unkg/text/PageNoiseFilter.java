package org.unkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the lines that PDF extraction adds to the text of a UN document but that are not part of it: job numbers
 * ({@code 01-55743 (E)}, {@code 15-21698* (E)}), bar codes ({@code *0155743*}), page numbers and page marks
 * ({@code 2/6 14-67661}, {@code Page 2}, {@code - 3 -}), continuation marks ({@code /...}), rules, and lines that
 * hold nothing but a link. A line holding only a document symbol is a running page header, except at the top of the
 * first page, where it is the document's own symbol line and stays for the header reader.
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

    /** How many lines at the start of the text count as the first page's header. */
    private static final int HEADER_LINES = 8;

    public List<SourceLine> filter(List<SourceLine> lines) {
        List<SourceLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (isNoise(line.text()) || isRunningHeader(line, i)) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /** Whether a line is page furniture wherever it stands. */
    public boolean isNoise(String t) {
        return JOB_NUMBER.matcher(t).matches()
                || BAR_CODE.matcher(t).matches()
                || PAGE_OF.matcher(t).matches()
                || JOB_THEN_PAGE.matcher(t).matches()
                || PAGE_THEN_JOB.matcher(t).matches()
                || PAGE_WORD.matcher(t).matches()
                || DASHED_NUMBER.matcher(t).matches()
                || BARE_NUMBER.matcher(t).matches()
                || CONTINUED.matcher(t).matches()
                || RULE.matcher(t).matches()
                || LINK_ONLY.matcher(t).matches()
                || REISSUE_NOTE.matcher(t).matches();
    }

    private static boolean isRunningHeader(SourceLine line, int index) {
        return index >= HEADER_LINES && SYMBOL_HEADER.matcher(line.text()).matches();
    }
}
