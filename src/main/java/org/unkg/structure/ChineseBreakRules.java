package org.unkg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.WordList;
import org.unkg.text.BreakRules;
import org.unkg.text.ParagraphSequence;

/**
 * Where the paragraphs of a Chinese UN document start, by its own conventions: the opening quotation mark of each
 * paragraph of a presidential statement (“安全理事会…, never closed before the statement's end, unlike a quoted
 * term), paragraph numbers that go on with the numbering (1. 2. 3.), part headings (一、 二、), sub-paragraphs
 * ((a) (b), (一) (二)) and bullets after the end of a sentence; the preambular paragraphs of a resolution (回顾…，
 * 重申…，); and the lines that stand alone: the title (安全理事会主席声明, …给秘书长的信), an annex's title, the lines of a
 * signature (秘鲁常驻联合国代表 / 大使 / …(签名)). Punctuation is read in ordinary forms, so {@code ，} and {@code ,}
 * are one.
 */
final class ChineseBreakRules implements BreakRules {

    /** What ends a sentence, and what may close after it (。” ends the last paragraph of a statement). */
    static final String SENTENCE_ENDS = "。.!?;:";
    static final String CLOSERS = "”’)》";
    /** What never starts a paragraph: closing punctuation, and the particles a sentence goes on with. */
    private static final String CONTINUATIONS = ",.;:!?)]”’》、。的之了着地得与和及或等所";
    private static final String BULLETS = "•●▪◦■◆►";
    /** What a signatory's title may go on with: 代表团, 大使馆. */
    private static final String TITLE_CONTINUATIONS = "团馆处部会级们";

    private static final Pattern STATEMENT_TITLE = Pattern.compile("安全理事会主席(?:的)?声明");
    private static final Pattern LETTER_TITLE = Pattern.compile(
            ".{0,20}\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.{2,160}?给.{2,80}的(?:同文)?(?:信|信函|普通照会|照会)");
    private static final Pattern ANNEX_TITLE = Pattern.compile("(?:.{2,240}的)?附件(?:[一二三四五六七八九十\\d]{1,3})?");
    private static final Pattern RESOLUTION_TITLE = Pattern.compile("第\\s*\\d{1,4}\\s*\\(\\s*\\d{4}\\s*\\)\\s*号决议");
    private static final Pattern ADOPTION = Pattern.compile(
            "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日安全理事会第\\s*\\d{1,5}\\s*次会议通过");
    private static final Pattern CHAPEAU = Pattern.compile("安全理事会\\s*,");
    private static final Pattern NOTE_TITLE = Pattern.compile("[^,.;:!?。]{4,150}(?:概念说明|概念文件|说明|报告)");
    private static final Pattern SIGNED = Pattern.compile(".*\\(\\s*签名\\s*\\)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s?[.、]\\s*(?![\\d\\s])");
    private static final Pattern HEADING = Pattern.compile("([一二三四五六七八九十]{1,3})\\s?[.、]");
    private static final Pattern SUB_ITEM = Pattern.compile("\\(\\s*([a-z]{1,2}|[一二三四五六七八九十]{1,3})\\s*\\)");
    /** The formulas that close a letter before its signature: 请将本函…分发为荷。 */
    private static final Pattern CLOSING = Pattern.compile(".*(?:为荷|此致|敬礼|顺致.{0,10}敬意)\\s*[。.]?");
    private static final int LONGEST_HEADING = 40;
    private static final int LONGEST_SIGNATURE_LINE = 30;

    private final WordList signatoryTitles = WordList.load(getClass(), "zh-signatory-titles.txt");
    private final WordList preambularOpeners = WordList.load(getClass(), "zh-preambular-openers.txt");

    @Override
    public boolean opensParagraph(String text, int start, int at, boolean lineStart, ParagraphSequence sequence) {
        if (at <= start || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        boolean afterSentence = TextAround.endsWithOneOf(text, start, at, SENTENCE_ENDS, CLOSERS);
        if (c == '“' || c == '"') {
            return afterSentence && quoteOpensParagraph(text, at);
        }
        if (c >= '0' && c <= '9') {
            return numberOpens(text, start, at, lineStart, afterSentence, sequence);
        }
        if (ChineseNumerals.isNumeral(c)) {
            Matcher h = HEADING.matcher(text).region(at, Math.min(text.length(), at + 5));
            if (lineStart && h.lookingAt()) {
                int v = ChineseNumerals.value(h.group(1));
                return v == sequence.heading() + 1 || v == 1;
            }
        }
        if (c == '(') {
            Matcher m = SUB_ITEM.matcher(text).region(at, Math.min(text.length(), at + 8));
            if (m.lookingAt() && (afterSentence || lineStart && sequence.letter() > 0)) {
                int v = itemValue(m.group(1));
                return v == sequence.letter() + 1;
            }
            return false;
        }
        if (BULLETS.indexOf(c) >= 0 || c == '·' && at + 1 < text.length() && text.charAt(at + 1) == ' ') {
            return afterSentence || lineStart;
        }
        if (sequence.inPreamble() && TextAround.endsWithOneOf(text, start, at, ",", "")) {
            return preambularOpeners.prefixAt(text, at) != null;
        }
        return false;
    }

    /**
     * A statement's paragraphs each open with a quotation mark that stays open to the statement's end; a term quoted
     * at a sentence's start (“伊黎伊斯兰国”…) is closed before the sentence ends.
     */
    private static boolean quoteOpensParagraph(String text, int at) {
        boolean straight = text.charAt(at) == '"';
        int depth = 1;
        int end = Math.min(text.length(), at + 600);
        for (int i = at + 1; i < end; i++) {
            char ch = text.charAt(i);
            if (straight ? ch == '"' : ch == '”') {
                if (--depth == 0) {
                    return false;
                }
            } else if (!straight && ch == '“') {
                depth++;
            } else if (ch == '。' || ch == '!' || ch == '?') {
                return true;
            }
        }
        return true;
    }

    private static boolean numberOpens(String text, int start, int at, boolean lineStart, boolean afterSentence,
            ParagraphSequence sequence) {
        Matcher m = NUMBERED.matcher(text).region(at, Math.min(text.length(), at + 8));
        if (!m.lookingAt()) {
            return false;
        }
        int before = TextAround.lastBefore(text, start, at);
        if (before >= 0 && (text.charAt(before) == '第' || Character.isDigit(text.charAt(before)))) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        int next = sequence.number() + 1;
        return afterSentence && (n == next || n == 1 || lineStart && n > next && n <= next + 2)
                || lineStart && n == next;
    }

    private static int itemValue(String item) {
        if (item.charAt(0) >= 'a' && item.charAt(0) <= 'z') {
            return item.length() == 1 ? item.charAt(0) - 'a' + 1 : (item.length() - 1) * 26 + item.charAt(0) - 'a' + 1;
        }
        return ChineseNumerals.value(item);
    }

    @Override
    public boolean mayOpenWithinLine(String text, int at) {
        char c = text.charAt(at);
        if (!(c == '“' || c == '"' || c == '(' || c >= '0' && c <= '9' || BULLETS.indexOf(c) >= 0
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        int i = TextAround.lastBefore(text, 0, at);
        if (i < 0 || i < at - 2) {
            return false;
        }
        char p = text.charAt(i);
        return SENTENCE_ENDS.indexOf(p) >= 0 || CLOSERS.indexOf(p) >= 0 || p == ',';
    }

    @Override
    public LineBreak atLineBreak(String text, int start, int at, boolean firstParagraph, ParagraphSequence sequence) {
        char next = text.charAt(at);
        if (CONTINUATIONS.indexOf(next) >= 0) {
            return LineBreak.JOIN;
        }
        String left = TextAround.between(text, start, at);
        if (left.isEmpty()) {
            return LineBreak.NONE;
        }
        if (STATEMENT_TITLE.matcher(left).matches() || ANNEX_TITLE.matcher(left).matches()
                || RESOLUTION_TITLE.matcher(left).matches() || ADOPTION.matcher(left).matches()
                || CHAPEAU.matcher(left).matches() || SIGNED.matcher(left).matches()) {
            return LineBreak.BREAK;
        }
        if (LETTER_TITLE.matcher(left).matches()) {
            return next == '函' ? LineBreak.JOIN : LineBreak.BREAK;
        }
        if (CLOSING.matcher(left).matches()) {
            // the letter's closing formula ends its body: the signature follows
            return LineBreak.BREAK;
        }
        if ((sequence.inSignature() || firstParagraph) && signatureLine(left, next)) {
            return LineBreak.BREAK;
        }
        boolean afterSentence = TextAround.endsWithOneOf(text, start, at, SENTENCE_ENDS, CLOSERS);
        if (afterSentence) {
            return LineBreak.WEAK;
        }
        boolean unpunctuated = left.chars().noneMatch(ch -> SENTENCE_ENDS.indexOf(ch) >= 0 || ch == ',');
        boolean heading = HEADING.matcher(left).lookingAt() && left.length() <= LONGEST_HEADING;
        boolean bullet = BULLETS.indexOf(left.charAt(0)) >= 0;
        if (unpunctuated && (firstParagraph || heading || bullet || NOTE_TITLE.matcher(left).matches())) {
            return LineBreak.WEAK;
        }
        return LineBreak.NONE;
    }

    /** A line of a signature: short, without punctuation, ending with a signatory's title (大使, …常驻联合国代表). */
    private boolean signatureLine(String left, char next) {
        if (left.length() > LONGEST_SIGNATURE_LINE || TITLE_CONTINUATIONS.indexOf(next) >= 0
                || left.chars().anyMatch(ch -> SENTENCE_ENDS.indexOf(ch) >= 0 || ch == ',')) {
            return false;
        }
        return signatoryTitles.suffixOf(left) != null;
    }

    @Override
    public boolean endsSentence(String line) {
        return TextAround.endsWithOneOf(line, 0, line.length(), SENTENCE_ENDS, CLOSERS);
    }

    @Override
    public void started(String text, int at, ParagraphSequence sequence) {
        int end = Math.min(text.length(), at + 12);
        Matcher numbered = NUMBERED.matcher(text).region(at, end);
        Matcher heading = HEADING.matcher(text).region(at, end);
        Matcher item = SUB_ITEM.matcher(text).region(at, end);
        if (numbered.lookingAt()) {
            sequence.numbered(Integer.parseInt(numbered.group(1)));
            sequence.preamble(false);
        } else if (heading.lookingAt() && ChineseNumerals.value(heading.group(1)) > 0) {
            sequence.headed(ChineseNumerals.value(heading.group(1)));
        } else if (item.lookingAt() && itemValue(item.group(1)) > 0) {
            sequence.lettered(itemValue(item.group(1)));
        }
    }

    @Override
    public void finished(String text, int start, int end, ParagraphSequence sequence) {
        String block = TextAround.between(text, start, end);
        if (CHAPEAU.matcher(block).matches()) {
            sequence.preamble(true);
        }
        if (CLOSING.matcher(block).matches()) {
            sequence.signature(true);
        } else if (SIGNED.matcher(block).matches()) {
            sequence.signature(false);
        }
    }
}
