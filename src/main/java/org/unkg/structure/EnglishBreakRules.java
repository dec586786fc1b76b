package org.unkg.structure;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.WordList;
import org.unkg.text.BreakRules;
import org.unkg.text.ParagraphSequence;

/**
 * Where the paragraphs of an English UN document start, by its own conventions: after the comma, semicolon or full
 * stop that ends a paragraph, a resolution's preambular participle or adjective ({@code Recalling its…},
 * {@code Deeply concerned…}) or operative verb ({@code Decides that…}), a paragraph number that goes on with the
 * numbering, a sub-paragraph letter or numeral that goes on with its list ({@code (a)}, {@code (ii)}), the chapeau
 * ({@code The Security Council,}), a statement's opening quotation mark, the adoption note; and the lines that stand
 * alone: a title, a part heading, the lines of a signature.
 */
final class EnglishBreakRules implements BreakRules {

    /** What ends a paragraph or clause, what may close after it, and the footnote marks that may follow. */
    static final String CLAUSE_ENDS = ",;:.";
    static final String STRONG_ENDS = ";:.";
    static final String CLOSERS = "\"”’')]";
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?:\\(\\d{1,3}\\)|\\[\\d{1,3}\\]|\\d{1,3}|\\*{1,3})$");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s?\\.\\s*(?=[^\\s\\d])");
    private static final Pattern SUB_ITEM = Pattern.compile("\\(([a-z]{1,2}|[ivxl]{1,6})\\)(?=\\s|$)");
    private static final Pattern PART = Pattern.compile("(?:[A-H]|[IVX]{1,4})\\.?(?=\\s+[\\p{Lu}\\d\"“(])");
    /** A part's letter standing after the end of the paragraph before it, at the end of a text. */
    private static final Pattern PART_AT_END = Pattern.compile("(?:^|[;:.,]\\s+)((?:[A-H]|[IVX]{1,4})\\.?)\\s*$");
    /** A heading given as a title in brackets and quotation marks. */
    private static final Pattern QUOTED_HEADING = Pattern.compile("\\(\\s*[\"“][^\"”()]{3,150}[\"”]\\s*\\)");
    /** A part's letter as a line of its own. */
    private static final Pattern PART_LETTER_LINE = Pattern.compile("(?:[A-H]|[IVX]{1,4})\\.?");
    /** The dashes and bullets that open the items of a list. */
    private static final String BULLETS = "•–—-";
    /** A person listed after a colon: "…the following persons: Mr. Carmel A. Agius (Malta)". */
    private static final Pattern HONORIFIC = Pattern.compile("(?:Mr|Mrs|Ms|Dr|Judge|Sir|Dame|H\\.E)\\.?\\s+\\p{Lu}");
    /** The articles of an agreement the Council approves, and the "Now, therefore," of the early resolutions. */
    private static final Pattern ARTICLE = Pattern.compile("Article\\s+\\d{1,3}(?=\\s+[\\p{Lu}\\d])|Now,?\\s+therefore\\b");
    /** An article, with the number of its first paragraph when that follows at once. */
    private static final Pattern ARTICLE_NUMBERED = Pattern.compile("Article\\s+\\d{1,3}\\s*(1\\s?\\.)?");
    /** A sub-paragraph numbered in brackets: "(1)", "(2)". */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\((\\d{1,2})\\)\\s+(?=\\p{Lu}|\\p{Ll})");
    private static final Pattern CHAPEAU = Pattern.compile("The Security Council\\s*[,:]?");
    private static final Pattern CHAPEAU_OPENS = Pattern.compile("The Security Council\\s*(?:[,:]\\s*|\\s+(?=\\d|\\p{Lu}))");
    private static final Pattern ADOPTION = Pattern.compile("Adopted\\b.{0,160}?\\bmeeting", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTES = Pattern.compile("(?:Footnotes|Notes)\\s*:?(?=\\s+[(\\[\\d*]|\\s*$)");
    /** The words that introduce a text set out after them: "…the conditions…, as follows:". */
    private static final Pattern INTRODUCES = Pattern.compile("\\b(?:as follows|the following)\\s*:\\s*$");
    /** The end of an early resolution's title: its date. */
    private static final Pattern AFTER_DATED_TITLE = Pattern.compile("\\bof\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4}\\s*$");
    /** The heading of the notes, alone. */
    private static final Pattern NOTES_HEADING = Pattern.compile("\\s*(?:Footnotes|Notes)\\s*:?\\s*");
    /** A footnote mark at a line's start, then the end of the line or a new sentence. */
    private static final Pattern MARK_AT_START = Pattern.compile("(?:\\(\\d{1,3}\\)|\\[\\d{1,3}\\])(?=\\s|$)");
    /** A note at a document's end: its mark, then its text ({@code 1 Ibid., …}, {@code (26) Ibid.}, {@code [1] …}). */
    private static final Pattern NOTE = Pattern.compile("(?:(\\d{1,3})|\\((\\d{1,3})\\)|\\[(\\d{1,3})\\]|\\*{1,3})\\s+(?=\\S)");
    private static final Pattern STATEMENT_TITLE = Pattern.compile("Statement by the President of the Security Council");
    private static final Pattern LETTER_TITLE = Pattern.compile(
            "(?:Identical )?[Ll]etters? dated .{5,400}? addressed to the (?:Secretary-General|President of the Security"
                    + " Council|Chair\\w* of .{3,200})");
    private static final Pattern OTHER_TITLE = Pattern.compile(
            "(?:Report of the Secretary-General|Note by the (?:President|Secretary-General)).{0,300}");
    private static final Pattern LETTER_BODY = Pattern.compile(
            "(?:I have the honour|I write|I am writing|I wish|I should like|On behalf of|With reference to|Further to"
                    + "|Upon instructions|On instructions|In my capacity|Pursuant to|We have the honour)\\b");
    private static final Pattern SIGNED = Pattern.compile("\\(Signed\\)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ing|ed)");
    private static final Pattern CONJUNCTION = Pattern.compile("(?:and|or)\\b");
    /** Words that a number ends with in a reference, not a paragraph: "paragraph 2." is no paragraph 2. */
    private static final Set<String> REFERENCE_WORDS = Set.of("paragraph", "paragraphs", "para", "paras", "resolution",
            "resolutions", "article", "articles", "chapter", "rule", "rules", "annex", "part", "section", "item",
            "no", "nos", "page", "pages", "of", "and", "to", "or", "see", "under", "in");
    /** Words a sentence runs on with past a line end, which no paragraph starts with in a resolution. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "Art", "para",
            "paras", "Co", "Ltd", "Inc", "Jr", "Sr", "vs", "etc", "i.e", "e.g", "Add", "Rev", "Corr", "Amend", "Vol",
            "Suppl", "Sect", "Ch", "Gen",
            // the lower-case forms of references in notes: "United Nations, Treaty Series, vol. / 382 (1960)"
            "vol", "vols", "no", "nos", "p", "pp", "art", "arts", "ch", "sect", "suppl", "sess");
    private static final Set<String> HEADING_SMALL_WORDS = Set.of("and", "of", "the", "in", "for", "on", "to", "with",
            "a", "an", "by", "at", "from");
    private static final int LONGEST_HEADING_WORDS = 12;
    private static final int LONGEST_HEADING = 100;

    private final WordList preambular = WordList.load(getClass(), "en-preambular-openers.txt");
    private final WordList operative = WordList.load(getClass(), "en-operative-verbs.txt");
    private final WordList signatoryTitles = WordList.load(getClass(), "en-signatory-titles.txt");
    private final WordList connectives = WordList.load(getClass(), "en-connectives.txt");
    private final WordList notOpeners = WordList.load(getClass(), "en-participles-not-openers.txt");

    @Override
    public boolean opensParagraph(String text, int start, int at, boolean lineStart, ParagraphSequence sequence) {
        if (at <= start || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        // a part's letter after the end of a paragraph ("…in the future; B") ends what stands before it too
        boolean clauseEnd = endsClause(text, start, at, CLAUSE_ENDS)
                || PART_AT_END.matcher(text).region(start, at).find();
        // a note opens after the end of the one before, or after the notes' heading itself
        if (sequence.inNotes() && (endsClause(text, start, at, STRONG_ENDS)
                || NOTES_HEADING.matcher(text).region(start, at).matches())) {
            Matcher note = NOTE.matcher(text).region(at, Math.min(text.length(), at + 8));
            if (note.lookingAt() && (note.group(1) == null && note.group(2) == null && note.group(3) == null
                    || noteNumber(note) > sequence.footnote())) {
                return true;
            }
        }
        if (c >= '0' && c <= '9') {
            return numberOpens(text, start, at, lineStart, clauseEnd, sequence);
        }
        if (c == '(') {
            return itemOpens(text, start, at, lineStart, sequence);
        }
        if (c == '"' || c == '“') {
            return endsClause(text, start, at, STRONG_ENDS) && at + 1 < text.length()
                    && Character.isUpperCase(text.charAt(at + 1)) && quoteStaysOpen(text, at);
        }
        boolean strong = endsClause(text, start, at, STRONG_ENDS);
        if (BULLETS.indexOf(c) >= 0) {
            // a dash opens an item after the end of the one before ("…crossings; – Calls also…"), a bullet anywhere
            boolean item = at + 2 < text.length() && text.charAt(at + 1) == ' ';
            return item && (c == '•' ? strong || lineStart : (strong || inListOfNames(text, start, at))
                    && Character.isUpperCase(text.charAt(at + 2)));
        }
        if (!Character.isUpperCase(c)) {
            return false;
        }
        if (strong && text.charAt(TextAround.lastBefore(text, start, at)) == ':'
                && HONORIFIC.matcher(text).region(at, Math.min(text.length(), at + 12)).lookingAt()) {
            return true;
        }
        if (strong && INTRODUCES.matcher(text).region(start, at).find()) {
            // what "as follows:" introduces (conditions, a text the Council adopts) stands apart
            return true;
        }
        if (strong && ARTICLE.matcher(text).region(at, Math.min(text.length(), at + 20)).lookingAt()) {
            return true;
        }
        Matcher part = PART.matcher(text).region(at, Math.min(text.length(), at + 8));
        if (lineStart && clauseEnd && part.lookingAt() && opensAfterPart(text, part.end())) {
            return true;
        }
        if (text.startsWith("(Signed)", at)) {
            return true;
        }
        if (AFTER_DATED_TITLE.matcher(text).region(start, at).find() && CHAPEAU.matcher(text).region(at,
                Math.min(text.length(), at + 40)).lookingAt()) {
            // "Resolution 711 (1991) of 12 September 1991 The Security Council,": the chapeau after an old title
            return true;
        }
        if (!clauseEnd && !lineStart) {
            return false;
        }
        if (clauseEnd && isOpenerWord(text, at, text.charAt(TextAround.lastBefore(text, start, at)) == ',')) {
            return true;
        }
        if (clauseEnd && CHAPEAU_OPENS.matcher(text).region(at, Math.min(text.length(), at + 40)).lookingAt()) {
            return true;
        }
        boolean strongEnd = endsClause(text, start, at, STRONG_ENDS);
        if ((strongEnd || lineStart) && ADOPTION.matcher(text).region(at, Math.min(text.length(), at + 200)).lookingAt()) {
            return true;
        }
        return (strongEnd || lineStart) && FOOTNOTES.matcher(text).region(at, Math.min(text.length(), at + 20))
                .lookingAt();
    }

    private static int noteNumber(Matcher note) {
        for (int g = 1; g <= 3; g++) {
            if (note.group(g) != null) {
                return Integer.parseInt(note.group(g));
            }
        }
        return -1;
    }

    /** A part's letter ({@code A}, {@code II.}) stands before a paragraph: a number, an opener, the chapeau. */
    private boolean opensAfterPart(String text, int end) {
        int next = TextAround.firstFrom(text, end);
        return next < text.length() && (Character.isDigit(text.charAt(next)) || isOpenerWord(text, next, false)
                || text.startsWith("The Security Council", next));
    }

    /** Whether a text starts with a preambular or operative word ({@code Whereas the…}, {@code Recalling its…}). */
    boolean opensWithOpenerWord(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && isOpenerWord(text, 0, false);
    }

    /**
     * A preambular or operative word at {@code at}, going on with a word in lower case ({@code Recalling its}).
     * {@code afterComma}: the text before ends in a comma, which may be one of a title's list.
     */
    private boolean isOpenerWord(String text, int at, boolean afterComma) {
        Matcher w = WORD.matcher(text).region(at, Math.min(text.length(), at + 40));
        if (!w.lookingAt()) {
            return false;
        }
        String word = w.group();
        int next = TextAround.firstFrom(text, w.end());
        if (next >= text.length()) {
            return false;
        }
        char following = text.charAt(next);
        // "Recalling its", "Noting with", and "Recognising, in those circumstances,"
        boolean lower = Character.isLowerCase(following) || following == ',' && next == w.end();
        boolean punctuated = (following == ',' || following == ':') && next == w.end();
        // an operative verb that lost its "s" to a misprint ("Recommend: to the General Assembly …") is the verb
        if (preambular.contains(word) || operative.contains(word)
                || (lower || punctuated) && operative.contains(word + "s")) {
            // "Noting “the…”": a quotation or a bracket may follow the word too
            boolean quoted = next > w.end() && "\"“‘'(".indexOf(following) >= 0;
            return lower || punctuated || quoted || Character.isUpperCase(following) && next > w.end();
        }
        // a word no list knows, in -ing or -ed, opens a paragraph as its participles do, but not after a comma when
        // "and" or "or" follows it: "… the Development, Production, / Stockpiling and Use of Chemical Weapons" goes
        // on a title
        return lower && PARTICIPLE.matcher(word).matches() && !notOpeners.contains(word)
                && !(afterComma && CONJUNCTION.matcher(text).region(next, Math.min(text.length(), next + 4)).lookingAt());
    }

    private boolean numberOpens(String text, int start, int at, boolean lineStart, boolean clauseEnd,
            ParagraphSequence sequence) {
        if (PART_AT_END.matcher(text).region(start, at).find() && text.startsWith("1", at)) {
            // "…in the future; B" then "1.": a part starts its numbering again
            return NUMBERED.matcher(text).region(at, Math.min(text.length(), at + 12)).lookingAt();
        }
        Matcher m = NUMBERED.matcher(text).region(at, Math.min(text.length(), at + 12));
        if (!m.lookingAt() || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return false;
        }
        int after = m.end();
        if (after < text.length() && Character.isLowerCase(text.charAt(after))) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        int next = sequence.number() + 1;
        // "Reviews 39. Decides…": a heading on the line of the paragraph it heads
        boolean beforeOpener = n == next && next > 1 && isOpenerWord(text, TextAround.firstFrom(text, m.end()), false);
        if (REFERENCE_WORDS.contains(wordBefore(text, start, at).toLowerCase())) {
            // "… and all other relevant resolutions" / "5. Requests …": the next number at a line's start, before an
            // operative verb, opens its paragraph although the line before ends in a word that numbers may follow
            return lineStart && beforeOpener;
        }
        return clauseEnd && (n == next || n == 1 || lineStart && n > next && n <= next + 2) || lineStart && n == next
                || beforeOpener;
    }

    /**
     * A sub-paragraph opens where its letter or numeral goes on with the list ({@code (b)} after {@code (a)}, or
     * {@code (a)} first), after the end of a clause: "…shall: (a) Prevent…; (b) Criminalize…; and (c)…".
     */
    private boolean itemOpens(String text, int start, int at, boolean lineStart, ParagraphSequence sequence) {
        Matcher numbered = NUMBERED_ITEM.matcher(text).region(at, Math.min(text.length(), at + 8));
        if (numbered.lookingAt() && (endsClause(text, start, at, ";:") || endsWithListWord(text, start, at))) {
            return Integer.parseInt(numbered.group(1)) == sequence.roman() + 1;
        }
        Matcher m = SUB_ITEM.matcher(text).region(at, Math.min(text.length(), at + 10));
        if (!m.lookingAt()) {
            return false;
        }
        int before = TextAround.lastBefore(text, start, at);
        if (before >= 0 && Character.isDigit(text.charAt(before))) {
            return false;
        }
        boolean clauseEnd = endsClause(text, start, at, ";:") || endsWithListWord(text, start, at)
                || endsClause(text, start, at, ",.") && lineStart
                || lineStart && (isHeading(TextAround.between(text, start, at))
                        || headingAtEnd(text, start, at, p -> true) > start);
        // a list's first item at a line start, in capitals, though the line before lost its colon
        boolean firstItem = lineStart && (m.group(1).equals("a") || m.group(1).equals("i")) && m.end() + 1 < text.length()
                && Character.isUpperCase(text.charAt(TextAround.firstFrom(text, m.end())));
        if (!clauseEnd && !firstItem && !(lineStart && (sequence.letter() > 0 || sequence.roman() > 0))) {
            return false;
        }
        return itemKind(m.group(1), sequence) != 0;
    }

    /**
     * Whether a sub-paragraph mark goes on with the letters (1), with the roman numerals (2), or with neither (0):
     * {@code (i)} after {@code (h)} is a letter, after {@code (b)} the first numeral of a list inside (b).
     */
    static int itemKind(String item, ParagraphSequence sequence) {
        if (Letters.value(item) == sequence.letter() + 1) {
            return 1;
        }
        return Roman.value(item) == sequence.roman() + 1 ? 2 : 0;
    }

    /** "…; and (c)", "…; or (ii)": the word a list's last item is led in with. */
    private static boolean endsWithListWord(String text, int start, int at) {
        String before = TextAround.between(text, Math.max(start, at - 8), at);
        return (before.endsWith("; and") || before.endsWith("; or") || before.endsWith(", and")
                || before.endsWith(", or")) && at - start > 8;
    }

    private static boolean quoteStaysOpen(String text, int at) {
        boolean straight = text.charAt(at) == '"';
        int end = Math.min(text.length(), at + 600);
        for (int i = at + 1; i < end; i++) {
            char ch = text.charAt(i);
            if (straight ? ch == '"' : ch == '”') {
                return false;
            }
            if (ch == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && !endsWithAbbreviation(text, at, i)) {
                return true;
            }
        }
        return true;
    }

    /**
     * Whether a dash stands between two items of a list of names that extraction ran onto one line ("- Carmel Agius
     * (Malta) - Liu Daqun (China)"): the paragraph opened with a dash and the item before ends with what a list of
     * people or bodies puts in parentheses, their country or acronym.
     */
    private static boolean inListOfNames(String text, int start, int at) {
        int first = TextAround.firstFrom(text, start);
        int last = TextAround.lastBefore(text, start, at);
        return first < at && BULLETS.indexOf(text.charAt(first)) >= 0 && last > first && text.charAt(last) == ')';
    }

    /**
     * Whether the text before {@code at} ends a clause with one of {@code ends}: the punctuation may have a closing
     * quote or bracket and a footnote mark after it ("…Coast, (26)"), and a full stop after an abbreviation
     * ("Mr.") ends nothing.
     */
    static boolean endsClause(String text, int start, int at, String ends) {
        int i = TextAround.lastBefore(text, start, at);
        if (i < 0) {
            return false;
        }
        int from = Math.max(start, i - 8);
        Matcher mark = FOOTNOTE_MARK.matcher(text.substring(from, i + 1));
        if (mark.find() && mark.start() > 0) {
            int beforeMark = TextAround.lastBefore(text, start, from + mark.start());
            if (beforeMark >= 0 && (ends.indexOf(text.charAt(beforeMark)) >= 0
                    || CLOSERS.indexOf(text.charAt(beforeMark)) >= 0)) {
                i = beforeMark;
            }
        }
        char c = text.charAt(i);
        if (CLOSERS.indexOf(c) >= 0 && i > start) {
            int j = TextAround.lastBefore(text, start, i);
            if (j >= 0 && ends.indexOf(text.charAt(j)) >= 0) {
                return true;
            }
        }
        if (ends.indexOf(c) < 0) {
            return false;
        }
        return c != '.' || !endsWithAbbreviation(text, start, i) && !isOwnNumber(text, start, i);
    }

    /** "1." at the start of a paragraph is its number, not the end of anything. */
    private static boolean isOwnNumber(String text, int start, int dot) {
        int i = dot;
        while (i > start && Character.isDigit(text.charAt(i - 1))) {
            i--;
        }
        return i < dot && TextAround.lastBefore(text, start, i) < 0;
    }

    private static boolean endsWithAbbreviation(String text, int start, int dot) {
        int i = dot;
        while (i > start && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String word = text.substring(i, dot);
        // a part of a document symbol ("S/AC.", "A/CONF.", "E/CN.") that a line break cut before its number
        boolean symbolPart = i > start && text.charAt(i - 1) == '/' && !word.isEmpty()
                && word.chars().allMatch(Character::isUpperCase);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0)) || symbolPart;
    }

    private static String wordBefore(String text, int start, int at) {
        int end = TextAround.lastBefore(text, start, at) + 1;
        int i = end;
        while (i > start && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, Math.max(i, end));
    }

    @Override
    public boolean mayOpenWithinLine(String text, int at) {
        char c = text.charAt(at);
        if (!(Character.isUpperCase(c) || c == '(' || c == '"' || c == '“' || c >= '0' && c <= '9'
                || BULLETS.indexOf(c) >= 0)
                || !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        int i = TextAround.lastBefore(text, 0, at);
        if (i < 0 || i < at - 3) {
            return false;
        }
        char p = text.charAt(i);
        return CLAUSE_ENDS.indexOf(p) >= 0 || CLOSERS.indexOf(p) >= 0 || p == '*' || Character.isDigit(p)
                || Character.isLetter(p) && (c == '(' || Character.isDigit(c));
    }

    @Override
    public LineBreak atLineBreak(String text, int start, int at, boolean firstParagraph, ParagraphSequence sequence) {
        char next = text.charAt(at);
        if (Character.isLowerCase(next)) {
            return LineBreak.JOIN;
        }
        if (!sequence.inNotes() && MARK_AT_START.matcher(text).region(at, Math.min(text.length(), at + 8)).lookingAt()) {
            // a footnote mark that the break put on the next line belongs to the sentence it ends: "…Nations." / "(203)"
            return LineBreak.JOIN;
        }
        String left = TextAround.between(text, start, at);
        if (left.isEmpty()) {
            return LineBreak.NONE;
        }
        if (STATEMENT_TITLE.matcher(left).matches() || CHAPEAU.matcher(left).matches()
                || PART_LETTER_LINE.matcher(left).matches()) {
            return LineBreak.BREAK;
        }
        if (LETTER_TITLE.matcher(left).matches()) {
            return LETTER_BODY.matcher(text).region(at, text.length()).lookingAt() ? LineBreak.BREAK : LineBreak.WEAK;
        }
        // the signature's lines: the name after "(Signed)", then the signatory's titles, each a line of its own
        boolean signature = sequence.inSignature() || SIGNED.matcher(left).lookingAt();
        if (signature && (signatoryTitles.prefixAt(text, at) != null
                || signatoryTitles.suffixOf(left) != null)) {
            return LineBreak.BREAK;
        }
        // The adoption note is one sentence: what follows it, a note, stands apart.
        if (ADOPTION.matcher(left).lookingAt() && endsClause(text, start, at, STRONG_ENDS)) {
            return LineBreak.BREAK;
        }
        // A comma ends a paragraph only where an opener follows, which the rules above have seen.
        if (endsClause(text, start, at, STRONG_ENDS)) {
            return LineBreak.WEAK;
        }
        return OTHER_TITLE.matcher(left).matches() ? LineBreak.WEAK : LineBreak.NONE;
    }

    @Override
    public boolean endsSentence(String line) {
        return endsClause(line, 0, line.length(), CLAUSE_ENDS);
    }

    @Override
    public int headingAtEnd(String text, int start, int end, IntPredicate lineStart) {
        int last = TextAround.lastBefore(text, start, end);
        if (last < 0 || CLAUSE_ENDS.indexOf(text.charAt(last)) >= 0) {
            return -1;
        }
        // A part's letter after the paragraph it closes: "…in the future; B"
        Matcher part = PART_AT_END.matcher(text).region(start, last + 1);
        if (part.find()) {
            return part.start(1);
        }
        // A heading, a line of its own, after the end of the paragraph before: the longest tail that is a heading and
        // starts a line, since a heading may hold commas ("Disarmament, demobilization and reintegration").
        int found = -1;
        for (int i = last; i > start; i--) {
            char c = text.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) < 0 || c == '.' && endsWithAbbreviation(text, start, i)) {
                continue;
            }
            int head = TextAround.firstFrom(text, i + 1);
            String tail = text.substring(head, last + 1);
            if (head <= last && (isHeading(tail) || connectives.contains(tail)) && lineStart.test(head)) {
                found = head;
            }
            if (c != ',') {
                break;
            }
        }
        return found;
    }

    /**
     * A heading of a resolution's part: a few words, the first capitalized, commas between them at most, no number,
     * that no paragraph opens with ({@code Participation}, {@code Sanctions measures}, {@code Disarmament,
     * demobilization and reintegration}); or a title in brackets and quotation marks ({@code ("Renewing the mandate of
     * the United Nations Operation in Côte d'Ivoire")}).
     */
    boolean isHeading(String s) {
        String t = s.strip();
        if (QUOTED_HEADING.matcher(t).matches()) {
            return true;
        }
        if (t.isEmpty() || t.length() > LONGEST_HEADING || !Character.isUpperCase(t.charAt(0)) || t.endsWith(",")
                || connectives.contains(t)) {
            return false;
        }
        String[] words = t.split(",?\\s+");
        if (words.length > LONGEST_HEADING_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’')) {
                return false;
            }
        }
        String first = words[0];
        return !preambular.contains(first) && !operative.contains(first) && !first.equals("The")
                && !HEADING_SMALL_WORDS.contains(first);
    }

    @Override
    public void started(String text, int at, ParagraphSequence sequence) {
        int end = Math.min(text.length(), at + 12);
        if (sequence.inNotes()) {
            Matcher note = NOTE.matcher(text).region(at, end);
            if (note.lookingAt() && noteNumber(note) > 0) {
                sequence.noted(noteNumber(note));
            }
            return;
        }
        if (ADOPTION.matcher(text).region(at, Math.min(text.length(), at + 200)).lookingAt()
                || FOOTNOTES.matcher(text).region(at, Math.min(text.length(), at + 20)).lookingAt()) {
            sequence.noted(0);
            return;
        }
        Matcher numbered = NUMBERED.matcher(text).region(at, end);
        Matcher item = SUB_ITEM.matcher(text).region(at, end);
        Matcher numberedItem = NUMBERED_ITEM.matcher(text).region(at, end);
        Matcher article = ARTICLE_NUMBERED.matcher(text).region(at, Math.min(text.length(), at + 24));
        if (article.lookingAt()) {
            // an article of an agreement numbers its paragraphs from 1: "Article 8 1. In discharging…"
            sequence.numbered(article.group(1) != null ? 1 : 0);
        } else if (numbered.lookingAt()) {
            sequence.numbered(Integer.parseInt(numbered.group(1)));
        } else if (numberedItem.lookingAt()) {
            // numbered the way roman numerals are: a list inside a paragraph
            sequence.numeralled(Integer.parseInt(numberedItem.group(1)));
        } else if (item.lookingAt()) {
            int kind = itemKind(item.group(1), sequence);
            if (kind == 1) {
                sequence.lettered(Letters.value(item.group(1)));
            } else if (kind == 2) {
                sequence.numeralled(Roman.value(item.group(1)));
            }
        }
    }

    @Override
    public void finished(String text, int start, int end, ParagraphSequence sequence) {
        String block = TextAround.between(text, start, end);
        if (block.isEmpty()) {
            return;
        }
        if (PART.matcher(block + " A").lookingAt() && block.length() <= 5) {
            sequence.headed(sequence.heading() + 1);
        }
        if (SIGNED.matcher(block).lookingAt()) {
            sequence.signature(true);
        } else if (sequence.inSignature() && endsClause(block, 0, block.length(), STRONG_ENDS)) {
            sequence.signature(false);
        }
    }

    /** Lower-case roman numerals, i to l. */
    static final class Roman {
        private Roman() {
        }

        static int value(String s) {
            if (!s.matches("[ivxl]{1,6}")) {
                return -1;
            }
            int total = 0;
            for (int i = 0; i < s.length(); i++) {
                int v = digit(s.charAt(i));
                int next = i + 1 < s.length() ? digit(s.charAt(i + 1)) : 0;
                total += v < next ? -v : v;
            }
            return total;
        }

        private static int digit(char c) {
            return switch (c) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> 50;
            };
        }
    }

    /** Sub-paragraph letters: a to z, then aa, bb … as the UN continues them. */
    static final class Letters {
        private Letters() {
        }

        static int value(String s) {
            if (!s.matches("([a-z])\\1?")) {
                return -1;
            }
            return (s.length() - 1) * 26 + s.charAt(0) - 'a' + 1;
        }
    }
}
