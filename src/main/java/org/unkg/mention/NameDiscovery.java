package org.unkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unkg.common.IriScheme;
import org.unkg.structure.Block;

/**
 * Makes entities of the names a document shows to be names but no vocabulary lists (see
 * {@link EnglishNameDiscoverer}, {@link ChineseNameDiscoverer}, {@link TitledPersonFinder}), and finds every later
 * mention of them and of the short forms the document defines for them. The vocabulary comes first: a name inside or
 * across a name the vocabulary knows is not a discovery, and a discovered name that a vocabulary lists is that entry.
 * A body or instrument gets the IRI {@link IriScheme#discovered} mints from its kind and name, so that the same name
 * is one entity across documents; a person gets the IRI of the people a document names.
 */
final class NameDiscovery {

    /** What a document names that no vocabulary lists: bodies and instruments, and people. */
    record Discovered(List<Entity> entities, List<Person> people) {
    }

    private final DictionaryMatcher names;
    private final MisspeltNames misspelt;
    private final IriScheme iris;
    private final EnglishNameDiscoverer english = new EnglishNameDiscoverer();
    private final TransliteratedNameFinder transliterated = new TransliteratedNameFinder();
    private final ChineseNameDiscoverer chinese = new ChineseNameDiscoverer();
    private final TitledPersonFinder titled = new TitledPersonFinder();
    private final NationalityListedPersonFinder nationalityListed = new NationalityListedPersonFinder();
    private final Map<String, Entity> listedByIri = new java.util.HashMap<>();

    NameDiscovery(DictionaryMatcher names, List<EntityName> labels, IriScheme iris) {
        this.names = names;
        labels.forEach(l -> listedByIri.putIfAbsent(l.entity().iri(), l.entity()));
        this.misspelt = new MisspeltNames(labels);
        this.iris = iris;
    }

    /** Adds the mentions of discovered names to {@code byBlock}; {@code person} mints a person by name. */
    Discovered discover(List<Block> blocks, String language, List<List<Mention>> byBlock, Function<String, Person> person) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Person> people = new LinkedHashMap<>();
        List<EntityName> labels = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.role() == Block.Role.HEADER) {
                continue;
            }
            List<FoundName> found = new ArrayList<>("zh".equals(language) ? chinese.find(b.text()) : english.find(b.text()));
            if (!"zh".equals(language)) {
                found.addAll(transliterated.find(b.text()));
                for (Mention m : List.copyOf(byBlock.get(i))) {
                    Entity listed = listedByIri.get(m.target());
                    if (listed != null) {
                        ListedNameExtension.of(b.text(), m, listed).ifPresent(found::add);
                        SubUnitOfListed.of(b.text(), m, listed).ifPresent(found::add);
                    }
                }
            }
            found.addAll(titled.find(b.text(), language));
            if (!"zh".equals(language)) {
                found.addAll(nationalityListed.find(b.text(), byBlock.get(i), this::country));
            }
            for (FoundName f : found) {
                List<Mention> here = byBlock.get(i);
                dropOrganOfAnother(here, f, b.text());
                if (here.stream().anyMatch(m -> overlaps(m, f) && !inside(m, f)
                        || extended(m, f, b.text()) && !countriesInItsTitle(here, m, b.text())
                        || listsNames(m, f, b.text())) || coveredByListed(here, f, b.text())) {
                    continue;
                }
                // a name whose defined acronym the vocabulary lists is that entry, spelt another way
                Optional<Entity> listed = listed(f.name())
                        .or(() -> f.shortForm().flatMap(this::listed).filter(e -> sharesAWord(f.name(), e)));
                if (listed.isPresent()) {
                    here.add(new Mention(listed.get().iri(), f.start(), f.end(), b.text().substring(f.start(), f.end())));
                    continue;
                }
                // a name that the text follows with a listed entry's acronym ("the Group of Five for the Sahel Joint
                // Force (FC-G5S)") is that entry under a longer name
                Optional<Entity> abbreviated = "person".equals(f.kind()) ? Optional.empty()
                        : acronymAfter(here, f, b.text());
                if (abbreviated.isPresent()) {
                    here.add(new Mention(abbreviated.get().iri(), f.start(), f.end(),
                            b.text().substring(f.start(), f.end())));
                    continue;
                }
                // a listed name that text recognition misspelt is that entry, and what it holds is no name of its own
                Optional<Entity> misread = "person".equals(f.kind()) ? Optional.empty() : misspelt.listedAs(f.name());
                if (misread.isPresent()) {
                    here.removeIf(m -> inside(m, f));
                    here.add(new Mention(misread.get().iri(), f.start(), f.end(), b.text().substring(f.start(), f.end())));
                    continue;
                }
                String text = b.text().substring(f.start(), f.end());
                if ("person".equals(f.kind())) {
                    Person p = samePerson(people, person.apply(SPACES.matcher(f.name()).replaceAll(" ")));
                    people.putIfAbsent(p.iri(), p);
                    here.add(new Mention(p.iri(), f.start(), f.end(), text));
                    continue;
                }
                String name = SPACES.matcher(f.name()).replaceAll(" ");
                // the short form an earlier paragraph defined for a longer name ("(Hudaydah Agreement)") is that name
                LangString asWritten = new LangString(name, language);
                Optional<Entity> defined = entities.values().stream()
                        .filter(e -> e.altLabels().contains(asWritten)).findFirst();
                if (defined.isPresent()) {
                    here.add(new Mention(defined.get().iri(), f.start(), f.end(), text));
                    continue;
                }
                String iri = iris.discovered(f.kind(), name);
                Entity e = entities.computeIfAbsent(iri, k -> new Entity(k, f.kind(), f.types(),
                        Map.of(language, name), new ArrayList<>()));
                labels.add(new EntityName(name, language, e));
                if (!SPACES.matcher(text).replaceAll(" ").equals(name)) {
                    // named by a word of its own before a plural head ("the Akosombo and Accra Agreements"): the
                    // name is nowhere written whole, so the word is its mention
                    here.add(new Mention(iri, f.start(), f.end(), text));
                }
                int from = i;
                f.shortForm().ifPresent(s -> {
                    redefined(byBlock, from, s, blocks.get(from).text(), f.end());
                    LangString alt = new LangString(s, language);
                    if (!e.altLabels().contains(alt)) {
                        e.altLabels().add(alt);
                    }
                    labels.add(new EntityName(s, language, e));
                });
            }
        }
        if (!labels.isEmpty()) {
            mentionEverywhere(blocks, byBlock, labels);
        }
        // a name whose every mention turned out part of a longer name is no name the document uses
        java.util.Set<String> mentioned = new java.util.HashSet<>();
        byBlock.forEach(ms -> ms.forEach(m -> mentioned.add(m.target())));
        return new Discovered(entities.values().stream().filter(e -> mentioned.contains(e.iri())).toList(),
                List.copyOf(people.values()));
    }

    /**
     * The listed body, group or instrument whose acronym stands in parentheses right after a found name, where that
     * entry is not itself named inside the name ("the Peace and Security Council of the African Union (AU)" defines
     * the acronym of the Union it names, not of the Council).
     */
    private Optional<Entity> acronymAfter(List<Mention> here, FoundName f, String text) {
        java.util.regex.Matcher open = PARENTHESIS.matcher(text).region(f.end(), text.length());
        if (!open.lookingAt()) {
            return Optional.empty();
        }
        for (Mention m : here) {
            Entity e = listedByIri.get(m.target());
            if (m.start() != open.end() || e == null || !DictionaryMatcher.isAcronym(m.text())
                    || !CLOSE.matcher(text).region(m.end(), text.length()).lookingAt()
                    || !(e.kind().equals(f.kind()) || "group".equals(e.kind()) && "organization".equals(f.kind()))
                    || here.stream().anyMatch(x -> x.target().equals(e.iri()) && inside(x, f))
                    || !sharesAWord(f.name(), e)) {
                continue;
            }
            return Optional.of(e);
        }
        return Optional.empty();
    }

    /**
     * A listed entry's acronym that the document defines anew for a name it discovers ("the Unité pour la paix en
     * Centrafrique (UPC)"): from the definition on, the acronym is that name's, and the entry's mentions under it go.
     */
    private void redefined(List<List<Mention>> byBlock, int block, String acronym, String text, int after) {
        for (int j = block; j < byBlock.size(); j++) {
            int from = j == block ? after : 0;
            byBlock.get(j).removeIf(m -> m.start() >= from && m.text().equals(acronym)
                    && listedByIri.containsKey(m.target()));
        }
    }

    /**
     * Whether a found name shares a word of substance with a name of the entry whose acronym it is given: an acronym
     * says little on its own ("the Unité pour la paix en Centrafrique (UPC)" is not the Union des patriotes congolais,
     * listed as UPC), a name spelt another way keeps most of its words ("the Group of Five for the Sahel Joint Force
     * (FC-G5S)", listed as the Joint Force of the Group of Five for the Sahel).
     */
    static boolean sharesAWord(String name, Entity e) {
        java.util.Set<String> words = substantive(name);
        if (words.isEmpty()) {
            return false;
        }
        return e.names().stream().anyMatch(l -> substantive(l).stream().anyMatch(words::contains));
    }

    /**
     * The words of four letters or more of a name, folded as a discovered name's IRI folds them (accents, case), but
     * for those that any body of the UN system may bear.
     */
    private static java.util.Set<String> substantive(String name) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : IriScheme.slug(name).split("-")) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The vocabulary's entity whose name the whole of {@code name} is. */
    private Optional<Entity> listed(String name) {
        return names.find(name).stream()
                .filter(m -> m.start() == 0 && m.end() == name.length())
                .map(DictionaryMatcher.Match::entity)
                .findFirst();
    }

    /** "Mr. Gbagbo" after "Mr. Laurent Gbagbo" in the same document is the same person. */
    private static Person samePerson(Map<String, Person> people, Person p) {
        if (p.name().contains(" ")) {
            return p;
        }
        List<Person> full = people.values().stream().filter(q -> q.name().endsWith(" " + p.name())).toList();
        return full.size() == 1 ? full.get(0) : p;
    }

    /** The discovered names and short forms wherever the document writes them, with their capitals. */
    private static void mentionEverywhere(List<Block> blocks, List<List<Mention>> byBlock, List<EntityName> labels) {
        DictionaryMatcher discovered = new DictionaryMatcher(labels);
        Map<Entity, java.util.Set<String>> capitals = new java.util.IdentityHashMap<>();
        labels.forEach(l -> capitals.computeIfAbsent(l.entity(), e -> new java.util.HashSet<>()).add(capitals(l.text())));
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).role() == Block.Role.HEADER) {
                continue;
            }
            List<Mention> found = byBlock.get(i);
            for (DictionaryMatcher.Match m : discovered.find(blocks.get(i).text())) {
                boolean taken = found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end()
                        && !(f.start() >= m.start() && f.end() <= m.end() && !f.target().equals(m.entity().iri())
                                && (f.end() - f.start()) < (m.end() - m.start())));
                if (!taken && capitals.get(m.entity()).contains(capitals(m.text()))
                        && !goesOn(m.text(), blocks.get(i).text(), m.end())) {
                    String text = blocks.get(i).text();
                    found.removeIf(f -> f.target().equals(m.entity().iri()) && f.start() == m.start()
                            || qualifiedHomonym(f, m, text));
                    found.add(new Mention(m.entity().iri(), m.start(), m.end(), m.text()));
                }
            }
            found.sort(Comparator.comparingInt(Mention::start));
        }
    }

    /**
     * Whether a shorter name at the end of a discovered body's name is only spelt like it: "the Independent National
     * Commission on Human Rights" is Liberia's, not the United Nations Commission on Human Rights, since the words
     * before the shorter name qualify its head ("Independent National") rather than say whose it is ("the Trust Fund
     * for Victims of the International Criminal Court" names the Court); words of a text's noise ("Chapter VII", a
     * page's "S" run into "The") qualify nothing.
     */
    private static boolean qualifiedHomonym(Mention inner, DictionaryMatcher.Match name, String text) {
        return inner.start() > name.start() && inner.end() == name.end()
                && "organization".equals(name.entity().kind())
                && QUALIFIERS_ONLY.matcher(text.substring(name.start(), inner.start())).matches();
    }

    private static final java.util.regex.Pattern QUALIFIERS_ONLY =
            java.util.regex.Pattern.compile("(?:\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*\\s+)+");
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile(
            "^\\s+(?:of|for|on|in|at|to|with)\\s+(?:the\\s+)?\\p{Lu}");
    private static final java.util.regex.Pattern AND_ON = java.util.regex.Pattern.compile("^\\s+and\\s+\\p{Lu}");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("united", "nations", "unies", "pour",
            "with", "from", "their", "international", "internationale");
    private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("\\s*\\(\\s*");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile("\\s*\\)");
    private static final java.util.regex.Pattern NOT_CAPITAL = java.util.regex.Pattern.compile("[^\\p{Lu}\\p{IsHan}]");
    private static final java.util.regex.Pattern PLACE_OR_PURPOSE = java.util.regex.Pattern.compile(
            "\\s+(?:in|for|to|on|of|at|against)\\s.*");
    private static final java.util.regex.Pattern AND_BEFORE = java.util.regex.Pattern.compile(".*\\sand\\s+(?:the\\s+)?");
    private static final java.util.regex.Pattern COUNTRY_AND = java.util.regex.Pattern.compile(
            ",?\\s+and\\s+(?:the\\s+)?");

    /**
     * Whether the text goes on in capitals after a name that ends at {@code end}, making it part of a longer one ("the
     * Agreement on Movement and Access"); after a head, "and" begins another name ("the Padang Communique and Maritime
     * Cooperation …").
     */
    private static boolean goesOn(String name, String text, int end) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return GOES_ON.matcher(text).region(end, text.length()).find()
                || AND_ON.matcher(text).region(end, text.length()).find() && !HeadWords.isEnglishHead(last);
    }

    /**
     * A discovered name is a name only as written: "the mission" is not "the Mission". A mention is compared by its
     * capitals with those of its entity's labels.
     */
    private static String capitals(String s) {
        return NOT_CAPITAL.matcher(s).replaceAll("");
    }

    private static boolean overlaps(Mention m, FoundName f) {
        return m.start() < f.end() && f.start() < m.end();
    }

    /**
     * Whether the found name is a listed name with a place or purpose after it ("the African Union in Somalia"), or
     * ends in a listed name after "and" ("the General Assembly and Security Council"): listed entities, not a new one,
     * unless the text defines an acronym for the whole.
     */
    private static boolean extended(Mention m, FoundName f, String text) {
        if (f.shortForm().filter(a -> ShortFormRule.acronymOf(a, f.name())).isPresent()) {
            return false; // "the Islamic State in the Greater Sahara (ISGS)": the acronym names the whole
        }
        return m.start() == f.start() && m.end() < f.end()
                && PLACE_OR_PURPOSE.matcher(text.substring(m.end(), f.end())).matches()
                || m.end() == f.end() && m.start() > f.start()
                && AND_BEFORE.matcher(text.substring(f.start(), m.start())).matches();
    }

    /**
     * Whether the country a found name ends in closes a list of countries in its title ("the Maputo Declaration in
     * Support of the Peoples of Zimbabwe and Namibia"): the "and" joins two countries, not the name and another one.
     */
    private boolean countriesInItsTitle(List<Mention> here, Mention last, String text) {
        return country(last) && here.stream().anyMatch(m -> m != last && m.end() < last.start() && country(m)
                && COUNTRY_AND.matcher(text.substring(m.end(), last.start())).matches());
    }

    private boolean country(Mention m) {
        Entity e = listedByIri.get(m.target());
        return e != null && "country".equals(e.kind());
    }

    /**
     * Whether a listed name lies in the list of subjects a found title runs on with after a comma ("… on Peacekeeping
     * Operations, Egypt and Israel"): a title lists subjects, not bodies or countries.
     */
    private static boolean listsNames(Mention m, FoundName f, String text) {
        int comma = text.indexOf(',', f.start());
        return comma >= 0 && comma < f.end() && m.start() > comma && m.end() <= f.end();
    }

    /**
     * Drops the listed organ a one-word name like "Secretariat" names when another body's name stands right before it
     * inside the found name: "the IAEA Secretariat" is the agency's secretariat, not the United Nations'.
     */
    private void dropOrganOfAnother(List<Mention> here, FoundName f, String text) {
        here.removeIf(organ -> organ.start() > f.start() && organ.end() <= f.end() && !organ.text().contains(" ")
                && HeadWords.isEnglishHead(organ.text())
                && here.stream().anyMatch(body -> body != organ && body.start() >= f.start()
                        && body.end() <= organ.start() && text.substring(body.end(), organ.start()).isBlank()
                        && !body.target().equals(organ.target()) && !body.text().equals("United Nations")
                        && listedByIri.containsKey(body.target())
                        && "organization".equals(listedByIri.get(body.target()).kind())));
    }

    /**
     * Whether listed names cover the found name from end to end, overlapping or side by side: "the Djibouti Code of
     * Conduct concerning the Repression of Piracy … and the Gulf of Aden" is the listed code, under its short name and
     * its full title at once.
     */
    private static boolean coveredByListed(List<Mention> here, FoundName f, String text) {
        int reached = f.start();
        for (Mention m : here.stream().filter(m -> m.start() >= f.start() && m.end() <= f.end())
                .sorted(Comparator.comparingInt(Mention::start)).toList()) {
            if (!text.substring(reached, Math.max(reached, m.start())).isBlank()) {
                return false;
            }
            reached = Math.max(reached, m.end());
        }
        return reached == f.end();
    }

    /** Whether the mention lies inside the found name and is shorter: a name named within a name. */
    private static boolean inside(Mention m, FoundName f) {
        return m.start() >= f.start() && m.end() <= f.end() && m.end() - m.start() < f.end() - f.start();
    }
}
