package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.common.WordList;

/**
 * Finds the names of bodies and instruments in English text by their form, as the United Nations drafts them: a run
 * of capitalised words whose core ends in a head word ({@code International Air Transport Association},
 * {@code Lagos Declaration for Action against Apartheid}, {@code Treaty of Guarantee}), or a run that a defined
 * acronym in parentheses confirms ({@code Sudan People's Liberation Movement (SPLM)}).
 *
 * <p>What is not a name: a head word alone or after "Security Council" or "United Nations" ("the Committee",
 * "the Security Council Committee established pursuant to …", which are elliptical designations), a designation
 * followed by "established", "set up" or "pursuant to", the generic "Panel of Experts" and its kin, plurals of
 * bodies ("the sanctions Committees"), and a paragraph's opening verb ("Welcomes", "Recalling").
 */
final class EnglishNameDiscoverer {

    private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*\\p{L}|\\p{Lu}";
    private static final String CONNECTOR = "of|for|on|in|at|to|against|with\\s+regard\\s+to|with|and|concerning|de|del"
            + "|la|le|les|el|y|para|por|pour|des|du|et";
    /** A run of capitalised words joined by connectors ("of the", "y de", "on Mainstreaming a Gender …"). */
    private static final Pattern RUN = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\p{N}'’\\-])(?:" + WORD + ")(?:\\s+(?:(?:" + CONNECTOR + "|a|an)\\s+(?:(?:" + CONNECTOR
                    + "|the|a|an)\\s+)?)?(?:" + WORD + "))*");
    /**
     * The connectors and articles as words: what {@code (?:CONNECTOR|the|a|an)} matches in a word without white space
     * (the connectors of more than one word cannot), looked up rather than matched: it is asked of every word of every
     * run.
     */
    private static final Set<String> CONNECTORS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(CONNECTOR.split("\\|")).filter(c -> c.indexOf('\\') < 0),
            java.util.stream.Stream.of("the", "a", "an")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> LOCATED = Set.of("in", "at");
    /** The instruments a core and its complement name together ({@link #qualifiedInstrument}). */
    private static final Set<String> QUALIFIED_HEADS = Set.of("Agreement", "Treaty", "Convention", "Protocol");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("-based", "-led", "-related", "-owned", "-run");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&\\-]{1,9})\\)");
    private static final Pattern SHORT_FORM_AFTER = Pattern.compile("^\\s*\\((?:the\\s+)?(\\p{Lu}[\\p{L}\\- ]{2,40})\\)");
    /** A conjunct of {@link #COORDINATED}: a place's name of one or two words, or one and a numeral ("Accra III"). */
    private static final String CONJUNCT_WORDS = "\\p{Lu}[\\p{L}'’\\-]*\\p{L}(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*\\p{L}|[IVX]+))?";
    private static final Pattern CONJUNCT = Pattern.compile(CONJUNCT_WORDS + "(?=\\s*,|\\s+and\\s|$)");
    /** Names of instruments listed before one plural head: "the Cotonou and Akosombo Agreements". */
    private static final Pattern COORDINATED = Pattern.compile("\\b[Tt]he\\s+((?:" + CONJUNCT_WORDS + ")(?:\\s*,\\s*(?:"
            + CONJUNCT_WORDS + "))*\\s+and\\s+(?:" + CONJUNCT_WORDS + "))\\s+(Agreements|Accords|Protocols|Declarations"
            + "|Conventions)\\b");
    /**
     * An agreement named, in lower case, after the place it was made in: "the Moscow agreement", "the N'Djamena
     * ceasefire agreement", "the Libreville agreements", "the Rambouillet accords".
     */
    private static final Pattern PLACE_NAMED = Pattern.compile("\\b[Tt]he\\s+(" + CONJUNCT_WORDS + ")\\s+"
            + "((?:(?:ceasefire|cease-fire|peace)\\s+)?)(agreements?|accords?)\\b");
    /** A word that qualifies an agreement or names a people, not the place it was made in. */
    private static final Pattern NOT_A_PLACE = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}\\-]+|.*(?:ian|ese|['’]s?)");
    /** What makes a name a designation by its founding act rather than a name. */
    private static final Pattern DESIGNATION_AFTER = Pattern.compile(
            "^\\s*(?:established|set up|created|pursuant|referred to|mentioned|concerned|envisaged|provided for)\\b");
    /** A qualifier that names the parent only elliptically ("Board of Governors of the Agency"). */
    private static final Pattern TRAILING_PARENT;
    private static final Pattern REGARD = Pattern.compile("\\bwith\\s+regard\\s+$");
    /** An acronym in parentheses right before a run: the run goes on a name the acronym cut ("… (NATO) Training …"). */
    private static final Pattern AFTER_ACRONYM = Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\p{N}&\\-]*\\)\\s*$");
    private static final String TITLE_WORDS = "(?:" + WORD + ")(?:\\s+(?:(?:" + CONNECTOR + ")\\s+(?:(?:" + CONNECTOR
            + "|the)\\s+)?)?(?:" + WORD + "))*";
    /**
     * The rest of a title that lists its subjects after a comma ("… the Use, Stockpiling, Production and Transfer of
     * Anti-personnel Mines", "… for Truth, Reconciliation, and Healing"): capitalised words in a list closed by
     * "and" or "or".
     */
    private static final Pattern LISTED_SUBJECTS = Pattern.compile("^,\\s+(?:(?:and|or)\\s+)?" + TITLE_WORDS
            + "(?:(?:,\\s+(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)" + TITLE_WORDS + ")*");
    /**
     * A title that goes on after a word in lower case ("the Inter-African Mission to Monitor the Implementation …",
     * "the Guidelines to Facilitate Full International Implementation of paragraphs 24, 25 and 27 of …").
     */
    private static final Pattern TITLE_GOES_ON_IN_LOWER_CASE =
            Pattern.compile("^\\s+(?:the\\s+\\p{Lu}|of\\s+(?:paragraphs?|resolutions?)\\b)");
    /** The object of a title's verb in lower case: "the" and capitalised words ({@link #titleEnd}). */
    private static final Pattern TITLE_OBJECT = Pattern.compile("^\\s+the\\s+" + TITLE_WORDS);
    /** A title's verb: "… to Protect", "… to Monitor", right before the lower-case "the" of its object. */
    private static final Pattern INFINITIVE_BEFORE = Pattern.compile("\\bto\\s+\\p{Lu}\\p{Ll}+$");
    private static final Pattern TITLE_STILL_GOES_ON = Pattern.compile(
            "^(?:\\s+(?:and|or|the|for|to|in|on|with|against|at|by)\\b|\\s+of\\s+(?!\\d)|\\s*,\\s*(?:and|or)\\b)");
    private static final Pattern SLASH_GOES_ON = Pattern.compile("/\\s*United\\s+Nations\\b");
    private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“]\\s*$");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("^\\s*[\"”]");
    /** What shows that a title goes on past the list ("…, and of Bacteriological Methods of Warfare"). */
    private static final Pattern TITLE_GOES_ON = Pattern.compile("^,?\\s+(?:and|or)\\s+(?:of|for|on|in|to)\\b");
    /** The subjects a name enumerates before its last two, after the article: "the Truth, " of "the Truth, Justice and …". */
    private static final Pattern ENUMERATED_BEFORE = Pattern.compile("\\b[Tt]he\\s+((?:(?:" + WORD + ")\\s*,\\s+)+)$");
    private static final Pattern TWO_LAST_SUBJECTS = Pattern.compile("^(?:" + WORD + ")\\s+and\\s+\\p{Lu}");
    /** How far before a name its enumerated subjects are looked for. */
    private static final int ENUMERATION_REACH = 160;
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final Pattern OFFICE_POSSESSIVE = Pattern.compile("(?i).*(?:secretary|government|council)['’]s");
    private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+");
    private static final Pattern COUNCIL_COMPLEMENT = Pattern.compile("on|against|to|in|at|with");
    private static final Pattern CLOSED_LIST = Pattern.compile("(?s).*\\s(?:and|or)\\s.*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,]+");
    private static final Pattern OFFICE_WORD = Pattern.compile("(?i).*(secretary|government|council).*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_SPACE = Pattern.compile("\\S+");
    /**
     * Words that qualify a head without naming anything ("the Special Committee", "the Optional Protocol", "the
     * Permanent Mission"): a head with only these before it is a reference to a body, not its name.
     */
    private static final Set<String> MODIFIERS = wordList("en-name-modifiers.txt");
    /** Modifiers that qualify any body alike: with only these before its head, a body is referred to, not named. */
    private static final Set<String> QUALIFIERS = wordList("en-body-qualifiers.txt");
    static {
        StringBuilder generic = new StringBuilder();
        MODIFIERS.forEach(m -> generic.append(Pattern.quote(m)).append("|"));
        TRAILING_PARENT = Pattern.compile("\\s+of the (?:(?:" + generic + "Security)\\s+)*(?:\\p{Lu}[\\p{L}\\-]*)$");
    }
    private static final Set<String> GENERIC = wordList("en-generic-designations.txt");
    /** Words of bodies' names: "the Government agreement" is no place's. */
    private static final Set<String> BODY_WORDS = wordList("en-body-words.txt");
    /** Nouns that name a body with no head word of ours: after "and the", they begin another name. */
    private static final Set<String> HEADLESS_BODIES = wordList("en-headless-bodies.txt");
    /** The most words a complement's second subject runs to after "and the": in a body's name, in a text's title. */
    private static final int COMPLEMENT_AFTER_AND = 4;
    private static final int TITLE_AFTER_AND = 10;
    /** Words that open a name only as part of a designation, never a name of their own. */
    private static final Set<String> PREFIXES = wordList("en-designation-prefixes.txt");
    /** Words that start a paragraph or sentence and are no part of the name after them. */
    private static final Set<String> OPENERS = wordList("en-name-openers.txt");
    /** Titles of an office before "of" and the body it belongs to: the person's, not the body's name. */
    private static final Set<String> OFFICE_TITLES = wordList("en-office-titles.txt");

    /** A word list of the resource files beside this class: the words are data, not code. */
    private static Set<String> wordList(String resource) {
        return WordList.load(EnglishNameDiscoverer.class, resource).words();
    }

    List<FoundName> find(String text) {
        List<FoundName> found = new ArrayList<>();
        // names a rule of its own finds, which stand instead of what the runs find over them
        List<FoundName> ruled = new ArrayList<>(coordinated(text));
        ruled.addAll(placeNamed(text));
        Matcher run = RUN.matcher(text);
        int done = 0;
        while (run.find()) {
            for (int[] part : parts(text, run.start(), run.end())) {
                if (part[0] < done) {
                    continue; // the list of subjects of a title found before
                }
                Optional<FoundName> f = candidate(text, part[0], part[1]);
                if (f.isPresent()) {
                    found.add(f.get());
                    done = f.get().end();
                }
            }
        }
        if (!ruled.isEmpty()) {
            found.removeIf(f -> ruled.stream().anyMatch(c -> f.start() < c.end() && c.start() < f.end()
                    || f.start() >= c.start() && f.end() <= c.end()));
            found.addAll(ruled);
            found.sort(java.util.Comparator.comparingInt(FoundName::start));
        }
        return found;
    }

    /**
     * The agreements named in lower case after the place they were made in ({@link #PLACE_NAMED}), each as its name
     * is written with capitals ("the Moscow agreement" is the Moscow Agreement), so that it is one entity with the
     * same name capitalised elsewhere, or the listed one. A word that only qualifies ("the Framework agreement"), a
     * body's word ("the Government agreement"), an acronym ("the PSC Framework agreement"), a people's adjective ("the
     * Liberian ceasefire agreement") or a possessive ("the Parties' agreement") is no place.
     */
    private static List<FoundName> placeNamed(String text) {
        if (!text.contains("agreement") && !text.contains("accord")) {
            return List.of();
        }
        List<FoundName> found = new ArrayList<>();
        Matcher m = PLACE_NAMED.matcher(text);
        while (m.find()) {
            String place = m.group(1);
            if (SPACES.splitAsStream(place).anyMatch(w -> MODIFIERS.contains(w) || BODY_WORDS.contains(w)
                    || HeadWords.isEnglishHead(w) || NOT_A_PLACE.matcher(w).matches())) {
                continue;
            }
            String head = m.group(3);
            String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            String name = place + " " + capitalised(m.group(2)) + capitalised(singular);
            found.add(found(m.start(1), m.end(), name, HeadWords.english(capitalised(singular), ""), Optional.empty()));
        }
        return found;
    }

    /** Each word capitalised: "ceasefire agreement" → "Ceasefire Agreement". */
    private static String capitalised(String words) {
        StringBuilder b = new StringBuilder();
        Matcher w = NON_SPACE.matcher(words);
        int last = 0;
        while (w.find()) {
            b.append(words, last, w.start()).append(Character.toUpperCase(words.charAt(w.start())))
                    .append(words, w.start() + 1, w.end());
            last = w.end();
        }
        return b.append(words.substring(last)).toString();
    }

    /**
     * The instruments a plural head names together, each by its own word: "the Akosombo and Accra Agreements" are the
     * Akosombo Agreement and the Accra Agreement, "the Linas-Marcoussis, Accra III and Pretoria Agreements" three. Each
     * is found where its own word stands; a word that only qualifies ("the Humanitarian and Security Protocols") names
     * none of them, and neither does the list.
     */
    private static List<FoundName> coordinated(String text) {
        if (!text.contains(" and ")) {
            return List.of();
        }
        List<FoundName> found = new ArrayList<>();
        Matcher m = COORDINATED.matcher(text);
        while (m.find()) {
            String singular = m.group(2).substring(0, m.group(2).length() - 1);
            HeadWords.Head head = HeadWords.english(singular, "");
            List<FoundName> these = new ArrayList<>();
            Matcher each = CONJUNCT.matcher(text).region(m.start(1), m.end(1));
            while (each.find()) {
                String word = each.group();
                if (SPACES.splitAsStream(word).anyMatch(w -> MODIFIERS.contains(w) || w.equals("Article"))) {
                    these.clear();
                    break;
                }
                these.add(found(each.start(), each.end(), word + " " + singular, head, Optional.empty()));
            }
            if (head != null && these.size() >= 2) {
                found.addAll(these);
            }
        }
        return found;
    }

    /**
     * A run cut where it joins two names ("the Windhoek Declaration and the Namibia Plan of Action", "the Sudan
     * Liberation Movement and Sudan Liberation Army") or ends in a possessive ("the Committee's"), and after an
     * adjective made of a name ("New York-based").
     */
    private static List<int[]> parts(String text, int start, int end) {
        List<int[]> words = words(text, start, end);
        List<int[]> parts = new ArrayList<>();
        int from = start;
        boolean skipping = false;
        // an acronym defined after the run holds together the words it abbreviates, "and" or not
        Matcher acronym = parenthesisAt(text, end) ? after(ACRONYM_AFTER, text, end) : null;
        int held = acronym != null && acronym.find() && ShortFormRule.abbreviatesPart(acronym.group(1), text.substring(start, end))
                ? ShortFormRule.acronymStart(acronym.group(1), text, words) : end;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            if (i == words.size() - 1 && i > 0 && possessive(word)
                    && HeadWords.english(word.substring(0, word.length() - 2), "") == null) {
                // "the League of Arab States and Libya's neighbours": the possessive opens a phrase the run cannot
                // tell apart from the name before it
                return parts;
            }
            if (possessive(word) && HeadWords.english(word.substring(0, word.length() - 2), "") != null) {
                int last = i - 1;
                while (last >= 0 && connector(text.substring(words.get(last)[0], words.get(last)[1]))) {
                    last--;
                }
                if (last >= 0 && words.get(last)[1] > from) {
                    parts.add(new int[] {from, words.get(last)[1]});
                }
                return parts;
            }
            if (adjective(word)) {
                from = i + 1 < words.size() ? words.get(i + 1)[0] : w[1];
                continue;
            }
            String following = i + 1 < words.size() ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : "";
            if (!skipping && i > 0
                    && ((word.equals("to") && !REGARD.matcher(text.substring(from, w[0])).find()
                                && !titleGoesOnTo(text, words, from, i) || word.equals("with")
                            || word.equals("at"))
                            && following.equals("the")
                        || (word.equals("in") || word.equals("at"))
                            && (following.equals("The") || locatedBefore(text, words, from, i))
                        || word.equals("in") && MONTHS.contains(following))) {
                // "… to the United Nations", "… to the Secretary-General": whom it is addressed to, not its name;
                // "the Afghan Transitional Administration with the International Security Assistance Force": two
                // bodies (but "… with regard to the Implementation of …" goes on); "the Permanent Court of
                // Arbitration in The Hague", "the … Group on the Situation in Mali in Bamako": where the body sits
                // or met; "the High Peace Council in April 2012": when. The rest of the run up to the next name is no
                // name.
                parts.add(new int[] {from, words.get(i - 1)[1]});
                skipping = true;
                continue;
            }
            if (word.equals("and") && i > 0 && i + 1 < words.size() && w[0] < held && joinsTwo(text, words, from, i)) {
                if (!skipping && endsName(text, words, i)) {
                    parts.add(new int[] {from, words.get(i - 1)[1]});
                }
                skipping = false;
                int next = i + 1;
                while (next + 1 < words.size() && ARTICLES.contains(text.substring(words.get(next)[0], words.get(next)[1]))) {
                    next++;
                }
                from = words.get(next)[0];
            }
        }
        if (!skipping && from < end) {
            parts.add(new int[] {from, end});
        }
        return parts;
    }

    /**
     * Whether the words before the "and" at word {@code i} end a name: an article after "and", or a head or an
     * acronym before it. Else the part before may be half of a title ("the International Contact Group of Liberia
     * of the Governance and Economic Management Assistance Program"), and no name is better than half of one.
     */
    private static boolean endsName(String text, List<int[]> words, int i) {
        String before = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
        return ARTICLES.contains(text.substring(words.get(i + 1)[0], words.get(i + 1)[1]))
                || HeadWords.english(before, "") != null || ACRONYM_WORD.matcher(before).matches();
    }

    /**
     * Whether word {@code i} lies in the complement of an instrument's title ("the Agreement on the Temporary
     * Arrangements for the Administration and Security of the Abyei Area"), where a body's head is a subject.
     */
    private static boolean inInstrumentTitle(String text, List<int[]> words, int from, int i) {
        for (int j = 0; j + 1 < i; j++) {
            if (words.get(j)[0] < from) {
                continue;
            }
            HeadWords.Head h = HeadWords.english(text.substring(words.get(j)[0], words.get(j)[1]), "");
            if (h != null && "instrument".equals(h.kind())
                    && connector(text.substring(words.get(j + 1)[0], words.get(j + 1)[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "to the" at word {@code i} goes on with an instrument's title ("… for a More Effective Response to the
     * Foreign Terrorist Fighters Phenomenon", "the Optional Protocol to the Convention …") rather than say whom it is
     * addressed to ("… to the United Nations", "… to the Secretary-General").
     */
    private static boolean titleGoesOnTo(String text, List<int[]> words, int from, int i) {
        if (i + 2 >= words.size() || !inInstrumentTitle(text, words, from, i)) {
            return false;
        }
        String after = text.substring(words.get(i + 2)[0], words.get(i + 2)[1]);
        return !PREFIXES.contains(after) && !HEADLESS_BODIES.contains(after) && !after.startsWith("Secretary")
                && !after.equals("General");
    }

    /** Whether the words of the part from {@code from} to word {@code i} hold an "in" already. */
    private static boolean locatedBefore(String text, List<int[]> words, int from, int i) {
        for (int j = i - 1; j >= 0 && words.get(j)[0] >= from; j--) {
            if (text.substring(words.get(j)[0], words.get(j)[1]).equals("in")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "and" at word {@code i} joins two names rather than two words of one; the part being cut begins at
     * {@code from}. An acronym before it ("LAIP and Libyan Central Bank") is a name of its own.
     */
    private static boolean joinsTwo(String text, List<int[]> words, int from, int i) {
        String next = text.substring(words.get(i + 1)[0], words.get(i + 1)[1]);
        if (next.equals("the") || next.equals("a") || next.equals("an")) {
            return !subjectsGoOn(text, words, from, i);
        }
        String before = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
        if (HeadWords.english(before, "") != null && !inInstrumentTitle(text, words, from, i)
                || ACRONYM_WORD.matcher(before).matches()) {
            return true;
        }
        boolean nameBefore = false;
        boolean connected = false;
        for (int j = i - 1; j >= 0 && words.get(j)[0] >= from; j--) {
            String w = text.substring(words.get(j)[0], words.get(j)[1]);
            if (HeadWords.english(w, "") != null) {
                // a body's name right before the words that "and" joins owns what they name: "the African Union
                // Compliance and Accountability Framework" is one name
                nameBefore = connected;
                break;
            }
            connected |= connector(w);
        }
        if (!nameBefore) {
            return false;
        }
        for (int j = i + 1; j < words.size(); j++) {
            String w = text.substring(words.get(j)[0], words.get(j)[1]);
            if (connector(w)) {
                return false;
            }
            if (HeadWords.english(w, text, words.get(j)[1]) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "and the" at word {@code i} joins two subjects in the complement of one name ("the International
     * Institute for Justice and the Rule of Law", "… in the Western Indian Ocean and the Gulf of Aden"): a head and a
     * connector before it, and after it two to four words that hold no head, no acronym, no word that names a body
     * or an office without one ("… and the Department of …", "… and the Special Rapporteur") and do not end in a
     * modifier, which would begin a name the run does not hold.
     */
    private static boolean subjectsGoOn(String text, List<int[]> words, int from, int i) {
        String before = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
        int after = words.size() - i - 2;
        String last = text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]);
        if (HeadWords.english(before, "") != null || ACRONYM_WORD.matcher(before).matches()
                || after < 2 || MODIFIERS.contains(last)
                || after > (inInstrumentTitle(text, words, from, i) ? TITLE_AFTER_AND : COMPLEMENT_AFTER_AND)) {
            return false;
        }
        boolean complement = false;
        for (int j = i - 2; j >= 0 && words.get(j)[0] >= from && !complement; j--) {
            complement = HeadWords.english(text.substring(words.get(j)[0], words.get(j)[1]), "") != null
                    && connector(text.substring(words.get(j + 1)[0], words.get(j + 1)[1]));
        }
        for (int j = i + 2; complement && j < words.size(); j++) {
            String w = text.substring(words.get(j)[0], words.get(j)[1]);
            complement = HeadWords.english(w, text, words.get(j)[1]) == null && !ACRONYM_WORD.matcher(w).matches()
                    && !HEADLESS_BODIES.contains(w.replaceFirst("(?:['’]s|s)$", "")) && !HEADLESS_BODIES.contains(w)
                    && !PREFIXES.contains(w) && !possessive(w);
        }
        return complement;
    }

    private Optional<FoundName> candidate(String text, int start, int end) {
        int acronymAt = end;
        List<int[]> words = words(text, start, end);
        // a paragraph's or sentence's opening word, and articles, are not part of the name; nor is whose it is
        // ("the Timorese Government's Justice Sector Strategic Plan")
        for (int i = words.size() - 2; i > 0; i--) {
            if (OFFICE_POSSESSIVE.matcher(text.substring(words.get(i)[0], words.get(i)[1])).matches()) {
                words.subList(0, i + 1).clear();
                break;
            }
        }
        // "Mindful of the Cairo Declaration": once the opener goes, so do the connector and article after it
        while (!words.isEmpty() && (opener(text.substring(words.get(0)[0], words.get(0)[1]))
                || connector(text.substring(words.get(0)[0], words.get(0)[1])) || officeOf(text, words))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        start = words.get(0)[0];
        String name = text.substring(start, end);
        Matcher parent = TRAILING_PARENT.matcher(name);
        if (name.contains("of the ") && parent.find() && elliptical(name.substring(parent.start()))) {
            int cut = start + parent.start();
            end = cut;
            name = text.substring(start, end);
            words.removeIf(w -> w[0] >= cut);
        }
        Matcher acronym = parenthesisAt(text, acronymAt) ? after(ACRONYM_AFTER, text, acronymAt) : null;
        if (acronym != null && acronym.find() && ShortFormRule.abbreviatesPart(acronym.group(1), name)) {
            // an acronym defined right after the run names the words it abbreviates, and only those
            int from = ShortFormRule.acronymStart(acronym.group(1), text, words);
            String named = text.substring(from, end);
            HeadWords.Head head = headOf(text, words, from, end);
            if (head != null && capitals(named) >= 2 && !generic(named) && !onlyModifiers(text, within(words, from))) {
                return Optional.of(found(from, end, named, head, Optional.of(acronym.group(1))));
            }
        }
        if (SLASH_GOES_ON.matcher(text).region(end, text.length()).lookingAt()) {
            return Optional.empty(); // "the Joint African Union/United Nations Mediation": half of a joint name
        }
        HeadWords.Head head = headOf(text, words, start, end);
        if (head != null && hasComplement(text, words) && after(TITLE_GOES_ON_IN_LOWER_CASE, text, end).find()) {
            end = titleEnd(text, end);
            if (end < 0) {
                return Optional.empty();
            }
            name = text.substring(start, end);
        }
        if (head == null || capitals(name) < 2 || describedBefore(text, start, words) || after(DESIGNATION_AFTER, text, end).find()
                || generic(name) || onlyModifiers(text, words) && namedByAcronym(text, name, end).isEmpty()
                || "organization".equals(head.kind()) && destinationOnly(text, words)
                || afterAcronym(text, start) && !("instrument".equals(head.kind()) && hasComplement(text, words)
                        && bodyBeforeAcronym(text, start))
                || quotedLonger(text, start, end)
                || conjoined(text, words) || theCouncil(text, words)
                || headThenPlace(text, words)) {
            return Optional.empty();
        }
        head = namedAfter(text, words, head);
        int enumerated = enumerationStart(text, start, name);
        if (enumerated < start) {
            start = enumerated;
            name = text.substring(start, end);
        }
        Matcher list = after(LISTED_SUBJECTS, text, end);
        if (hasComplement(text, words) && list.find() && subjects(list.group())) {
            if (after(TITLE_GOES_ON, text, list.end()).find()) {
                return Optional.empty(); // a title longer than its form shows: better none than a cut one
            }
            end = list.end();
            name = text.substring(start, end);
        }
        Matcher sf = parenthesisAt(text, end) ? after(SHORT_FORM_AFTER, text, end) : null;
        Optional<String> shortForm = Optional.empty();
        if (sf != null && sf.find() && ShortFormRule.shortFormOf(sf.group(1), name)) {
            shortForm = Optional.of(sf.group(1).strip());
        } else if (onlyModifiers(text, words)) {
            shortForm = namedByAcronym(text, name, end);
        }
        return Optional.of(found(start, end, name, head, shortForm));
    }

    /**
     * Where a title whose verb takes an object in lower case ends ("the Jeddah Declaration of Commitment to Protect
     * the Civilians of Sudan signed on …"): after its object, capitalised words with connectors, where no other
     * connector or conjunction takes it further. -1 where it may go further: better no name than a cut one.
     */
    private static int titleEnd(String text, int end) {
        if (!INFINITIVE_BEFORE.matcher(text).region(Math.max(0, end - 40), end).find()) {
            return -1; // "… the Statute of the International Court of Justice the Security Council may …"
        }
        Matcher object = after(TITLE_OBJECT, text, end);
        if (!object.find() || after(TITLE_STILL_GOES_ON, text, object.end()).find()) {
            return -1;
        }
        return object.end();
    }

    /**
     * Where a name that enumerates its subjects begins: the run stops at a comma, so that "the Truth, Justice and
     * Reconciliation Commission" is found from "Justice"; the single capitalised words and commas between the article
     * and a name that opens with the last two subjects ("Justice and Reconciliation") are its first subjects.
     */
    private static int enumerationStart(String text, int start, String name) {
        if (!TWO_LAST_SUBJECTS.matcher(name).find()) {
            return start;
        }
        Matcher before = ENUMERATED_BEFORE.matcher(text).region(Math.max(0, start - ENUMERATION_REACH), start)
                .useTransparentBounds(true);
        if (!before.find()) {
            return start;
        }
        for (String word : LIST_SEPARATOR.split(before.group(1).strip())) {
            if (opener(word) || connector(word)) {
                return start;
            }
        }
        return before.start(1);
    }

    /**
     * Whether the name opens a quotation that does not close after it: the quoted title goes on in words the run
     * does not take ("the \"Agreement of Principles for the return to constitutional normalcy\"").
     */
    private static boolean quotedLonger(String text, int start, int end) {
        return OPENING_QUOTE.matcher(text.substring(Math.max(0, start - 3), start)).find()
                && !after(CLOSING_QUOTE, text, end).find();
    }

    /**
     * A matcher of the text after {@code from}, as of {@code text.substring(from)} ("^" at {@code from}, nothing
     * before it seen) without copying the rest of the paragraph for every run.
     */
    private static Matcher after(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length());
    }

    /**
     * Whether an acronym in parentheses ends right before {@code start} ({@link #AFTER_ACRONYM}). Its match can only
     * open at the last "(" before {@code start}: the pattern is tried from there, not along the whole paragraph.
     */
    private static boolean afterAcronym(String text, int start) {
        int open = text.lastIndexOf('(', start - 1);
        return open >= 0 && AFTER_ACRONYM.matcher(text).region(open, start).find();
    }

    /**
     * Whether the acronym before {@code start} follows a body's name: then what comes after it is that body's text
     * ("the Global Counterterrorism Forum (GCTF) Hague-Marrakech Memorandum on …"), not the rest of a name the
     * acronym cut ("the Peace, Security and Cooperation (PSC) Framework for …").
     */
    private static boolean bodyBeforeAcronym(String text, int start) {
        int open = text.lastIndexOf('(', start - 1);
        String word = open > 0 ? wordBefore(text, open) : null;
        HeadWords.Head head = word == null ? null : HeadWords.english(word, "");
        return head != null && "organization".equals(head.kind());
    }

    /**
     * The word of letters and hyphens that ends, before some white space, at {@code start}, or null: what
     * {@code ([\p{L}\-]+)\s+$} finds in the text before {@code start}, read backwards from there.
     */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return null;
        }
        int from = end;
        while (from > 0) {
            int c = text.codePointBefore(from);
            if (c != '-' && !Character.isLetter(c)) {
                break;
            }
            from -= Character.charCount(c);
        }
        return from == end ? null : text.substring(from, end);
    }

    /** Whether a parenthesis opens after white space at {@code from}: what an acronym or short form after a name needs. */
    private static boolean parenthesisAt(String text, int from) {
        int i = from;
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    /** Whether a word (no white space in it) is a connector or an article. */
    private static boolean connector(String word) {
        return CONNECTORS.contains(word);
    }

    /** Whether a word is a possessive, {@code .+['’]s}. */
    private static boolean possessive(String word) {
        int n = word.length();
        return n >= 3 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')
                && lineWhole(word, n - 2);
    }

    /** Whether a word is an adjective made of a name, {@code .+-(?:based|led|related|owned|run)}. */
    private static boolean adjective(String word) {
        for (String suffix : ADJECTIVE_ENDINGS) {
            int n = word.length() - suffix.length();
            if (n > 0 && word.endsWith(suffix) && lineWhole(word, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first {@code n} characters hold no line terminator: what {@code .} stands for. */
    private static boolean lineWhole(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Two texts under one plural head ("the Akosombo and Accra Agreements"): no name of one text. */
    private static boolean conjoined(String text, List<int[]> words) {
        int[] last = words.get(words.size() - 1);
        String head = text.substring(last[0], last[1]);
        return head.endsWith("s") && HeadWords.english(head, "") != null
                && words.stream().anyMatch(w -> text.substring(w[0], w[1]).equals("and"));
    }

    /**
     * "report to the Council on …", "measures of the Council against …": the Security Council the text speaks of,
     * not a council of that name (which takes "of" or "for": "the Council of Ministers of the OAU").
     */
    private static boolean theCouncil(String text, List<int[]> words) {
        return words.size() > 1 && text.substring(words.get(0)[0], words.get(0)[1]).equals("Council")
                && COUNCIL_COMPLEMENT.matcher(text.substring(words.get(1)[0], words.get(1)[1])).matches();
    }

    /** Whether the core of the name has a complement after a connector ("Convention on the Use"). */
    private static boolean hasComplement(String text, List<int[]> words) {
        return words.stream().anyMatch(w -> connector(text.substring(w[0], w[1]))
                && !text.substring(w[0], w[1]).equals("and"));
    }

    /** Whether a list after a comma is the rest of a title: closed by "and" or "or", and naming no body or text. */
    private static boolean subjects(String list) {
        if (!CLOSED_LIST.matcher(list).matches()) {
            return false;
        }
        for (String w : LIST_SEPARATOR.split(list)) {
            if (HeadWords.english(w, "") != null || ACRONYM_WORD.matcher(w).matches() || w.equals("The")
                    || possessive(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the International Tribunal to Rwanda", "a Multinational Force to Liberia": a body said by where it is sent,
     * with only modifiers before its head, describes it and is not its name. An instrument is sent nowhere: its "to"
     * says what it is for ("the Action Agenda to Prevent Violent Extremism").
     */
    private static boolean destinationOnly(String text, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            if (connector(w)) {
                return w.equals("to") && onlyModifiers(text, words.subList(0, i));
            }
        }
        return false;
    }

    /**
     * An instrument named after a body ("the Residual Special Court for Sierra Leone Agreement"): the last word
     * says what the name names when it is an instrument's head and no article opens another name before it.
     */
    private static HeadWords.Head namedAfter(String text, List<int[]> words, HeadWords.Head head) {
        int[] last = words.get(words.size() - 1);
        if (words.stream().anyMatch(w -> text.substring(w[0], w[1]).equals("the"))) {
            return head; // "the Implementation Monitoring Committee for the Arusha Agreement": a body for a text
        }
        HeadWords.Head end = HeadWords.english(text.substring(last[0], last[1]), text, last[1]);
        return end != null && "instrument".equals(end.kind()) && !"instrument".equals(head.kind()) ? end : head;
    }

    /**
     * Whether the run opens with an office's title and "of the" ("Co-leader of the Patriotic Front of Zimbabwe"); without
     * the article the words are one title ("Head of Mission of UNOMIG").
     */
    private static boolean officeOf(String text, List<int[]> words) {
        return words.size() > 3 && OFFICE_TITLES.contains(text.substring(words.get(0)[0], words.get(0)[1]))
                && "of".equals(text.substring(words.get(1)[0], words.get(1)[1]))
                && "the".equals(text.substring(words.get(2)[0], words.get(2)[1]));
    }

    /**
     * A word that opens a run but no name: an opening verb or article, a month ("the May Agreement"), a possessive
     * of an acronym or an office ("UNMIT's Mission", "the Secretary-General's Trust Fund").
     */
    private static boolean opener(String word) {
        return OPENERS.contains(word) || MONTHS.contains(word)
                || possessive(word) && (word.substring(0, word.length() - 2).chars()
                        .noneMatch(Character::isLowerCase) || OFFICE_WORD.matcher(word).matches());
    }

    /** A generic designation, with or without modifiers before it ("the International Commission of Inquiry"). */
    private static boolean generic(String name) {
        String[] w = SPACES.split(name);
        int i = 0;
        while (i < w.length - 1 && MODIFIERS.contains(w[i])) {
            i++;
        }
        return GENERIC.contains(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)).toLowerCase(Locale.ROOT))
                || GENERIC.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name follows an indefinite article ("to establish an Emergency Fund"), or a head that stands alone
     * in its core follows a word in lower case ("the peace-keeping Force in Cyprus"): these describe a body, they do
     * not name it.
     */
    private static boolean describedBefore(String text, int start, List<int[]> words) {
        String article = wordBefore(text, start);
        if (article != null && ARTICLES.contains(article) && !article.equals("the")) {
            return true; // "to establish an Emergency Fund": a proper name takes "the" or nothing
        }
        if (words.size() > 1 && !connector(text.substring(words.get(1)[0], words.get(1)[1]))) {
            return false;
        }
        String w = wordBefore(text, start);
        if (w == null) {
            return false;
        }
        return !w.equals("the") && Character.isLowerCase(w.charAt(0))
                && !connector(w);
    }

    private static List<int[]> within(List<int[]> words, int from) {
        return words.stream().filter(w -> w[0] >= from).toList();
    }

    private static FoundName found(int start, int end, String name, HeadWords.Head head, Optional<String> shortForm) {
        return new FoundName(start, end, name, head.kind(), head.types(), shortForm);
    }

    /**
     * The head of a name: the last word of its core, the words before the first connector; or, where the core ends in
     * no head, the instrument that a core and its complement qualify together ("the Cessation of Hostilities
     * Agreement", "a Status of Forces Agreement"): a capitalised complement, without an article, that ends in an
     * instrument's head.
     */
    private static HeadWords.Head headOf(String text, List<int[]> words, int start, int end) {
        int[] last = null;
        List<int[]> inside = words.stream().filter(w -> w[0] >= start && w[1] <= end).toList();
        int i = 0;
        for (; i < inside.size(); i++) {
            int[] w = inside.get(i);
            String word = text.substring(w[0], w[1]);
            if (word.equals("and")) {
                continue; // "Truth and Reconciliation Commission": one core
            }
            if (connector(word)) {
                break;
            }
            last = w;
        }
        if (last == null) {
            return null;
        }
        HeadWords.Head head = HeadWords.english(text.substring(last[0], last[1]), text, last[1]);
        return head != null ? head : qualifiedInstrument(text, inside, i);
    }

    /**
     * The head of an agreement, treaty, convention or protocol, in the singular, that ends a complement of one
     * connector and capitalised words from {@code connector}, none of them whose it is ("the Government of Haiti's
     * Strategic Development Plan" is a plan of a government, "the Government of National Accord" a government, and
     * "Status of Forces Agreements" a kind of agreement).
     */
    private static HeadWords.Head qualifiedInstrument(String text, List<int[]> words, int connector) {
        if (connector >= words.size() - 2) {
            return null;
        }
        for (int j = connector + 1; j < words.size(); j++) {
            String w = text.substring(words.get(j)[0], words.get(j)[1]);
            if (!Character.isUpperCase(w.charAt(0)) || possessive(w)) {
                return null;
            }
        }
        int[] last = words.get(words.size() - 1);
        String word = text.substring(last[0], last[1]);
        return QUALIFIED_HEADS.contains(word) ? HeadWords.english(word, text, last[1]) : null;
    }

    /**
     * Whether the name is a head with only modifiers before it and nothing after ("the Security Council Committee",
     * "the Special Committee", "the Optional Protocol"): a reference to a body, not its name.
     */
    /**
     * Whether the run is a head word alone and where the body is: "keep the Force in Cyprus", "the Office in Burundi"
     * are the Force and the Office, elliptically, in a place, not names.
     */
    private static boolean headThenPlace(String text, List<int[]> words) {
        return words.size() > 2 && HeadWords.isEnglishHead(text.substring(words.get(0)[0], words.get(0)[1]))
                && LOCATED.contains(text.substring(words.get(1)[0], words.get(1)[1]));
    }

    private static boolean onlyModifiers(String text, List<int[]> words) {
        int telling = 0;
        for (int i = 0; i < words.size() - 1; i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (connector(word) || !MODIFIERS.contains(word) && !PREFIXES.contains(word)) {
                return false;
            }
            if (!PREFIXES.contains(word) && !QUALIFIERS.contains(word)) {
                telling++;
            }
        }
        // two modifiers that say what the body does ("the Joint Implementation Mechanism", "the Boundary Demarcation
        // Commission") make a name; "the International Criminal Tribunal", "the Special Committee" stay references
        return telling < 2;
    }

    /**
     * The acronym the text defines right after a name of modifiers and a head, if it shows the name to be a body's
     * proper name: three capitalised words at least, and an acronym of three capitals at least, two of them the words'
     * initials, in any order, since a body of a French-speaking State keeps its French acronym in English text
     * ("the Independent Electoral Commission (CENI)", "the Joint Human Rights Office (UNJHRO)"). "The Special Committee
     * (SC)" stays a reference.
     */
    private static Optional<String> namedByAcronym(String text, String name, int end) {
        Matcher acronym = parenthesisAt(text, end) ? after(ACRONYM_AFTER, text, end) : null;
        if (acronym == null || !acronym.find() || capitals(name) < 3) {
            return Optional.empty();
        }
        String letters = acronym.group(1).replaceAll("[^\\p{Lu}]", "");
        Set<Character> initials = new java.util.HashSet<>();
        for (String w : SPACES.split(name.strip())) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.add(w.charAt(0));
            }
        }
        return letters.length() >= 3 && letters.chars().filter(c -> initials.contains((char) c)).count() >= 2
                ? Optional.of(acronym.group(1)) : Optional.empty();
    }

    /** A trailing "of the …" that is a head with modifiers only, or the State or the Council. */
    private static boolean elliptical(String qualifier) {
        String[] w = SPACES.split(qualifier.strip());
        String last = w[w.length - 1];
        if (!Set.of("State", "Charter", "Secretary-General", "President", "Nations").contains(last)
                && HeadWords.english(last, "") == null) {
            return false;
        }
        for (int i = 2; i < w.length - 1; i++) {
            if (!MODIFIERS.contains(w[i]) && !PREFIXES.contains(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static int capitals(String name) {
        int n = 0;
        for (String w : SPACES.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** The words of a run, as spans. */
    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher w = NON_SPACE.matcher(text).region(start, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        return words;
    }
}
