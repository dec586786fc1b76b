package org.unkg.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.Unkg;
import org.unkg.common.WordList;

/**
 * Finds people that running text names with a title or honorific ({@code Mr. Patrice Lumumba}, {@code Ambassador
 * Christopher Ross}, {@code Judge Guy Ladreit de Lacharriere}, {@code 安东尼奥·古特雷斯先生}, {@code 特使黄夏年先生}), by
 * the office they hold written right before a full name ({@code its chief mediator Hamid Algabid}, {@code Special Envoy
 * Kofi Annan}, {@code the Special Representative of the SecretaryGeneral Haile Menkerios}, its hyphen lost in
 * extraction), as a head of State ({@code President Jean-Bertrand Aristide for his efforts}: the name ends before
 * punctuation, a possessive or a word in lower case), by a military rank or a minister's office ({@code Major General
 * Michael Beary}, {@code Prime Minister Abiy Ahmed}) or in apposition to an office ({@code the Prime Minister of
 * Haiti, Ariel Henry,}, {@code the Special Envoy of the Secretary-General for Yemen, Hans Grundberg;}), by the Arabic
 * naming the Council's sanctions lists use ({@code Usama bin Laden}), or as the one whose arrest, transfer, trial,
 * release, killing, appointment or election the Council speaks of ({@code calls for the arrest of Goran Hadzic;},
 * {@code the Secretary-General's appointment of Ad Melkert on 7 July 2009}), a full name that ends there. The title is
 * not part of the name.
 */
final class TitledPersonFinder {

    /**
     * A word of a name: "Lumumba", "Karibi-Whyte", "McDonald" (a second capital after Mc or Mac), "O-gon" (a syllable
     * of one capital before a hyphen), an initial.
     */
    private static final String NAME_WORD = "\\p{Lu}(?:[\\p{Ll}'’]+|(?=-\\p{L}))(?:(?<=Mc|Mac)\\p{Lu}[\\p{Ll}'’]+)?"
            + "(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}\\.";
    /** A family name in capitals, as lists of judges and candidates write it ("Mr. Laïty KAMA"). */
    private static final String FAMILY_NAME = "\\p{Lu}{2,}(?:-\\p{Lu}{2,})*(?![\\p{L}\\p{N}])";
    /** The particles inside a name written in Latin letters ("Usama bin Laden", "Guy Ladreit de Lacharriere"). */
    static final String PARTICLE = "bin|ibn|bint|al|el|de|da|del|della|di|van|von|der|den|ter|ten|du|dos|le|la";
    private static final String NAME = "(?:" + NAME_WORD + ")(?:\\s+(?:(?:" + PARTICLE + ")\\s+)?(?:" + NAME_WORD
            + "|" + FAMILY_NAME + ")){0,4}";
    /** At least two words of a name: an office before one word alone may be followed by a place or a body. */
    private static final String FULL_NAME = "(?:" + NAME_WORD + ")(?:\\s+(?:(?:" + PARTICLE + ")\\s+)?(?:" + NAME_WORD
            + "|" + FAMILY_NAME + ")){1,4}";
    /**
     * The State, body or subject an office is of, in an apposition ("the Prime Minister of Haiti, Ariel Henry,", "the
     * Special Representative of the Secretary-General on Sexual Violence in Conflict, Pramila Patten,"): capitalised
     * words, connectors and "the" between them.
     */
    private static final String PLACE =
            "\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:(?:of|on|in|for|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’\\-]*){0,7}";
    /**
     * Every alternative opens at a word boundary with a capital, with one of "mediator", "envoy", "facilitator",
     * "rapporteur", or with a word for what befalls a person ("arrest", "transfer", "trial", "surrender", "killing",
     * "detention", "appointment", "election", ...): the look-ahead on those words' first letters and the one
     * boundary test turn away most other places before the alternatives are tried one by one.
     */
    private static final Pattern ENGLISH = Pattern.compile("(?=[\\p{Lu}mefratskd])\\b(?:"
            + "(?:Mr|Mrs|Ms|Dr|Messrs|Prof)\\.?\\s+(" + NAME + ")|(?:Miss|Judge|Ambassador|Sheikh|Professor|Sir"
                    + "|Archbishop|Bishop|Cardinal)\\s+(" + NAME + ")"
                    + "|President,?\\s+(" + NAME + ")(?=\\s*[,;.)]|['’]s\\b|\\s+\\p{Ll})"
                    + "|(\\p{Lu}\\p{Ll}+\\s+(?:bin|ibn)\\s+\\p{Lu}\\p{Ll}+)"
                    + "|(?:[Mm]ediator|[Ee]nvoy|[Ff]acilitator|[Rr]apporteur|Representative|Secretary-?General"
                    + "|General|Colonel|Admiral|Minister|SRSG|ERSG)\\s+(" + FULL_NAME + ")"
                    + "|(?:arrest|apprehension|transfer|surrender|extradition|trial|assassination|murder|killing"
                    + "|release|detention|appointment|election|resignation)\\s+of\\s+(" + FULL_NAME
                    + ")(?=\\s*[;,.:)]|\\s+(?:and|to|in|by|on|who|for|as)\\b))");
    /**
     * A full name in apposition to an office of a State or body or a United Nations envoy's, after the comma; a title
     * before the name is left to {@link #ENGLISH} ("…, President Blaise Compaoré,"), which this pattern gives way
     * to.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "\\b(?:President|Prime\\s+Minister|Minister|King|Emir|Chairperson|Chairman|Envoy|Representative|Adviser"
                    + "|Coordinator|Rapporteur|High\\s+Commissioner|Director|Director-General|Prosecutor|Registrar)"
                    + "\\s+(?:of|for|on)\\s+(?:the\\s+)?" + PLACE
                    + ",\\s+(" + FULL_NAME + ")(?=\\s*[,;.)])");
    /**
     * A transliterated name (its parts joined by "·"), before a Chinese honorific or not: its first part is cut to the
     * characters of transliteration that end it ({@link #TRANSLITERATION}), where an office before it ends.
     */
    private static final Pattern CHINESE = Pattern.compile(
            "[\\p{IsHan}]+(?:[·・•‧][\\p{IsHan}]+(?:[-－‐][\\p{IsHan}]+)?)+");
    /** A signature's mark after a name: the letter's signatory, whom the document signs rather than names. */
    private static final Pattern SIGNED = Pattern.compile("\\s*[(（]签名[)）]");
    private static final Pattern HONORIFIC = Pattern.compile("先生|女士|大使|阁下|法官");
    /**
     * A Chinese name in Chinese characters, two or three of them, between an office and an honorific
     * ({@code 秘书长特使黄夏年先生}): without a middle dot, only the office before and the honorific after tell it.
     */
    private static final Pattern CHINESE_NAME = Pattern.compile(
            "(?:特使|特别代表|副代表|常驻代表|代表|大使|主席|秘书长|高级专员|协调员|调解人|总统|总理|部长|法官|检察官|顾问)"
                    + "(\\p{IsHan}{2,3}?)(?:先生|女士|阁下)");
    /** The characters that end the name of an office, not of a person ("团长", "专员", "法官", "主席"). */
    private static final Pattern OFFICE_END = Pattern.compile("[长员官使表席理统]$");
    private static final Set<Integer> TRANSLITERATION = transliteration();
    /** The most characters the first part of a transliterated name has ("穆罕默德"), and any later part. */
    private static final int FIRST_PART = 6;
    private static final int LATER_PART = 8;
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$|(?<=s)['’]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_TITLE = Pattern.compile("(\\S+)\\s+");
    private static final Pattern STACKED_TITLE = Pattern.compile("^(Sir|Dame|Dr\\.?|Professor|Sheikh)\\s+");
    private static final Pattern ENDS_IN_INITIAL = Pattern.compile(".*\\s\\p{Lu}\\.|\\p{Lu}\\.");
    /** Words that follow a title but are no one's name ("Mr. President", "Ambassador Extraordinary"). */
    private static final Set<String> NOT_NAMES =
            WordList.load(TitledPersonFinder.class, "en-not-person-names.txt").words();

    List<FoundName> find(String text, String language) {
        List<FoundName> found = new ArrayList<>();
        List<String> types = List.of(Unkg.PERSON);
        if ("zh".equals(language)) {
            return chinese(text);
        }
        Matcher m = ENGLISH.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int g = group(m);
            // what a rejected match took may hold a title of its own ("the election of Special Envoy Mary Robinson")
            from = m.end();
            String name = POSSESSIVE_END.matcher(m.group(g)).replaceFirst("");
            // a second title after the first ("Judge Sir Benegal Rau") is the person's, not part of the name
            Matcher stacked = STACKED_TITLE.matcher(name);
            int start = m.start(g);
            boolean sir = false;
            if (stacked.find() && stacked.end() < name.length()) {
                sir = stacked.group(1).equals("Sir") || stacked.group(1).equals("Dame");
                start += stacked.end();
                name = name.substring(stacked.end());
            }
            String first = SPACES.split(name)[0];
            // a name that ends in an initial ("Mr. T. H." before a family name the text spells otherwise), or a
            // first name alone after "Sir" ("Sir Owen"), is cut short: no name rather than half of one
            sir |= !"zh".equals(language) && text.startsWith("Sir", Math.max(0, m.start(g) - 4));
            if (NOT_NAMES.contains(first) || "zh".equals(language) && name.length() < 4
                    || !"zh".equals(language) && ENDS_IN_INITIAL.matcher(name).matches()
                    || sir && !name.contains(" ") || namesABody(name)) {
                from = Math.max(m.start(g), m.start() + 1);
                continue;
            }
            found.add(new FoundName(start, start + name.length(), name, "person", types, Optional.empty()));
        }
        Matcher a = APPOSITION.matcher(text);
        while (a.find()) {
            // the holder's own title before the name ("…, Executive Secretary Mohammed Ibn Chambas,") is not the name
            int start = a.start(1);
            Matcher title = LEADING_TITLE.matcher(text).region(start, a.end(1));
            while (title.lookingAt() && NOT_NAMES.contains(title.group(1))) {
                start = title.end();
                title.region(start, a.end(1));
            }
            String name = text.substring(start, a.end(1));
            int at = start;
            if (name.contains(" ") && !namesABody(name) && !ENDS_IN_INITIAL.matcher(name).matches()
                    && found.stream().noneMatch(f -> f.start() < at + name.length() && at < f.end())) {
                found.add(new FoundName(at, at + name.length(), name, "person", types, Optional.empty()));
            }
        }
        return found;
    }

    /**
     * The transliterated names of a Chinese text: with an honorific after them, whatever their characters; without
     * one, only when every part is written in characters of transliteration, as a foreign name is and a Chinese
     * phrase with a middle dot seldom is.
     */
    private static List<FoundName> chinese(String text) {
        List<FoundName> found = new ArrayList<>();
        Matcher n = CHINESE_NAME.matcher(text);
        while (n.find()) {
            // "代表团团长先生": an office again, not a name
            if (!OFFICE_END.matcher(n.group(1)).find()) {
                found.add(new FoundName(n.start(1), n.end(1), n.group(1), "person", List.of(Unkg.PERSON),
                        Optional.empty()));
            }
        }
        Matcher m = CHINESE.matcher(text);
        while (m.find()) {
            String run = m.group();
            int dot = firstDot(run);
            int start = dot;
            while (start > 0 && dot - start < FIRST_PART && TRANSLITERATION.contains((int) run.charAt(start - 1))) {
                start--;
            }
            // the last part ends before the honorific, or else with its last character of transliteration
            int last = lastDot(run) + 1;
            Matcher h = HONORIFIC.matcher(run).region(last, run.length());
            boolean honorific = h.find() && h.start() > last && h.start() - last <= LATER_PART;
            int end = honorific ? h.start() : last;
            while (!honorific && end < run.length() && end - last < LATER_PART
                    && (TRANSLITERATION.contains((int) run.charAt(end)) || hyphen(run.charAt(end)))) {
                end++;
            }
            while (end > last && hyphen(run.charAt(end - 1))) {
                end--;
            }
            String name = run.substring(start, end);
            if (start == dot || end == last || name.codePointCount(0, name.length()) < 4
                    || !honorific && !name.codePoints().allMatch(c -> TRANSLITERATION.contains(c) || dot(c) || hyphen(c))
                    || SIGNED.matcher(text).region(m.start() + end, text.length()).lookingAt()) {
                continue;
            }
            found.add(new FoundName(m.start() + start, m.start() + end, name, "person", List.of(Unkg.PERSON),
                    Optional.empty()));
        }
        return found;
    }

    private static int firstDot(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (dot(run.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDot(String run) {
        for (int i = run.length() - 1; i >= 0; i--) {
            if (dot(run.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hyphen(int c) {
        return c == '-' || c == '－' || c == '‐';
    }

    private static boolean dot(int c) {
        return c == '·' || c == '・' || c == '•' || c == '‧';
    }

    private static Set<Integer> transliteration() {
        Set<Integer> chars = new HashSet<>();
        WordList.load(TitledPersonFinder.class, "zh-transliteration-characters.txt").words()
                .forEach(l -> l.codePoints().forEach(chars::add));
        return Set.copyOf(chars);
    }

    /** Words of bodies' names that are not head words of ours ("the General National Congress"). */
    private static final Set<String> BODY_WORDS =
            WordList.load(TitledPersonFinder.class, "en-body-words.txt").words();

    /** "Special Envoy Office", "Representative United Nations …": a body's name after an office, not a person's. */
    static boolean namesABody(String name) {
        for (String w : SPACES.split(name)) {
            if (HeadWords.isEnglishHead(w) || NOT_NAMES.contains(w) || BODY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int group(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }
}
