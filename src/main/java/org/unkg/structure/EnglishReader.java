package org.unkg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;
import org.unkg.text.LineJoiner;
import org.unkg.common.Scripts;
import org.unkg.text.SourceLine;
import org.unkg.text.TextBlock;

/**
 * Reads English Security Council documents in the layouts they have had since 1946: the UN's own PDF layout
 * (symbol line, {@code Distr.: General}, {@code Resolution N (YYYY)}, {@code Adopted by the Security Council at its
 * Nth meeting, on DATE}), the older {@code N (YYYY). Resolution of DATE [S/NNNN]} with {@code Adopted unanimously at
 * the Nth meeting} at the foot, and the copies that carry a publisher's catalogue block (Publisher, Publication
 * Date, Citation / Document Symbol, Cite as) around the text. Where paragraphs start is read from what the text says
 * ({@link EnglishBreakRules}); every pattern is matched in ordinary character forms ({@link CharacterForms}).
 */
public final class EnglishReader implements LanguageReader {

    private static final Pattern CHAPEAU = Pattern.compile("^The Security Council\\b.*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s?\\.\\s*(?=\\S)(.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\(((?:[a-z]{1,2})|(?:[ivxl]{1,6}))\\)\\s*\\S.*");
    private static final Pattern PART_LETTER = Pattern.compile("^(?:[A-H]|[IVX]{1,4})\\.?$");
    private static final Pattern ADOPTION_NOTE = Pattern.compile("^Adopted\\b.{0,120}\\bmeeting.*",
            Pattern.CASE_INSENSITIVE);
    /** An adoption line as far as its date: "Adopted by the Security Council at its 3326th meeting, on 6 January 1994". */
    private static final Pattern ADOPTION_PHRASE = Pattern.compile(
            "\\bAdopted\\b[^.;]{0,120}?\\bmeeting\\b[^.;]{0,40}?\\d{4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTES = Pattern.compile("^(Footnotes|Notes)\\s*:?$");
    private static final Pattern MEETING = Pattern.compile(
            "\\b(?:at\\s+(?:its|the|is|it)\\s+)(\\d{1,5})\\s*(?:st|nd|rd|th|d)?\\s+(?:plenary\\s+)?meeting",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOL_LINE =
            Pattern.compile("S\\s?/\\s?RES\\s?/\\s?(\\d{1,4})\\s*\\((\\d{4})\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOLUTION_TITLE =
            Pattern.compile("\\bResolution\\s+(\\d{1,4})\\s*\\(\\s*(\\d{4})\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** The title proper, {@code Resolution 820 (1993) Adopted by…} or {@code … of 4 November 1946}. */
    private static final Pattern TITLE_PROPER = Pattern.compile(
            "\\bResolution\\s+(\\d{1,4})\\s*\\(\\s*(\\d{4})\\s*\\)\\s*[,.]?\\s*(?:Adopted|adopted|of\\b|or\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern OLD_TITLE =
            Pattern.compile("^(\\d{1,4})\\s*(?:\\((\\d{4})\\))?\\s*\\.?\\s*Resolution\\s+of\\b.*", Pattern.CASE_INSENSITIVE);
    /** An early resolution's title with its date: "Resolution 711 (1991) of 12 September 1991". */
    private static final Pattern DATED_TITLE = Pattern.compile(
            "(?:\\d{1,4}\\s*(?:\\(\\d{4}\\))?\\s*\\.?\\s*)?Resolution\\s+(?:\\d{1,4}\\s*\\(\\d{4}\\)\\s+)?of\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\s*",
            Pattern.CASE_INSENSITIVE);
    /** One item of a document's header, as {@link HeaderZone} reads it, in ordinary forms. */
    private static final String DATE_ITEM = "\\(?\\d{1,2}\\s*[A-Za-z]{3,10}\\.?,?\\s*\\(?[\\dIlO]{4}\\)?";
    private static final Pattern HEADER_ITEM = Pattern.compile(
            "(?:UNITED NATIONS|United Nations|Nations Unies|SECURITY COUNCIL|Security Council|General Assembly)"
                    + "|Dist[r]?\\.?\\s*:?\\s*(?:GENERAL|General|LIMITED|Limited|RESTRICTED|Restricted)|Distr\\.?:?"
                    + "|GENERAL|General|LIMITED|Limited|ENGLISH|English"
                    + "|(?:ORIGINAL|Original)\\s*:\\s*[A-Za-z]+(?:\\s+(?:AND|and)\\s+[A-Za-z]+)?"
                    + "|(?:RESOLUTION|Resolution|resolution)\\s+\\d{1,4}\\s*(?:\\(\\s*\\d{3,4}\\s*»?\\))?\\*{0,2}"
                    + "|\\d{1,4}\\s*(?:\\(\\d{3,4}\\))?\\s*\\.?(?=\\s*Resolution\\b)"
                    + "|Resolution\\s+of\\s+" + DATE_ITEM + "|(?:of|or)\\s+" + DATE_ITEM + "\\|?"
                    + "|(?:Adopted|adopted|Adoption)\\b[^\\[\\]]{0,200}?\\bmeeting\\b(?:\\s*\\(Part [IVX]+\\))?,?"
                    + "|(?:held\\s+)?,?\\s*on\\s*" + DATE_ITEM + "\\*?,?(?:\\s+in\\s+[A-Z][a-z]+)?"
                    + "|" + DATE_ITEM + "\\*?"
                    + "|Security Council [Rr]esolution\\s+\\S.{0,200}?(?=\\n|$)"
                    + "|\\[[^\\]\\n]{1,300}\\]\\s*\\.?|\\(S/[^)\\n]{1,40}\\)"
                    + "|[SAE]\\s?/\\s?(?:[A-Za-z0-9.\\-]+/)*[A-Za-z0-9.\\-]+(?:\\s?\\(\\d{4}\\))?\\*{0,2}"
                    + "|S|s|\\*{1,2}");
    private static final int HEADER_LINES = 60;
    /** Where a resolution's header dates it: "Adopted … on", "Resolution 171 (1961) of", "10 (1946). Resolution of". */
    private static final Pattern DATED_PHRASE = Pattern.compile(
            "\\b(?:Adopted|adopted|Adoption|Resolution|RESOLUTION)\\b|\\b\\d{1,4}\\s*(?:\\(\\d{4}\\))?\\s*\\.?\\s*Resolution\\s+of");
    /** How far after its start a dating phrase may give its date. */
    private static final int PHRASE_REACH = 220;
    /** The chapeau that opens a resolution, a line of its own: the header ends before it. */
    private static final Pattern CHAPEAU_LINE = Pattern.compile("The Security Council\\s*[,:]?");
    /** The title of a document that is not a resolution, and the kind it tells. */
    private static final Pattern KIND_TITLE = Pattern.compile(
            "^(?:(Statement by the President of the Security Council)|((?:Identical )?[Ll]etters? dated .{5,400})"
                    + "|(Report of the Secretary-General.{0,300})|(Note by the (?:President|Secretary-General).{0,200}))$");
    /** Where a letter's title ends and its text begins: "… addressed to the Secretary-General I have the honour". */
    private static final Pattern END_OF_ADDRESS = Pattern.compile(
            "^(.*?addressed to the (?:Secretary-General|President of the Security Council|Chair\\w* of the .{3,120}?))"
                    + "\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    private static final Pattern STATEMENT_TITLE = Pattern.compile("^Statement by the President of the Security Council$");
    private static final Pattern OPENING_OF_STATEMENT = Pattern.compile("^At (?:the|its) \\d{1,5}(?:st|nd|rd|th) meeting\\b.*");
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "\\bitem\\s+entitled\\s*[“\"]([^”\"]{3,300})[”\"]|agenda\\s+item\\s*[“\"]([^”\"]{3,300})[”\"]");
    private static final Pattern HEADER_SYMBOL = Pattern.compile("^([SA]/[A-Za-z0-9/.() -]{2,40}?)\\*?$");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\s*(\\(\\d{1,3}\\)|\\[\\d{1,3}\\])$");
    private static final Pattern PARTICIPLE = Pattern.compile("^(\\p{L}+)(ing|ed)\\b.*", Pattern.DOTALL);
    private static final Set<String> PREAMBULAR_OPENERS = Set.of("mindful", "aware", "conscious", "desirous",
            "cognizant", "anxious", "deeply", "gravely", "further", "also", "fully", "seriously", "strongly",
            "convinced", "determined", "concerned", "alarmed", "bearing", "recognizing", "noting", "having",
            "considering", "whereas", "believing", "taking", "affirming", "reaffirming", "emphasizing", "stressing",
            "underlining", "acknowledging", "welcoming", "expressing", "recalling", "guided", "acting");
    private static final Set<String> CATALOGUE_FIELDS = Set.of("Publisher", "Publication Date",
            "Citation / Document Symbol", "Reference", "Cite as", "Other Languages / Attachments", "Countries",
            "Topics");

    private static final Pattern RUN_ON_BREAK = Pattern.compile(
            "(?<=^The Security Council,)\\s+(?=[A-Z])"
                    + "|(?<=[,;.:])\\s+(?=\\d{1,3}\\.\\s+[A-Z])"
                    + "|(?<=[;:])\\s+(?=\\([a-z]{1,2}\\)\\s)"
                    + "|(?<=,)\\s+(?=(?:[A-Z][a-z]{2,}(?:ing|ed)|Mindful|Aware|Conscious|Deeply|Gravely|Further|Also"
                    + "|Fully|Seriously|Strongly|Convinced|Determined|Concerned|Alarmed|Desirous|Cognizant|Anxious"
                    + "|Taking|Acting|Guided|Bearing)\\s+[a-z])");
    /** A line this long holds several paragraphs that the extraction ran together. */
    private static final int RUN_ON_LENGTH = 1200;

    private final LineJoiner joiner = new LineJoiner();
    private final EnglishBreakRules rules = new EnglishBreakRules();

    @Override
    public String language() {
        return "en";
    }

    @Override
    public double affinity(String text) {
        return 1.0 - Scripts.hanShare(text);
    }

    @Override
    public RecognizedDocument read(List<SourceLine> lines, String wholeText) {
        Catalogue catalogue = Catalogue.strip(splitRunOns(lines));
        List<SourceLine> body = catalogue.remaining();
        int bodyStart = headerEnd(body);
        List<SourceLine> headerLines = body.subList(0, bodyStart);
        List<SourceLine> bodyLines = body.subList(bodyStart, body.size());

        List<Block> blocks = new ArrayList<>();
        StringBuilder headerText = new StringBuilder(catalogue.title());
        if (!catalogue.title().isEmpty()) {
            blocks.add(Block.header(catalogue.title(), 1));
        }
        for (SourceLine l : catalogue.lines()) {
            blocks.add(Block.header(l.text(), l.number()));
        }
        int firstPart = firstPartLetter(headerLines);
        for (int i = 0; i < headerLines.size(); i++) {
            SourceLine l = headerLines.get(i);
            if (i == firstPart) {
                // "A" over the first chapeau: the heading of the resolution's first part, as "B" is of the second
                String letter = l.text().strip();
                blocks.add(Block.paragraph(l.text(), ParagraphKind.HEADING,
                        Optional.of(letter.replace(".", "")), l.number()));
                continue;
            }
            blocks.add(Block.header(l.text(), l.number()));
            headerText.append('\n').append(l.text());
        }
        StringBuilder footerText = new StringBuilder();
        List<TextBlock> bodyBlocks = new ArrayList<>(joiner.join(bodyLines, rules, wholeText));
        Optional<DocumentType> titled = Optional.empty();
        Optional<String> kindTitle = Optional.empty();
        Optional<String> oldTitle = Optional.empty();
        if (!bodyBlocks.isEmpty()) {
            String first = CharacterForms.fold(bodyBlocks.get(0).text());
            Matcher address = END_OF_ADDRESS.matcher(first);
            if (first.matches("(?s)^(?:Identical )?[Ll]etters? dated.*") && address.matches()) {
                TextBlock joined = bodyBlocks.remove(0);
                String written = joined.text();
                bodyBlocks.add(0, new TextBlock(written.substring(address.start(2)), joined.firstLine(),
                        joined.lastLine(), false));
                bodyBlocks.add(0, new TextBlock(written.substring(0, address.end(1)), joined.firstLine(),
                        joined.firstLine(), false));
            }
            Matcher k = KIND_TITLE.matcher(CharacterForms.fold(bodyBlocks.get(0).text()));
            if (k.matches()) {
                titled = Optional.of(k.group(1) != null ? DocumentType.PRESIDENTIAL_STATEMENT
                        : k.group(2) != null ? DocumentType.LETTER
                        : k.group(3) != null ? DocumentType.REPORT : DocumentType.NOTE);
                kindTitle = Optional.of(bodyBlocks.get(0).text());
                TextBlock title = bodyBlocks.remove(0);
                blocks.add(Block.header(title.text(), title.firstLine()));
                headerText.append('\n').append(title.text());
            }
        }
        if (titled.isEmpty() && !bodyBlocks.isEmpty()
                && DATED_TITLE.matcher(CharacterForms.fold(bodyBlocks.get(0).text())).matches()) {
            // an early resolution's title that ran on into the chapeau on one line
            TextBlock title = bodyBlocks.remove(0);
            blocks.add(Block.header(title.text(), title.firstLine()));
            headerText.append('\n').append(title.text());
            oldTitle = Optional.of(title.text());
        }
        boolean resolution = titled.isEmpty();
        readBody(bodyBlocks, blocks, footerText, resolution);

        String header = CharacterForms.fold(headerText.toString());
        // Statements and letters state their date, meeting and agenda item in the opening paragraph.
        String writtenOpening = headerText + "\n" + (resolution ? "" : bodyBlocks.stream().limit(2)
                .map(TextBlock::text).reduce("", (a, b) -> a + "\n" + b));
        String opening = CharacterForms.fold(writtenOpening);
        // A letter's date is the one its title gives ("Letter dated 27 June 2019"), not the date of issue.
        List<LocalDate> dates = dates(kindTitle.map(CharacterForms::fold).orElse("") + "\n" + opening, catalogue,
                footerText.toString());
        List<Symbol> symbols = symbols(header, catalogue, dates);
        AdoptionYear.Settled settled = AdoptionYear.settle(
                symbols.stream().filter(s -> s.securityCouncilResolutionNumber().isPresent()).toList(), dates);
        Optional<Symbol> symbol = settled.symbol().or(() -> symbols.stream().findFirst()
                .filter(s -> s.securityCouncilResolutionNumber().isEmpty()));
        Optional<LocalDate> date = resolution ? settled.date() : dates.stream().findFirst();
        OptionalInt meeting = meeting(opening + "\n" + footerText);
        Optional<DocumentType> kindByTitle = titled;
        DocumentType type = symbol.map(Symbol::type).filter(t -> t != DocumentType.DOCUMENT)
                .or(() -> kindByTitle).orElse(DocumentType.RESOLUTION);
        Optional<String> agenda = agendaItem(writtenOpening, opening);
        Optional<String> runOnTitle = oldTitle;
        Optional<String> titleText = kindTitle.or(() -> runOnTitle);
        Optional<String> title = titleText.or(() -> headerLines.stream().map(SourceLine::text)
                .filter(t -> RESOLUTION_TITLE.matcher(CharacterForms.fold(t)).find()
                        || OLD_TITLE.matcher(CharacterForms.fold(t)).matches()).findFirst())
                .or(() -> catalogue.title().isEmpty() ? Optional.empty() : Optional.of(catalogue.title()));
        return new RecognizedDocument("en", type, symbol, "text", date, meeting, agenda, title, blocks);
    }

    /**
     * Every date and meeting number of the header and footer blocks, and those of an adoption line ("Adopted by the
     * Security Council at its 3326th meeting, on 6 January 1994") that ran on into a paragraph; the dates of a
     * paragraph's own words are other events'.
     */
    @Override
    public StatedHeader stated(RecognizedDocument document) {
        List<StatedHeader.Stated<LocalDate>> dates = new ArrayList<>();
        List<StatedHeader.Stated<Integer>> meetings = new ArrayList<>();
        for (Block b : document.blocks()) {
            String folded = CharacterForms.fold(b.text());
            List<String> parts = new ArrayList<>();
            if (b.isParagraph()) {
                Matcher adoption = ADOPTION_PHRASE.matcher(folded);
                while (adoption.find()) {
                    parts.add(adoption.group());
                }
            } else {
                parts.add(folded);
            }
            for (String part : parts) {
                EnglishDates.all(part).forEach(d -> dates.add(new StatedHeader.Stated<>(d, b.firstLine())));
                Matcher m = MEETING.matcher(part);
                while (m.find()) {
                    meetings.add(new StatedHeader.Stated<>(Integer.parseInt(m.group(1)), b.firstLine()));
                }
            }
        }
        return new StatedHeader(dates, meetings);
    }

    /** The agenda item the opening names, cut out of the text as written. */
    private static Optional<String> agendaItem(String written, String folded) {
        Matcher m = AGENDA_ITEM.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        int group = m.group(1) != null ? 1 : 2;
        return Optional.of(written.substring(m.start(group), m.end(group)).replace('\n', ' ').strip());
    }

    /**
     * Some copies run a whole resolution into one line: {@code The Security Council, Recalling …, Deeply concerned
     * …, 1. Decides …; 2. Decides …}. Such lines are cut where a paragraph plainly starts.
     */
    private static List<SourceLine> splitRunOns(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine l : lines) {
            String t = l.text();
            boolean runOn = t.length() > RUN_ON_LENGTH || t.startsWith("The Security Council,") && t.length() > 25;
            if (!runOn) {
                out.add(l);
                continue;
            }
            String[] parts = RUN_ON_BREAK.split(t);
            for (int i = 0; i < parts.length; i++) {
                out.add(new SourceLine(l.number(), parts[i], l.pageStart() && i == 0, l.indented() && i == 0));
            }
        }
        return out;
    }

    /** The line of the header that holds only the letter of the first part, right before the chapeau; -1 if none. */
    private static int firstPartLetter(List<SourceLine> header) {
        int chapeau = -1;
        for (int i = 0; i < header.size() && chapeau < 0; i++) {
            if (chapeauEnd(header, i) > 0) {
                chapeau = i;
            }
        }
        for (int i = chapeau - 1; i >= 0; i--) {
            String t = header.get(i).folded().strip();
            if (!t.isEmpty()) {
                return t.equals("A") || t.equals("I") || t.equals("A.") || t.equals("I.") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Index of the first body line: after the chapeau ({@code The Security Council,}), unless a line before it opens
     * a paragraph (the {@code Whereas} of the early resolutions, which come before their chapeau); without a chapeau,
     * after the header's items.
     */
    private int headerEnd(List<SourceLine> lines) {
        int limit = Math.min(lines.size(), HEADER_LINES);
        for (int i = 0; i < limit; i++) {
            int end = chapeauEnd(lines, i);
            if (end > 0) {
                for (int j = 0; j < i; j++) {
                    if (rules.opensWithOpenerWord(lines.get(j).folded())) {
                        return j;
                    }
                }
                return end;
            }
        }
        return HeaderZone.lines(lines, HEADER_ITEM, HEADER_LINES);
    }

    /**
     * Where the chapeau that starts on line {@code i} ends (the index of the line after it), or -1: the words {@code
     * The Security Council} and their comma, however broken across lines, ending a line, the next line not going on
     * with the sentence.
     */
    private static int chapeauEnd(List<SourceLine> lines, int i) {
        if (!lines.get(i).folded().startsWith("The")) {
            return -1;
        }
        StringBuilder joined = new StringBuilder();
        int[] ends = new int[Math.min(4, lines.size() - i)];
        for (int k = 0; k < ends.length; k++) {
            if (k > 0) {
                joined.append(' ');
            }
            joined.append(lines.get(i + k).folded());
            ends[k] = joined.length();
        }
        Matcher m = CHAPEAU_LINE.matcher(joined);
        if (!m.lookingAt()) {
            return -1;
        }
        for (int k = 0; k < ends.length; k++) {
            if (ends[k] == m.end()) {
                int next = i + k + 1;
                boolean goesOn = next < lines.size() && Character.isLowerCase(lines.get(next).folded().charAt(0));
                return goesOn ? -1 : next;
            }
        }
        return -1;
    }

    /** Paragraphs; a resolution's are preambular or operative, other documents' plain. */
    private void readBody(List<TextBlock> textBlocks, List<Block> blocks, StringBuilder footerText,
            boolean resolution) {
        boolean inFootnotes = false;
        boolean seenOperative = false;
        boolean adopted = false;
        for (TextBlock tb : textBlocks) {
            String written = tb.text();
            String t = CharacterForms.fold(written);
            if (inFootnotes || FOOTNOTES.matcher(t).matches()) {
                inFootnotes = true;
                blocks.add(Block.footer(written, tb.firstLine()));
                footerText.append(t).append('\n');
                continue;
            }
            if (ADOPTION_NOTE.matcher(t).matches()) {
                blocks.add(Block.footer(written, tb.firstLine()));
                footerText.append(t).append('\n');
                adopted = resolution && lastParagraph(blocks) >= 0;
                continue;
            }
            // After a resolution's adoption line come its voting notes, its footnotes and the editors' notes, not its
            // body; a part that follows (another chapeau, a part's letter) is body again.
            if (adopted && !CHAPEAU.matcher(t).matches() && !PART_LETTER.matcher(t).matches()) {
                blocks.add(Block.footer(written, tb.firstLine()));
                footerText.append(t).append('\n');
                continue;
            }
            adopted = false;
            if (CHAPEAU.matcher(t).matches() && t.length() < 40) {
                blocks.add(Block.header(written, tb.firstLine()));
                continue;
            }
            if (PART_LETTER.matcher(t).matches()) {
                blocks.add(Block.paragraph(written, ParagraphKind.HEADING,
                        Optional.of(written.substring(0, t.replace(".", "").length())), tb.firstLine()));
                seenOperative = false;
                continue;
            }
            if (resolution && rules.isHeading(t)) {
                blocks.add(Block.paragraph(written, ParagraphKind.HEADING, Optional.empty(), tb.firstLine()));
                continue;
            }
            Matcher sub = SUB_ITEM.matcher(t);
            if (sub.matches() && lastParagraph(blocks) >= 0) {
                Block parent = blocks.get(lastParagraph(blocks));
                blocks.add(Block.subParagraph(written, parent.kind(), "(" + sub.group(1) + ")", tb.firstLine()));
                continue;
            }
            Matcher numbered = NUMBERED.matcher(t);
            if (!resolution) {
                blocks.add(Block.paragraph(written, t.startsWith("•") ? ParagraphKind.LIST_ITEM
                        : ParagraphKind.PARAGRAPH, numbered.matches() ? Optional.of(numbered.group(1)) : Optional.empty(),
                        tb.firstLine()));
            } else if (numbered.matches()) {
                seenOperative = true;
                blocks.add(Block.paragraph(written, ParagraphKind.OPERATIVE, Optional.of(numbered.group(1)),
                        tb.firstLine()));
            } else if (!seenOperative && isPreambular(t)) {
                blocks.add(Block.paragraph(written, ParagraphKind.PREAMBULAR, Optional.empty(), tb.firstLine()));
            } else {
                seenOperative = true;
                blocks.add(Block.paragraph(written, ParagraphKind.OPERATIVE, Optional.empty(), tb.firstLine()));
            }
        }
    }

    private static int lastParagraph(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).isParagraph()) {
                return blocks.get(i).kind() == ParagraphKind.HEADING ? -1 : i;
            }
        }
        return -1;
    }

    private static boolean isPreambular(String t) {
        if (t.endsWith(",")) {
            return true;
        }
        String first = t.split("[\\s,]", 2)[0].toLowerCase();
        return PREAMBULAR_OPENERS.contains(first) || PARTICIPLE.matcher(t).matches() && !t.endsWith(";")
                && !t.endsWith(".");
    }

    /**
     * Every symbol the text gives itself, the document's own words first (its symbol line, its title), then the
     * catalogue's symbol field, then an old-style title whose year only its date gives.
     */
    private static List<Symbol> symbols(String header, Catalogue catalogue, List<LocalDate> dates) {
        List<Symbol> found = new ArrayList<>();
        for (Pattern p : List.of(SYMBOL_LINE, TITLE_PROPER, RESOLUTION_TITLE)) {
            Matcher m = p.matcher(header);
            if (m.find()) {
                found.add(Symbol.securityCouncilResolution(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                break;
            }
        }
        catalogue.field("Citation / Document Symbol").flatMap(Symbol::parse).ifPresent(found::add);
        for (String line : header.split("\n")) {
            Matcher m = HEADER_SYMBOL.matcher(line.strip());
            if (m.matches()) {
                Symbol.parse(m.group(1)).filter(x -> x.securityCouncilResolutionNumber().isEmpty()).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            oldStyleSymbol(header, dates.stream().findFirst()).ifPresent(found::add);
        }
        return found;
    }

    /** {@code 1 Resolution of 25 January 1946}: the number is in the title, the year in the date. */
    private static Optional<Symbol> oldStyleSymbol(String header, Optional<LocalDate> date) {
        for (String line : header.split("\n")) {
            Matcher m = OLD_TITLE.matcher(line.strip());
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                if (m.group(2) != null) {
                    return Optional.of(Symbol.securityCouncilResolution(number, Integer.parseInt(m.group(2))));
                }
                if (date.isPresent()) {
                    return Optional.of(Symbol.securityCouncilResolution(number, date.get().getYear()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The dates the text states: those of the phrases that date the resolution (its adoption line, its title "…of 4
     * November 1946") first, then the header's, the catalogue's, the footer's.
     */
    private static List<LocalDate> dates(String header, Catalogue catalogue, String footer) {
        List<LocalDate> dates = new ArrayList<>();
        // The header's lines are read as one text: the adoption line may be broken anywhere.
        String joined = header.replace('\n', ' ');
        Matcher phrase = DATED_PHRASE.matcher(joined);
        List<Integer> starts = new ArrayList<>();
        while (phrase.find()) {
            starts.add(phrase.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : joined.length();
            dates.addAll(EnglishDates.all(joined.substring(starts.get(i), Math.min(end, starts.get(i) + PHRASE_REACH))));
        }
        dates.addAll(EnglishDates.all(header));
        catalogue.field("Publication Date").ifPresent(d -> dates.addAll(EnglishDates.all(d)));
        dates.addAll(EnglishDates.all(footer));
        return dates;
    }

    private static OptionalInt meeting(String text) {
        Matcher m = MEETING.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The catalogue block that some copies carry (Publisher, Publication Date, Citation / Document Symbol,
     * Reference, Cite as, Comments): its fields are read, and it stands apart from the document's own text, which
     * starts after it; its lines stay in the full text. The lines before it are the catalogue's title for the
     * document. Fields are found in the block's lines read as one text, so a field name broken across lines is still
     * one.
     *
     * @param lines the catalogue's lines, title excepted
     */
    record Catalogue(String title, java.util.Map<String, String> fields, List<SourceLine> lines,
            List<SourceLine> remaining) {

        private static final Pattern FIELD = Pattern.compile("(?m)^(Publisher|Publication\\s+Date"
                + "|Citation\\s*/\\s*Document\\s+Symbol|Reference|Cite\\s+as|Other\\s+Languages\\s*/\\s*Attachments"
                + "|Countries|Topics|Comments)\\s*$");
        private static final Pattern ACCESSED = Pattern.compile("\\[accessed[^\\]]*\\]");
        /** How far down the catalogue may start, and how long it may be. */
        private static final int START_WITHIN = 40;
        private static final int LONGEST = 80;

        Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }

        static Catalogue strip(List<SourceLine> lines) {
            int start = -1;
            for (int i = 0; i < Math.min(lines.size(), START_WITHIN); i++) {
                if (lines.get(i).folded().equals("Publisher")) {
                    start = i;
                    break;
                }
            }
            if (start < 0) {
                return new Catalogue("", java.util.Map.of(), List.of(), lines);
            }
            int last = Math.min(lines.size(), start + LONGEST);
            StringBuilder text = new StringBuilder();
            int[] ends = new int[last - start];
            for (int i = start; i < last; i++) {
                if (i > start) {
                    text.append('\n');
                }
                text.append(lines.get(i).folded());
                ends[i - start] = text.length();
            }
            int endOffset = catalogueEnd(text);
            int end = start;
            while (end < last && ends[end - start] < endOffset) {
                end++;
            }
            if (end + 2 < lines.size() && lines.get(end + 1).folded().equals("Comments")) {
                end += 2;
                endOffset = end - start < ends.length ? ends[end - start] : text.length();
            }
            java.util.Map<String, String> fields = fields(text.substring(0, Math.min(text.length(), endOffset)));
            StringBuilder title = new StringBuilder();
            for (int i = 0; i < start; i++) {
                title.append(i == 0 ? "" : " ").append(lines.get(i).text());
            }
            return new Catalogue(title.toString(), fields, List.copyOf(lines.subList(start, Math.min(end + 1,
                    lines.size()))), new ArrayList<>(lines.subList(Math.min(end + 1, lines.size()), lines.size())));
        }

        /** The end of the block: after the Cite as field's access date, or after the field's first line. */
        private static int catalogueEnd(CharSequence text) {
            Matcher accessed = ACCESSED.matcher(text);
            if (accessed.find()) {
                return accessed.end();
            }
            Matcher field = FIELD.matcher(text);
            while (field.find()) {
                if (field.group(1).startsWith("Cite")) {
                    int valueEnd = text.toString().indexOf('\n', field.end() + 1);
                    return valueEnd < 0 ? text.length() : valueEnd;
                }
            }
            return 0;
        }

        private static java.util.Map<String, String> fields(String text) {
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            Matcher m = FIELD.matcher(text);
            String name = null;
            int valueStart = 0;
            while (m.find()) {
                if (name != null) {
                    fields.merge(name, text.substring(valueStart, m.start()).strip().replaceAll("\\s+", " "),
                            (a, b) -> a + " " + b);
                }
                name = m.group(1).replaceAll("\\s+", " ");
                valueStart = m.end();
            }
            if (name != null) {
                fields.merge(name, text.substring(valueStart).strip().replaceAll("\\s+", " "), (a, b) -> a + " " + b);
            }
            return fields;
        }
    }
}
