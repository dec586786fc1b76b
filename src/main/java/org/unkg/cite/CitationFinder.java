package org.unkg.cite;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.structure.ResolutionNumbering;
import org.unkg.structure.Symbol;
import org.unkg.common.CharacterForms;
import org.unkg.text.SparseMatcher;

/**
 * Finds the UN documents a text cites, in English and Chinese:
 * <ul>
 *   <li>symbols written out: {@code S/PRST/2018/9}, {@code A/RES/60/288}, {@code S/2018/1177}, {@code S/PV.6760},
 *       {@code S/RES/1373 (2001)}, with or without spaces where line joining left them;</li>
 *   <li>Security Council resolutions by number and year, alone or in lists: {@code resolutions 1267 (1999), 1333
 *       (2000) and 1390 (2002)}, {@code 第 1373 (2001)、2195 (2014)和 2462 (2019)号决议}: a number followed by a
 *       four-digit year in parentheses names a Council resolution in these texts;</li>
 *   <li>General Assembly resolutions by session: {@code resolution 2625 (XXV)}, {@code resolution 60/288},
 *       {@code 大会第60/288号决议}; Economic and Social Council resolutions {@code resolution 1996/31}.</li>
 * </ul>
 * The text is searched in ordinary character forms ({@link CharacterForms}), so that {@code 第１３７３（２００１）号决议}
 * and {@code Ｓ／ＲＥＳ／１３７３} are found too; each citation keeps the text's own form and offsets.
 */
public final class CitationFinder {

    private static final Pattern WRITTEN_SYMBOL = Pattern.compile(
            "(?<![A-Za-z\\d/])[SAE] ?/ ?[A-Za-z0-9](?:[A-Za-z0-9.()]|(?<=[A-Z]\\.)\\s(?=\\d)|-(?![SAE]/))*"
                    + "(?:/ ?(?:[A-Za-z0-9.()]|-(?![SAE]/))+)*"
                    + "(?: ?\\((?:\\d{4}|[IVXLC]{1,7})\\))?");
    private static final Pattern ADDENDUM = Pattern.compile("\\s*(?:,|and|和|及)\\s*(Add|Rev|Corr)\\.\\s?(\\d{1,3})");
    /** The number of an addendum, a revision or a corrigendum that a line break or a space put apart: "Add. 1". */
    private static final Pattern PART_NUMBER = Pattern.compile("(?<=/(?:Add|Rev|Corr)\\.)\\s(\\d{1,3})(?!\\d)");
    private static final Pattern NUMBER_YEAR =
            Pattern.compile("(?<![\\d/.])(\\d{1,4})\\s*[(（]\\s*((?:19|20)\\d\\d)\\s*[)）]");
    /** "12 September 2001 (2001)": a year after a month is a date, whatever follows it. */
    private static final Pattern AFTER_MONTH = Pattern.compile(
            "(?i)(January|February|March|April|May|June|July|August|September|October|November|December)\\s*$");
    /** A General Assembly resolution by session, also with the letter of its part: "377 A (V)" is 377 (V). */
    private static final Pattern NUMBER_SESSION =
            Pattern.compile("(?<![\\d/.])(\\d{1,4})\\s*(?:[A-H]\\s+)?[(（]\\s*((?:ES-|S-)?[IVXLC]{1,7})\\s*[)）]");
    private static final Pattern NUMBER_SLASH = Pattern.compile("(?<![\\d/.A-Za-z])(\\d{1,4})/(\\d{1,4})(?![\\d/])");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\d/.,(（])(\\d{1,4})(?![\\d/]|\\s*[(（]|\\.\\d|,\\d|\\.\\s+\\p{Lu})"
            + "(?=\\s*(?:$|[,;:.)）、和及与号]|(?:and|or|of|as|in|on|to|which|that|by|adopted|applies|apply|concerning"
            + "|remains?|is|was|are|were|has|have|shall|will|should|paragraphs?)\\b))");
    /** A resolution of another organ named just before: its numbers are not the Council's. */
    private static final Pattern OTHER_ORGAN = Pattern.compile(
            "(?i)(General Assembly|Economic and Social Council|Human Rights Council|大会|经社理事会|经济及社会理事会|人权理事会)"
                    + "[^.;。；]{0,30}$");
    /** {@code 号决议} right after a number: the Chinese list ends with the word for resolution. */
    private static final Pattern RESOLUTION_AFTER = Pattern.compile("\\s*号?决议");
    /** What may stand between "resolutions" and a number of its list: other numbers, years, dates, list words. */
    private static final Pattern LIST_BETWEEN = Pattern.compile(
            "[\\s\\d/()（）,，、;.A-Z\\-]*(?:(?:and|or|和|及|以及|与|of \\d{1,2} \\w+ \\d{4}|第)[\\s\\d/()（）,，、;.A-Z\\-]*)*");
    private static final Pattern RESOLUTION_WORD = Pattern.compile("(?i)resolutions?|决议");
    private static final Pattern ECOSOC = Pattern.compile("(?i)Economic and Social Council|经济及社会理事会|经社理事会");
    /** How far before a number the word "resolution" may stand and still govern it (a list of resolutions). */
    private static final int LIST_REACH = 160;

    /** The citations of a text whose symbol the text makes certain. */
    public List<Citation> find(String text) {
        return scan(text).citations();
    }

    /** What a scan of one text found: citations, and Council resolution numbers given without their year. */
    public record Found(List<Citation> citations, List<BareNumber> bare) {
    }

    /** {@code resolution 1373}, {@code 第1373号决议}: a Council resolution named by its number alone. */
    public record BareNumber(int number, int start, int end, String written) {
    }

    public Found scan(String written) {
        String text = CharacterForms.fold(written);
        List<Citation> found = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        findWrittenSymbols(text, written, found, taken);
        findNumberYear(text, written, found, taken);
        findSessionResolutions(text, written, found, taken);
        findSlashResolutions(text, written, found, taken);
        found.sort(Comparator.comparingInt(Citation::start));
        return new Found(found, findBareNumbers(text, written, taken));
    }

    private static List<BareNumber> findBareNumbers(String text, String written, BitSet taken) {
        List<BareNumber> bare = new ArrayList<>();
        SparseMatcher sparse = new SparseMatcher(BARE_NUMBER, text, SparseMatcher::isDigit);
        Matcher m = sparse.matcher();
        while (sparse.find()) {
            if (taken.get(m.start()) || !governedByResolutionWord(text, m.start(), m.end())
                    || OTHER_ORGAN.matcher(before(text, m.start())).find()) {
                continue;
            }
            bare.add(new BareNumber(Integer.parseInt(m.group(1)), m.start(), m.end(),
                    written.substring(m.start(1), m.end(1))));
        }
        return bare;
    }

    private static void findWrittenSymbols(String text, String written, List<Citation> found, BitSet taken) {
        SparseMatcher sparse = new SparseMatcher(WRITTEN_SYMBOL, text, c -> c == 'S' || c == 'A' || c == 'E');
        Matcher m = sparse.matcher();
        while (sparse.find()) {
            String symbolText = trimTail(m.group());
            int end = m.start() + symbolText.length();
            Matcher part = PART_NUMBER.matcher(text).region(m.start(), Math.min(text.length(), m.end() + 5));
            if (symbolText.length() < m.group().length() && part.find() && part.start() == m.end()) {
                symbolText = symbolText + "." + part.group(1);
                end = part.end();
            }
            Optional<Symbol> symbol = Symbol.parse(symbolText);
            if (symbol.isPresent()) {
                found.add(new Citation(symbol.get(), m.start(), end, written.substring(m.start(), end)));
                taken.set(m.start(), end);
                findAddenda(text, written, end, symbol.get(), found, taken);
            }
        }
    }

    /** {@code S/1995/488 and Add.1}: the addendum is a document of its own, named after the main symbol. */
    private static void findAddenda(String text, String written, int from, Symbol main, List<Citation> found,
            BitSet taken) {
        Matcher a = ADDENDUM.matcher(text).region(from, text.length());
        while (a.lookingAt()) {
            String suffix = a.group(1) + "." + a.group(2);
            Optional<Symbol> part = Symbol.parse(main.canonical() + "/" + suffix);
            if (part.isEmpty()) {
                return;
            }
            int start = a.start(1);
            found.add(new Citation(part.get(), start, a.end(), written.substring(start, a.end())));
            taken.set(start, a.end());
            a.region(a.end(), text.length());
        }
    }

    private static void findNumberYear(String text, String written, List<Citation> found, BitSet taken) {
        SparseMatcher sparse = new SparseMatcher(NUMBER_YEAR, text, SparseMatcher::isDigit);
        Matcher m = sparse.matcher();
        while (sparse.find()) {
            if (taken.get(m.start()) || gluedToWord(text, m.start()) || AFTER_MONTH.matcher(before(text, m.start())).find()) {
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            int statedYear = Integer.parseInt(m.group(2));
            // A number names one resolution: a misprinted year still finds it (the mention keeps the text's form).
            OptionalInt year = ResolutionNumbering.get().plausible(number, statedYear)
                    ? OptionalInt.of(statedYear) : yearOfMisdated(number, statedYear);
            if (year.isEmpty()) {
                continue;
            }
            found.add(new Citation(Symbol.securityCouncilResolution(number, year.getAsInt()), m.start(), m.end(),
                    written.substring(m.start(), m.end())));
            taken.set(m.start(), m.end());
        }
    }

    /**
     * The year of resolution {@code number} when the text gives it a wrong one, provided the slip is of a year;
     * a year further off means the number itself is not a resolution's.
     */
    private static OptionalInt yearOfMisdated(int number, int written) {
        OptionalInt actual = ResolutionNumbering.get().yearOf(number);
        return actual.isPresent() && Math.abs(actual.getAsInt() - written) <= 1 ? actual : OptionalInt.empty();
    }

    private static void findSessionResolutions(String text, String written, List<Citation> found, BitSet taken) {
        SparseMatcher sparse = new SparseMatcher(NUMBER_SESSION, text, SparseMatcher::isDigit);
        Matcher m = sparse.matcher();
        while (sparse.find()) {
            if (taken.get(m.start()) || !governedByResolutionWord(text, m.start(), m.end())) {
                continue;
            }
            Symbol.parse("A/RES/" + m.group(1) + "(" + m.group(2) + ")").ifPresent(s -> {
                found.add(new Citation(s, m.start(), m.end(), written.substring(m.start(), m.end())));
                taken.set(m.start(), m.end());
            });
        }
    }

    private static void findSlashResolutions(String text, String written, List<Citation> found, BitSet taken) {
        SparseMatcher sparse = new SparseMatcher(NUMBER_SLASH, text, SparseMatcher::isDigit);
        Matcher m = sparse.matcher();
        while (sparse.find()) {
            if (taken.get(m.start()) || !governedByResolutionWord(text, m.start(), m.end())) {
                continue;
            }
            String first = m.group(1);
            boolean ecosoc = first.length() == 4 && ECOSOC.matcher(before(text, m.start())).find();
            String symbol = (ecosoc ? "E/RES/" : "A/RES/") + first + "/" + m.group(2);
            if (first.length() == 4 && !ecosoc) {
                continue;
            }
            Symbol.parse(symbol).ifPresent(s -> {
                found.add(new Citation(s, m.start(), m.end(), written.substring(m.start(), m.end())));
                taken.set(m.start(), m.end());
            });
        }
    }

    /** The word "resolution" stands before the number, with only other numbers and list words in between. */
    private static boolean governedByResolutionWord(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 6));
        if (RESOLUTION_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        String window = before(text, start);
        Matcher w = RESOLUTION_WORD.matcher(window);
        int last = -1;
        while (w.find()) {
            last = w.end();
        }
        if (last < 0) {
            return false;
        }
        String between = window.substring(last);
        return LIST_BETWEEN.matcher(between).matches();
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - LIST_REACH), start);
    }

    /** A number glued to the letters before it ({@code A1 (2001)}) is a code, not a resolution number. */
    private static boolean gluedToWord(String text, int start) {
        char c = start > 0 ? text.charAt(start - 1) : ' ';
        return c < 128 && Character.isLetter(c);
    }

    /** Strips what a symbol pattern catches after the symbol: a full stop, or a bracket it did not open. */
    private static String trimTail(String s) {
        String t = s;
        while (!t.isEmpty()) {
            char c = t.charAt(t.length() - 1);
            if (c == '.' || c == '-' || c == '/' || c == '(' || c == ')' && count(t, '(') < count(t, ')')) {
                t = t.substring(0, t.length() - 1);
            } else {
                break;
            }
        }
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
