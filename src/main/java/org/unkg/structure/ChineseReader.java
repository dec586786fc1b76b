package org.unkg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;
import org.unkg.text.LineJoiner;
import org.unkg.common.Scripts;
import org.unkg.text.SourceLine;
import org.unkg.text.TextBlock;

/**
 * Reads Chinese Security Council documents: presidential statements (a title, the chapeau 安全理事会主席在…发表声明如下：
 * and the quoted paragraphs), letters (title 给…的信, body, signature, an annex with its title, headings such as
 * 一. 背景, numbered paragraphs and bullets) and resolutions (安全理事会， then preambular and numbered operative
 * paragraphs). Where paragraphs start is read from what the text says ({@link ChineseBreakRules}); every pattern here
 * is matched in ordinary character forms ({@link CharacterForms}: {@code ，} as {@code ,}, {@code （１３７３）} as
 * {@code (1373)}), and what it finds is cut out of the text as written.
 */
public final class ChineseReader implements LanguageReader {

    /**
     * One item of the header of the UN's first page, as {@link HeaderZone} reads it. The header gives the date as
     * the English header does ({@code 25 April 2012}); a Chinese date starts a letter's title.
     */
    private static final Pattern HEADER_ITEM = Pattern.compile(
            "联\\s*合\\s*国|安全理事会|大会|Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted)|Distr\\.?:?|General|Limited"
                    + "|Chinese|English|French|Original\\s*:\\s*[A-Za-z]+|Original:|中文|原文\\s*:\\s*\\S+"
                    + "|\\d{1,2}\\s+[A-Z][a-z]{2,9}\\s+\\d{4}"
                    + "|[SA]/[A-Za-z0-9./\\-]+(?:\\s?\\(\\d{4}\\))?\\*{0,2}|\\*");
    private static final int HEADER_LINES = 40;
    private static final Pattern SYMBOL = Pattern.compile("([SA]/[A-Za-z0-9./]+(?: ?\\(\\d{4}\\))?)");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s?[.、]\\s*(?=\\S).*", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s?[.、]\\s*\\S.{0,40}$");
    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪◦■◆►]|· )\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern SUB_ITEM = Pattern.compile("^\\(([a-z]{1,2}|[一二三四五六七八九十]{1,3})\\)\\s*\\S.*",
            Pattern.DOTALL);
    private static final Pattern MEETING = Pattern.compile("第\\s*(\\d{1,5})\\s*次(?:全体)?会议");
    private static final Pattern AGENDA = Pattern.compile("题为\\s*[“\"]([^”\"]{2,200})[”\"]\\s*的(?:议程)?项目");
    private static final Pattern STATEMENT_TITLE = Pattern.compile(".*主席(的)?声明.*");
    private static final Pattern LETTER_TITLE = Pattern.compile(".*(的信|的信函|的普通照会|的照会)$");
    private static final Pattern ANNEX_TITLE = Pattern.compile(".*附件.{0,4}$");
    private static final Pattern RESOLUTION_TITLE = Pattern.compile(".*第\\s*\\d+\\s*\\(\\d{4}\\)\\s*号决议$");
    private static final Pattern SPACE_BETWEEN_HAN =
            Pattern.compile("(?<=[\\p{IsHan}“”、，,])\\s+|\\s+(?=[\\p{IsHan}“”、，,])");

    private final LineJoiner joiner = new LineJoiner();
    private final ChineseBreakRules rules = new ChineseBreakRules();

    @Override
    public String language() {
        return "zh";
    }

    @Override
    public double affinity(String text) {
        return Scripts.hanShare(text);
    }

    @Override
    public RecognizedDocument read(List<SourceLine> lines, String wholeText) {
        List<Block> blocks = new ArrayList<>();
        int headerLines = HeaderZone.lines(lines, HEADER_ITEM, HEADER_LINES);
        if (headerLines == lines.size()) {
            headerLines = 0;
        }
        StringBuilder header = new StringBuilder();
        for (SourceLine l : lines.subList(0, headerLines)) {
            blocks.add(Block.header(l.text(), l.number()));
            header.append(l.folded()).append('\n');
        }
        List<TextBlock> textBlocks = joiner.join(lines.subList(headerLines, lines.size()), rules, wholeText);
        if (textBlocks.isEmpty()) {
            return new RecognizedDocument("zh", DocumentType.DOCUMENT, Optional.empty(), "text", Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), Optional.empty(), blocks);
        }
        String title = textBlocks.get(0).text();
        String foldedTitle = CharacterForms.fold(title);
        blocks.add(Block.header(title, textBlocks.get(0).firstLine()));
        DocumentType type = type(foldedTitle);
        readBody(textBlocks.subList(1, textBlocks.size()), type, blocks);

        String opening = opening(title, textBlocks);
        String foldedOpening = CharacterForms.fold(opening);
        Optional<LocalDate> date = ChineseDates.first(foldedTitle).or(() -> ChineseDates.first(foldedOpening));
        Matcher meeting = MEETING.matcher(foldedOpening);
        Matcher agenda = AGENDA.matcher(foldedOpening);
        return new RecognizedDocument("zh", type, headerSymbol(header.toString()), "text", date,
                meeting.find() ? OptionalInt.of(Integer.parseInt(meeting.group(1))) : OptionalInt.empty(),
                agenda.find() ? Optional.of(tidy(opening.substring(agenda.start(1), agenda.end(1)))) : Optional.empty(),
                Optional.of(tidy(title)), blocks);
    }

    /** Every date and meeting number of the title and the other blocks that are no paragraph. */
    @Override
    public StatedHeader stated(RecognizedDocument document) {
        List<StatedHeader.Stated<LocalDate>> dates = new ArrayList<>();
        List<StatedHeader.Stated<Integer>> meetings = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (!b.isParagraph()) {
                String folded = CharacterForms.fold(b.text());
                ChineseDates.all(folded).forEach(d -> dates.add(new StatedHeader.Stated<>(d, b.firstLine())));
                Matcher m = MEETING.matcher(folded);
                while (m.find()) {
                    meetings.add(new StatedHeader.Stated<>(Integer.parseInt(m.group(1)), b.firstLine()));
                }
            }
        }
        return new StatedHeader(dates, meetings);
    }

    private static DocumentType type(String title) {
        if (STATEMENT_TITLE.matcher(title).matches()) {
            return DocumentType.PRESIDENTIAL_STATEMENT;
        }
        if (LETTER_TITLE.matcher(title).matches()) {
            return DocumentType.LETTER;
        }
        if (RESOLUTION_TITLE.matcher(title).matches()) {
            return DocumentType.RESOLUTION;
        }
        if (title.contains("报告")) {
            return DocumentType.REPORT;
        }
        if (title.endsWith("说明")) {
            return DocumentType.NOTE;
        }
        return DocumentType.DOCUMENT;
    }

    private static void readBody(List<TextBlock> textBlocks, DocumentType type, List<Block> blocks) {
        boolean seenOperative = false;
        for (TextBlock tb : textBlocks) {
            String t = tb.text();
            String f = CharacterForms.fold(t);
            Matcher heading = HEADING.matcher(f);
            Matcher numbered = NUMBERED.matcher(f);
            if (heading.matches()) {
                blocks.add(Block.paragraph(t, ParagraphKind.HEADING, Optional.of(t.substring(heading.start(1),
                        heading.end(1))), tb.firstLine()));
            } else if (ANNEX_TITLE.matcher(f).matches() || type == DocumentType.LETTER && isTitleLike(f)) {
                blocks.add(Block.paragraph(t, ParagraphKind.HEADING, Optional.empty(), tb.firstLine()));
            } else if (BULLET.matcher(f).matches()) {
                blocks.add(Block.paragraph(t, ParagraphKind.LIST_ITEM, Optional.empty(), tb.firstLine()));
            } else if (SUB_ITEM.matcher(f).matches() && type == DocumentType.RESOLUTION && !blocks.isEmpty()
                    && blocks.get(blocks.size() - 1).isParagraph()) {
                Block parent = blocks.get(blocks.size() - 1);
                int close = f.indexOf(')');
                blocks.add(Block.subParagraph(t, parent.kind(), t.substring(0, close + 1), tb.firstLine()));
            } else if (numbered.matches()) {
                ParagraphKind kind = type == DocumentType.RESOLUTION ? ParagraphKind.OPERATIVE : ParagraphKind.PARAGRAPH;
                seenOperative = true;
                blocks.add(Block.paragraph(t, kind, Optional.of(numbered.group(1)), tb.firstLine()));
            } else if (type == DocumentType.RESOLUTION && f.startsWith("安全理事会") && f.length() <= 8) {
                blocks.add(Block.header(t, tb.firstLine()));
            } else if (type == DocumentType.RESOLUTION) {
                ParagraphKind kind = !seenOperative && f.endsWith(",") ? ParagraphKind.PREAMBULAR
                        : ParagraphKind.OPERATIVE;
                blocks.add(Block.paragraph(t, kind, Optional.empty(), tb.firstLine()));
            } else {
                blocks.add(Block.paragraph(t, ParagraphKind.PARAGRAPH, Optional.empty(), tb.firstLine()));
            }
        }
    }

    /** A title inside a letter: the annex's title or the concept note's, not a sentence. */
    private static boolean isTitleLike(String t) {
        return !t.endsWith("。") && !t.endsWith(":") && !t.endsWith(";") && !t.endsWith("?") && t.length() <= 80
                && (t.endsWith("说明") || t.endsWith("概念文件") || t.endsWith("附件"));
    }

    /** The title and the first blocks, where the date, meeting and agenda item are stated. */
    private static String opening(String title, List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder(title);
        for (int i = 1; i < Math.min(blocks.size(), 4); i++) {
            sb.append('\n').append(blocks.get(i).text());
        }
        return sb.toString();
    }

    private static Optional<Symbol> headerSymbol(String header) {
        Matcher m = SYMBOL.matcher(header);
        while (m.find()) {
            Optional<Symbol> s = Symbol.parse(m.group(1));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** Removes the spaces that typesetting puts between Chinese characters and numbers or Latin words. */
    static String tidy(String s) {
        return SPACE_BETWEEN_HAN.matcher(s.strip()).replaceAll("");
    }
}
