package org.unkg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.text.BreakRules;
import org.unkg.text.LineJoiner;
import org.unkg.text.Scripts;
import org.unkg.text.SourceLine;
import org.unkg.text.TextBlock;

/**
 * Reads English Security Council documents in the layouts they have had since 1946: the UN's own PDF layout
 * (symbol line, {@code Distr.: General}, {@code Resolution N (YYYY)}, {@code Adopted by the Security Council at its
 * Nth meeting, on DATE}), the older {@code N (YYYY). Resolution of DATE [S/NNNN]} with {@code Adopted unanimously at
 * the Nth meeting} at the foot, and the copies that carry a publisher's catalogue block (Publisher, Publication
 * Date, Citation / Document Symbol, Cite as) around the text.
 */
public final class EnglishReader implements LanguageReader {

    private static final Pattern CHAPEAU = Pattern.compile("^The Security Council\\b.*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s?\\.\\s*(?=\\S)(.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\(((?:[a-z]{1,2})|(?:[ivxl]{1,6}))\\)\\s*\\S.*");
    private static final Pattern PART_LETTER = Pattern.compile("^(?:[A-H]|[IVX]{1,4})\\.?$");
    private static final Pattern ADOPTION_NOTE = Pattern.compile("^Adopted\\b.{0,120}\\bmeeting.*",
            Pattern.CASE_INSENSITIVE);
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
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^(United Nations|UNITED NATIONS|Security Council|SECURITY COUNCIL|S|Distr\\..*|General|GENERAL"
                    + "|Original:.*|English|ENGLISH|RESOLUTION\\s+\\d+.*|Resolution\\s+\\d+.*|\\[.*\\]|on\\s+\\d.*"
                    + "|Adopted by the Security Council.*|\\d{1,4}\\s*(\\(\\d{4}\\))?\\s*\\.?\\s*Resolution\\s+of.*"
                    + "|Security Council [Rr]esolution.*|S\\s?/\\s?RES.*|\\d{1,2} \\w+ \\d{4}|[SA]/[A-Za-z0-9/.() -]{2,40}\\*?)$");
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
            "\\bitem entitled\\s*[“\"]([^”\"]{3,300})[”\"]|agenda item\\s*[“\"]([^”\"]{3,300})[”\"]");
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
        for (SourceLine l : headerLines) {
            blocks.add(Block.header(l.text(), l.number()));
            headerText.append('\n').append(l.text());
        }
        StringBuilder footerText = new StringBuilder();
        List<TextBlock> bodyBlocks = new ArrayList<>(joiner.join(bodyLines, RULES, wholeText));
        Optional<DocumentType> titled = Optional.empty();
        Optional<String> kindTitle = Optional.empty();
        if (!bodyBlocks.isEmpty()) {
            Matcher address = END_OF_ADDRESS.matcher(bodyBlocks.get(0).text());
            if (bodyBlocks.get(0).text().matches("(?s)^(?:Identical )?[Ll]etters? dated.*") && address.matches()) {
                TextBlock joined = bodyBlocks.remove(0);
                bodyBlocks.add(0, new TextBlock(address.group(2), joined.firstLine(), joined.lastLine(), false));
                bodyBlocks.add(0, new TextBlock(address.group(1), joined.firstLine(), joined.firstLine(), false));
            }
            Matcher k = KIND_TITLE.matcher(bodyBlocks.get(0).text());
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
        boolean resolution = titled.isEmpty();
        readBody(bodyBlocks, blocks, footerText, resolution);

        String header = headerText.toString();
        // Statements and letters state their date, meeting and agenda item in the opening paragraph.
        String opening = header + "\n" + (resolution ? "" : bodyBlocks.stream().limit(2).map(TextBlock::text)
                .reduce("", (a, b) -> a + "\n" + b));
        // A letter's date is the one its title gives ("Letter dated 27 June 2019"), not the date of issue.
        List<LocalDate> dates = dates(kindTitle.orElse("") + "\n" + opening, catalogue, footerText.toString());
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
        Optional<String> agenda = agendaItem(opening);
        Optional<String> titleText = kindTitle;
        Optional<String> title = titleText.or(() -> headerLines.stream().map(SourceLine::text)
                .filter(t -> RESOLUTION_TITLE.matcher(t).find() || OLD_TITLE.matcher(t).matches()).findFirst())
                .or(() -> catalogue.title().isEmpty() ? Optional.empty() : Optional.of(catalogue.title()));
        return new RecognizedDocument("en", type, symbol, "text", date, meeting, agenda, title, blocks);
    }

    private static Optional<String> agendaItem(String opening) {
        Matcher m = AGENDA_ITEM.matcher(opening.replace('\n', ' '));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of((m.group(1) != null ? m.group(1) : m.group(2)).strip());
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

    /** Index of the first body line: after {@code The Security Council,} or after the run of header lines. */
    private static int headerEnd(List<SourceLine> lines) {
        int limit = Math.min(lines.size(), 25);
        for (int i = 0; i < limit; i++) {
            if (CHAPEAU.matcher(lines.get(i).text()).matches()) {
                return i + 1;
            }
        }
        int i = 0;
        while (i < limit && HEADER_LINE.matcher(lines.get(i).text()).matches()) {
            i++;
        }
        return i;
    }

    /** Paragraphs; a resolution's are preambular or operative, other documents' plain. */
    private static void readBody(List<TextBlock> textBlocks, List<Block> blocks, StringBuilder footerText,
            boolean resolution) {
        boolean inFootnotes = false;
        boolean seenOperative = false;
        for (TextBlock tb : textBlocks) {
            String t = tb.text();
            if (inFootnotes || FOOTNOTES.matcher(t).matches()) {
                inFootnotes = true;
                blocks.add(Block.footer(t, tb.firstLine()));
                footerText.append(t).append('\n');
                continue;
            }
            if (ADOPTION_NOTE.matcher(t).matches()) {
                blocks.add(Block.footer(t, tb.firstLine()));
                footerText.append(t).append('\n');
                continue;
            }
            if (CHAPEAU.matcher(t).matches() && t.length() < 40) {
                blocks.add(Block.header(t, tb.firstLine()));
                continue;
            }
            if (PART_LETTER.matcher(t).matches()) {
                blocks.add(Block.paragraph(t, ParagraphKind.HEADING, Optional.of(t.replace(".", "")),
                        tb.firstLine()));
                seenOperative = false;
                continue;
            }
            Matcher sub = SUB_ITEM.matcher(t);
            if (sub.matches() && lastParagraph(blocks) >= 0) {
                Block parent = blocks.get(lastParagraph(blocks));
                blocks.add(Block.subParagraph(t, parent.kind(), "(" + sub.group(1) + ")", tb.firstLine()));
                continue;
            }
            Matcher numbered = NUMBERED.matcher(t);
            if (!resolution) {
                blocks.add(Block.paragraph(t, t.startsWith("•") ? ParagraphKind.LIST_ITEM : ParagraphKind.PARAGRAPH,
                        numbered.matches() ? Optional.of(numbered.group(1)) : Optional.empty(), tb.firstLine()));
            } else if (numbered.matches()) {
                seenOperative = true;
                blocks.add(Block.paragraph(t, ParagraphKind.OPERATIVE, Optional.of(numbered.group(1)),
                        tb.firstLine()));
            } else if (!seenOperative && isPreambular(t)) {
                blocks.add(Block.paragraph(t, ParagraphKind.PREAMBULAR, Optional.empty(), tb.firstLine()));
            } else {
                seenOperative = true;
                blocks.add(Block.paragraph(t, ParagraphKind.OPERATIVE, Optional.empty(), tb.firstLine()));
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

    /** The dates the text states, the adoption line's first, then the header's, the catalogue's, the footer's. */
    private static List<LocalDate> dates(String header, Catalogue catalogue, String footer) {
        List<LocalDate> dates = new ArrayList<>();
        for (String line : header.split("\n")) {
            if (line.contains("Adopted") || line.startsWith("on ") || OLD_TITLE.matcher(line).matches()
                    || RESOLUTION_TITLE.matcher(line).find()) {
                dates.addAll(EnglishDates.all(line));
            }
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

    private static final BreakRules RULES = new BreakRules() {
        @Override
        public boolean startsParagraph(SourceLine line) {
            String t = line.text();
            return NUMBERED.matcher(t).matches() && !Character.isLowerCase(t.charAt(firstLetterAfterNumber(t)))
                    || SUB_ITEM.matcher(t).matches() || PART_LETTER.matcher(t).matches()
                    || CHAPEAU.matcher(t).matches() || FOOTNOTES.matcher(t).matches()
                    || STATEMENT_TITLE.matcher(t).matches() || OPENING_OF_STATEMENT.matcher(t).matches()
                    || ADOPTION_NOTE.matcher(t).matches();
        }

        @Override
        public boolean endsParagraph(String text) {
            // A footnote mark after the final comma, "Coast, (26)", does not hide the paragraph's end.
            String line = FOOTNOTE_MARK.matcher(text).replaceFirst("");
            if (line.isEmpty()) {
                return false;
            }
            if (STATEMENT_TITLE.matcher(line).matches()) {
                return true;
            }
            char last = line.charAt(line.length() - 1);
            return last == '.' || last == ',' || last == ';' || last == ':';
        }

        @Override
        public boolean continuesParagraph(SourceLine line) {
            return Character.isLowerCase(line.text().codePointAt(0));
        }
    };

    private static int firstLetterAfterNumber(String t) {
        int dot = t.indexOf('.');
        for (int i = dot + 1; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The catalogue block that some copies carry (Publisher, Publication Date, Citation / Document Symbol,
     * Reference, Cite as): its fields are read, and it is cut from the text, since it is not part of the document.
     * The lines before it are the catalogue's title for the document.
     */
    record Catalogue(String title, java.util.Map<String, String> fields, List<SourceLine> remaining) {

        Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }

        static Catalogue strip(List<SourceLine> lines) {
            int start = -1;
            for (int i = 0; i < Math.min(lines.size(), 15); i++) {
                if (lines.get(i).text().equals("Publisher")) {
                    start = i;
                    break;
                }
            }
            if (start < 0) {
                return new Catalogue("", java.util.Map.of(), lines);
            }
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            int end = start;
            String field = null;
            for (int i = start; i < lines.size(); i++) {
                String t = lines.get(i).text();
                end = i;
                if (CATALOGUE_FIELDS.contains(t)) {
                    field = t;
                    continue;
                }
                if (field != null) {
                    fields.merge(field, t, (a, b) -> a + " " + b);
                }
                if ("Cite as".equals(field) && t.contains("[accessed")) {
                    break;
                }
            }
            StringBuilder title = new StringBuilder();
            for (int i = 0; i < start; i++) {
                title.append(i == 0 ? "" : " ").append(lines.get(i).text());
            }
            List<SourceLine> remaining = new ArrayList<>(lines.subList(end + 1, lines.size()));
            return new Catalogue(title.toString(), fields, remaining);
        }
    }
}
