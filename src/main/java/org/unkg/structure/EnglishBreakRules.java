package org.unkg.structure;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern CHAPEAU = Pattern.compile("The Security Council\\s*[,:]?");
    private static final Pattern CHAPEAU_OPENS = Pattern.compile("The Security Council\\s*(?:[,:]\\s*|\\s+(?=\\d|\\p{Lu}))");
    private static final Pattern ADOPTION = Pattern.compile("Adopted\\b.{0,160}?\\bmeeting", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTES = Pattern.compile("(?:Footnotes|Notes)\\s*:?(?=\\s+[(\\[\\d*]|\\s*$)");
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
    /** Words that a number ends with in a reference, not a paragraph: "paragraph 2." is no paragraph 2. */
    private static final Set<String> REFERENCE_WORDS = Set.of("paragraph", "paragraphs", "para", "paras", "resolution",
            "resolutions", "article", "articles", "chapter", "rule", "rules", "annex", "part", "section", "item",
            "no", "nos", "page", "pages", "of", "and", "to", "or", "see", "under", "in");
    /** Words a sentence runs on with past a line end, which no paragraph starts with in a resolution. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "Art", "para",
            "paras", "Co", "Ltd", "Inc", "Jr", "Sr", "vs", "etc", "i.e", "e.g");
    private static final Set<String> HEADING_SMALL_WORDS = Set.of("and", "of", "the", "in", "for", "on", "to", "with",
            "a", "an", "by", "at", "from");
    private static final int LONGEST_HEADING_WORDS = 6;
    private static final int LONGEST_HEADING = 60;

    private final WordList preambular = WordList.load("en-preambular-openers.txt");
    private final WordList operative = WordList.load("en-operative-verbs.txt");
    private final WordList signatoryTitles = WordList.load("en-signatory-titles.txt");
    private final WordList connectives = WordList.load("en-connectives.txt");
    private final WordList notOpeners = WordList.load("en-participles-not-openers.txt");

    @Override
    public boolean opensParagraph(String text, int start, int at, boolean lineStart, ParagraphSequence sequence) {
        if (at <= start || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        boolean clauseEnd = endsClause(text, start, at, CLAUSE_ENDS);
        if (sequence.inNotes() && (lineStart || endsClause(text, start, at, STRONG_ENDS))) {
            Matcher note = NOTE.matcher(text).region(at, Math.min(text.length(), at + 8));
            if (note.lookingAt() && (note.group(1) == null && note.group(2) == null && note.group(3) == null
                    || noteNumber(note) == sequence.footnote() + 1)) {
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
        if (!Character.isUpperCase(c)) {
            return false;
        }
        Matcher part = PART.matcher(text).region(at, Math.min(text.length(), at + 8));
        if (lineStart && clauseEnd && part.lookingAt() && opensAfterPart(text, part.end())) {
            return true;
        }
        if (text.startsWith("(Signed)", at)) {
            return true;
        }
        if (!clauseEnd && !lineStart) {
            return false;
        }
        if (clauseEnd && isOpenerWord(text, at)) {
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

    /** Whether a text's first word is one paragraphs open with, whatever follows it. */
    private boolean startsWithOpenerWord(String text) {
        Matcher w = WORD.matcher(text);
        if (!w.lookingAt()) {
            return false;
        }
        String word = w.group();
        return preambular.contains(word) || operative.contains(word)
                || PARTICIPLE.matcher(word).matches() && !notOpeners.contains(word);
    }

    /** A part's letter ({@code A}, {@code II.}) stands before a paragraph: a number, an opener, the chapeau. */
    private boolean opensAfterPart(String text, int end) {
        int next = TextAround.firstFrom(text, end);
        return next < text.length() && (Character.isDigit(text.charAt(next)) || isOpenerWord(text, next)
                || text.startsWith("The Security Council", next));
    }

    /** Whether a text starts with a preambular or operative word ({@code Whereas the…}, {@code Recalling its…}). */
    boolean opensWithOpenerWord(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && isOpenerWord(text, 0);
    }

    /** A preambular or operative word at {@code at}, going on with a word in lower case ({@code Recalling its}). */
    private boolean isOpenerWord(String text, int at) {
        Matcher w = WORD.matcher(text).region(at, Math.min(text.length(), at + 40));
        if (!w.lookingAt()) {
            return false;
        }
        String word = w.group();
        int next = TextAround.firstFrom(text, w.end());
        if (next >= text.length() || next == w.end()) {
            return false;
        }
        char following = text.charAt(next);
        // "Recalling its", "Noting with", and "Recognising, in those circumstances,"
        boolean lower = Character.isLowerCase(following) || following == ',' && next == w.end();
        if (preambular.contains(word) || operative.contains(word)) {
            return lower || Character.isUpperCase(following) && next > w.end();
        }
        return lower && PARTICIPLE.matcher(word).matches() && !notOpeners.contains(word);
    }

    private boolean numberOpens(String text, int start, int at, boolean lineStart, boolean clauseEnd,
            ParagraphSequence sequence) {
        Matcher m = NUMBERED.matcher(text).region(at, Math.min(text.length(), at + 12));
        if (!m.lookingAt() || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return false;
        }
        int after = m.end();
        if (after < text.length() && Character.isLowerCase(text.charAt(after))) {
            return false;
        }
        if (REFERENCE_WORDS.contains(wordBefore(text, start, at).toLowerCase())) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        int next = sequence.number() + 1;
        return clauseEnd && (n == next || n == 1 || lineStart && n > next && n <= next + 2) || lineStart && n == next;
    }

    /**
     * A sub-paragraph opens where its letter or numeral goes on with the list ({@code (b)} after {@code (a)}, or
     * {@code (a)} first), after the end of a clause: "…shall: (a) Prevent…; (b) Criminalize…; and (c)…".
     */
    private static boolean itemOpens(String text, int start, int at, boolean lineStart, ParagraphSequence sequence) {
        Matcher m = SUB_ITEM.matcher(text).region(at, Math.min(text.length(), at + 10));
        if (!m.lookingAt()) {
            return false;
        }
        int before = TextAround.lastBefore(text, start, at);
        if (before >= 0 && Character.isDigit(text.charAt(before))) {
            return false;
        }
        boolean clauseEnd = endsClause(text, start, at, ";:") || endsWithListWord(text, start, at)
                || endsClause(text, start, at, ",.") && lineStart;
        if (!clauseEnd && !(lineStart && (sequence.letter() > 0 || sequence.roman() > 0))) {
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
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0));
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
        if (!(Character.isUpperCase(c) || c == '(' || c == '"' || c == '“' || c >= '0' && c <= '9')
                || !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        int i = TextAround.lastBefore(text, 0, at);
        if (i < 0 || i < at - 3) {
            return false;
        }
        char p = text.charAt(i);
        return CLAUSE_ENDS.indexOf(p) >= 0 || CLOSERS.indexOf(p) >= 0 || p == '*' || Character.isDigit(p)
                || Character.isLetter(p) && c == '(';
    }

    @Override
    public LineBreak atLineBreak(String text, int start, int at, boolean firstParagraph, ParagraphSequence sequence) {
        char next = text.charAt(at);
        if (Character.isLowerCase(next)) {
            return LineBreak.JOIN;
        }
        String left = TextAround.between(text, start, at);
        if (left.isEmpty()) {
            return LineBreak.NONE;
        }
        if (STATEMENT_TITLE.matcher(left).matches() || CHAPEAU.matcher(left).matches()) {
            return LineBreak.BREAK;
        }
        if (LETTER_TITLE.matcher(left).matches()) {
            return LETTER_BODY.matcher(text).region(at, text.length()).lookingAt() ? LineBreak.BREAK : LineBreak.WEAK;
        }
        if (sequence.inSignature() && (signatoryTitles.prefixAt(text, at) != null
                || signatoryTitles.suffixOf(left) != null)) {
            return LineBreak.BREAK;
        }
        // A comma ends a paragraph only where an opener follows, which the rules above have seen.
        if (endsClause(text, start, at, STRONG_ENDS)) {
            return LineBreak.WEAK;
        }
        boolean untitled = firstParagraph && left.chars().noneMatch(ch -> CLAUSE_ENDS.indexOf(ch) >= 0)
                && !startsWithOpenerWord(left);
        if (untitled || OTHER_TITLE.matcher(left).matches() || isHeading(left)) {
            return LineBreak.WEAK;
        }
        return LineBreak.NONE;
    }

    @Override
    public boolean endsSentence(String line) {
        return endsClause(line, 0, line.length(), CLAUSE_ENDS);
    }

    @Override
    public int headingAtEnd(String text, int start, int end) {
        int last = TextAround.lastBefore(text, start, end);
        if (last < 0 || CLAUSE_ENDS.indexOf(text.charAt(last)) >= 0) {
            return -1;
        }
        for (int i = last; i > start; i--) {
            char c = text.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0 || c == ')') {
                if (c == '.' && endsWithAbbreviation(text, start, i)) {
                    return -1;
                }
                int head = TextAround.firstFrom(text, i + 1);
                return head <= last && isHeading(text.substring(head, last + 1)) ? head : -1;
            }
        }
        return -1;
    }

    /**
     * A heading of a resolution's part: a few words, the first capitalized, no number and no punctuation, that no
     * paragraph opens with ({@code Participation}, {@code Sanctions measures}, {@code General provisions}).
     */
    boolean isHeading(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > LONGEST_HEADING || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > LONGEST_HEADING_WORDS || connectives.contains(t)) {
            return false;
        }
        for (String w : words) {
            if (!w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’')) {
                return false;
            }
        }
        String first = words[0];
        return !preambular.contains(first) && !operative.contains(first)
                && !(PARTICIPLE.matcher(first).matches() && !notOpeners.contains(first))
                && !first.equals("The") && !HEADING_SMALL_WORDS.contains(first);
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
        if (numbered.lookingAt()) {
            sequence.numbered(Integer.parseInt(numbered.group(1)));
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
