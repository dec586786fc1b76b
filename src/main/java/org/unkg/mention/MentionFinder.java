package org.unkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.structure.Block;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;
import org.unkg.common.CharacterForms;

/**
 * Finds what a document names: the vocabulary's organizations, instruments, countries and armed groups (by every
 * name they go by), the short forms the document itself defines ({@code 联合国毒品和犯罪问题办公室(毒品和犯罪问题办公室)},
 * {@code … Executive Directorate (CTED)}), the people who sign a letter or brief the Council, and its themes.
 * Names are looked for in the paragraphs and footnotes, not in the title and header, in ordinary character forms
 * ({@link CharacterForms}); each mention keeps the text's own form and offsets. Themes are looked for in the
 * paragraphs, the title and the agenda item, which also brings its own themes ({@link ThemeScorer} ranks them).
 */
public final class MentionFinder {

    private static final Pattern DEFINED_SHORT_FORM = Pattern.compile("^\\s*[(（]\\s*([^()（）,，;；]{2,40}?)\\s*[)）]");
    private static final Pattern SIGNED_ZH = Pattern.compile("^(.{2,40}?)\\s*[(（]签名[)）]$");
    private static final Pattern SIGNED_EN = Pattern.compile("^\\(Signed\\)\\s*(.{3,60})$");
    private static final Pattern LATIN_NAME = Pattern.compile("((?:\\p{Lu}\\p{Ll}+)(?:[ \\-](?:\\p{Lu}\\p{Ll}+)){1,3})\\s*$");
    private static final Pattern ADDRESSED_TO = Pattern.compile("给(.{2,30}?)的(?:信|信函|普通照会)$|addressed to (the .{3,60})$");

    /**
     * What makes a listed name part of a law a State named after it: "the Liberia Extractive Industries Transparency
     * Initiative Act" is Liberia's law, not the Initiative.
     */
    private static final Pattern NATIONAL_LAW_AFTER = Pattern.compile("^\\s+(?:Act|Law)\\b");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final EntityVocabulary vocabulary;
    private final DictionaryMatcher names;
    private final StatuteOfBody statutes;
    private final DictionaryMatcher triggers;
    private final FoundingResolutionLinker founding;
    private final ProtocolsThereto protocolsThereto;
    private final NameDiscovery discovery;
    private final ElidedReferenceResolver elided;
    private final IriScheme iris;

    /** Finds the vocabulary's entities, and mints the IRIs of the people named under {@code iris}. */
    public MentionFinder(EntityVocabulary vocabulary, IriScheme iris) {
        this.vocabulary = vocabulary;
        this.names = new DictionaryMatcher(vocabulary.names());
        this.statutes = new StatuteOfBody(names, vocabulary::entity);
        this.triggers = new DictionaryMatcher(vocabulary.triggers());
        this.founding = new FoundingResolutionLinker(vocabulary, iris);
        this.protocolsThereto = new ProtocolsThereto(vocabulary);
        this.discovery = new NameDiscovery(names, vocabulary.names(), iris);
        this.elided = new ElidedReferenceResolver(founding);
        this.iris = iris;
    }

    /**
     * The match, linked to whoever bore the name in the document's year when that was another entity, unless the
     * document also names the entity listed under the name by a name that only it bears: the two Republics of the
     * Congo of 1960, told apart by their capitals, keep their listed senses in a text that names both.
     */
    private DictionaryMatcher.Match inItsTime(DictionaryMatcher.Match m, OptionalInt year, Set<String> namedPlainly) {
        if (namedPlainly.contains(m.entity().iri())) {
            return m;
        }
        return vocabulary.bearerIn(m.name(), year).filter(e -> !e.iri().equals(m.entity().iri()))
                .map(e -> new DictionaryMatcher.Match(e, m.start(), m.end(), m.text(), m.name())).orElse(m);
    }

    /**
     * The listed bodies that an instrument's title names ("the Statute of the International Criminal Tribunal for
     * Rwanda", "the Charter of the United Nations"): the title is one name, and the longest name found hides the
     * shorter ones inside it, but a text that names a body's statute or charter names the body too.
     */
    private List<Mention> bodiesInTheTitle(String text, DictionaryMatcher.Match m, OptionalInt year) {
        List<Mention> inside = new ArrayList<>();
        if (m.entity().kind().equals("instrument")) {
            bodiesAfterTheFirstWord(text, m.start(), m.end(), year, inside);
        }
        return inside;
    }

    /**
     * The bodies named in a title after its first word (before its last character in Chinese), where the title itself
     * no longer matches and hides them; an instrument found there (the "Statute of the International Criminal Court"
     * in the "Rome Statute …") is looked into in turn.
     */
    private void bodiesAfterTheFirstWord(String text, int start, int end, OptionalInt year, List<Mention> inside) {
        // A Chinese title puts its head word last (联合国宪章, 卢旺达问题国际刑事法庭规约): it is looked into without it.
        boolean headLast = Character.UnicodeScript.of(text.codePointBefore(end)) == Character.UnicodeScript.HAN;
        int from = headLast ? start : text.indexOf(' ', start);
        int to = headLast ? text.offsetByCodePoints(end, -1) : end;
        if (from < 0 || from >= to) {
            return;
        }
        for (DictionaryMatcher.Match inner : names.find(text.substring(from, to))) {
            int s = from + inner.start();
            int e = from + inner.end();
            if (!vocabulary.namedIn(inner.entity().iri(), year)) {
                continue;
            }
            if (inner.entity().kind().equals("organization")) {
                inside.add(new Mention(inner.entity().iri(), s, e, text.substring(s, e)));
            } else if (inner.entity().kind().equals("instrument")) {
                bodiesAfterTheFirstWord(text, s, e, year, inside);
            }
        }
    }

    public DocumentMentions find(RecognizedDocument doc) {
        List<Block> blocks = doc.blocks();
        // names and theme triggers are looked up in the same skeleton of each block
        Skeleton[] skeletons = new Skeleton[blocks.size()];
        List<List<Mention>> byBlock = new ArrayList<>();
        Map<String, Entity> shortForms = new LinkedHashMap<>();
        OptionalInt year = doc.date().map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
        List<List<DictionaryMatcher.Match>> listed = new ArrayList<>();
        Set<String> namedPlainly = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.role() == Block.Role.HEADER) {
                listed.add(List.of());
                continue;
            }
            skeletons[i] = Skeleton.of(b.text());
            List<DictionaryMatcher.Match> matches = names.find(b.text(), skeletons[i]);
            listed.add(matches);
            matches.stream().filter(m -> vocabulary.bearerIn(m.name(), year).isEmpty())
                    .forEach(m -> namedPlainly.add(m.entity().iri()));
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<Mention> found = new ArrayList<>();
            if (b.role() != Block.Role.HEADER) {
                List<DictionaryMatcher.Match> matches = listed.get(i).stream()
                        .map(m -> inItsTime(m, year, namedPlainly))
                        .filter(m -> vocabulary.namedIn(m.entity().iri(), year))
                        .filter(m -> !NATIONAL_LAW_AFTER.matcher(b.text()).region(m.end(), b.text().length()).find())
                        .toList();
                for (DictionaryMatcher.Match m : matches) {
                    found.add(new Mention(m.entity().iri(), m.start(), m.end(), m.text()));
                    shortForm(b.text(), m).ifPresent(s -> shortForms.putIfAbsent(s, m.entity()));
                    found.addAll(bodiesInTheTitle(b.text(), m, year));
                }
                for (DictionaryMatcher.Match m : founding.find(b.text())) {
                    if (!vocabulary.namedIn(m.entity().iri(), year)) {
                        continue;
                    }
                    boolean named = matches.stream().anyMatch(x -> x.entity().equals(m.entity())
                            && x.start() < m.end() && m.start() < x.end());
                    if (!named) {
                        found.add(new Mention(m.entity().iri(), m.start(), m.end(), m.text()));
                    }
                }
                found.addAll(protocolsThereto.find(b.text(), found));
            }
            byBlock.add(found);
        }
        FullNameReferent.apply(byBlock);
        if (!shortForms.isEmpty()) {
            addShortForms(blocks, byBlock, shortForms);
        }
        // Names nobody listed, and the bodies a document names elliptically, are read in ordinary character forms
        // (one character for one, so offsets hold); each mention then takes back the text's own form.
        List<Block> folded = blocks.stream().map(MentionFinder::folded).toList();
        NameDiscovery.Discovered discovered = discovery.discover(folded, doc.language(), byBlock,
                name -> person(name, Optional.empty(), false));
        Map<String, Entity> found = new HashMap<>();
        discovered.entities().forEach(e -> found.put(e.iri(), e));
        Set<String> establishedHere = doc.symbol()
                .map(sym -> vocabulary.establishedBy(Set.of(iris.document(sym.key())))).orElse(List.of())
                .stream().map(Entity::iri).collect(Collectors.toSet());
        elided.resolve(folded, doc.language(), byBlock, establishedHere,
                iri -> labels(found.getOrDefault(iri, vocabulary.entity(iri))));
        statutes.apply(folded, byBlock);
        asWritten(blocks, byBlock);

        Set<String> listedPeople = discovered.people().stream().map(Person::iri).collect(Collectors.toSet());
        List<Set<String>> themesByBlock = new ArrayList<>();
        ThemeScorer scorer = new ThemeScorer(vocabulary::isSituation, vocabulary::situationsOf, vocabulary::broaderOf);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Map<String, Double> uses = new HashMap<>();
            Set<String> places = new TreeSet<>();
            if (b.isParagraph()) {
                Skeleton skeleton = skeletons[i] != null ? skeletons[i] : Skeleton.of(b.text());
                String plain = folded.get(i).text();
                List<DictionaryMatcher.Match> terms = ThemeEnumerations.withoutFormulaParts(plain,
                        triggers.find(b.text(), skeleton), vocabulary::enumeratedWith);
                List<Mention> here = byBlock.get(i);
                List<Mention> nationalities = here.stream().filter(m -> NationalityListedPersonFinder
                        .isNationality(plain, m, here, listedPeople::contains)).toList();
                for (DictionaryMatcher.Match m : terms) {
                    // a person's nationality in a list ("O-Gon Kwon (Republic of Korea)") is not what the text is about
                    if (nationalities.stream().anyMatch(n -> n.start() <= m.start() && m.end() <= n.end())) {
                        continue;
                    }
                    if (vocabulary.signalsIn(m.entity().iri(), year)) {
                        uses.merge(m.entity().iri(), ThemeScorer.weight(m.name()), Double::sum);
                    }
                }
                for (Mention m : here) {
                    if (nationalities.contains(m)) {
                        continue;
                    }
                    Entity named = vocabulary.entity(m.target());
                    if (named != null) {
                        vocabulary.themesSignalledBy(named).forEach(t -> uses.merge(t, 1.0, Double::sum));
                    }
                    if (!vocabulary.situationsOf(m.target()).isEmpty()) {
                        places.add(m.target());
                    }
                }
                scorer.paragraph(b.kind(), uses, places);
            }
            themesByBlock.add(new TreeSet<>(uses.keySet()));
        }
        Set<String> headed = new TreeSet<>();
        for (String heading : List.of(doc.title(), doc.agendaTitle()).stream().flatMap(Optional::stream).toList()) {
            triggers.find(heading, Skeleton.of(heading)).stream().map(m -> m.entity().iri())
                    .filter(t -> vocabulary.signalsIn(t, year)).forEach(headed::add);
        }
        scorer.heading(headed);
        doc.agendaTitle().ifPresent(t -> scorer.agendaItem(vocabulary.agendaItemThemes(t)));
        List<Person> people = people(doc, byBlock);
        Set<String> known = new HashSet<>();
        people.forEach(p -> known.add(p.iri()));
        discovered.people().stream().filter(p -> known.add(p.iri())).forEach(people::add);
        return new DocumentMentions(byBlock, themesByBlock, scorer.themes(), people, addressee(doc),
                discovered.entities());
    }

    private static Block folded(Block b) {
        String text = CharacterForms.fold(b.text());
        return text == b.text() ? b
                : new Block(text, b.role(), b.kind(), b.numberInText(), b.firstLine(), b.subParagraph());
    }

    /** Every mention with the text's own form of what it spans. */
    private static void asWritten(List<Block> blocks, List<List<Mention>> byBlock) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            byBlock.get(i).replaceAll(m -> text.startsWith(m.text(), m.start()) ? m
                    : new Mention(m.target(), m.start(), m.end(), text.substring(m.start(), m.end())));
        }
    }

    /**
     * The short form a document defines in parentheses right after a name, if it is not another entity's name; an
     * acronym of another entry that shares no word with the name is the document's own ("the Unité pour la paix en
     * Centrafrique (UPC)", where the vocabulary's UPC is the Union des patriotes congolais).
     */
    private Optional<String> shortForm(String text, DictionaryMatcher.Match m) {
        if (!parenthesisNext(text, m.end())) {
            return Optional.empty(); // most names: nothing after them is copied and folded
        }
        String after = text.substring(m.end());
        Matcher sf = DEFINED_SHORT_FORM.matcher(CharacterForms.fold(after));
        if (!sf.find()) {
            return Optional.empty();
        }
        String s = after.substring(sf.start(1), sf.end(1)).strip();
        if (HAS_DIGIT.matcher(sf.group(1)).matches() || !ShortFormRule.plausible(CharacterForms.fold(s), CharacterForms.fold(m.text()))
                || names.find(s).stream().anyMatch(x -> !x.entity().equals(m.entity())
                        && (x.start() > 0 || x.end() < s.length() || NameDiscovery.sharesAWord(m.text(), x.entity())))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Whether the first character after {@code from} that is not white space opens a parenthesis, in any form. */
    private static boolean parenthesisNext(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = CharacterForms.fold(text.charAt(i));
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return c == '(' || c == '（';
            }
        }
        return false;
    }

    private static void addShortForms(List<Block> blocks, List<List<Mention>> byBlock, Map<String, Entity> shortForms) {
        List<EntityName> labels = new ArrayList<>();
        shortForms.forEach((s, e) -> labels.add(new EntityName(s, "", e)));
        DictionaryMatcher defined = new DictionaryMatcher(labels);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).role() == Block.Role.HEADER) {
                continue;
            }
            List<Mention> found = byBlock.get(i);
            for (DictionaryMatcher.Match m : defined.find(blocks.get(i).text())) {
                // the document's own definition of an acronym prevails over another entry's acronym, spelt alike
                found.removeIf(f -> f.start() == m.start() && f.end() == m.end() && !f.target().equals(m.entity().iri()));
                boolean overlaps = found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end());
                if (!overlaps) {
                    found.add(new Mention(m.entity().iri(), m.start(), m.end(), m.text()));
                }
            }
            found.sort(java.util.Comparator.comparingInt(Mention::start));
        }
    }

    /** A letter's signatory (the line before "(签名)" or after "(Signed)") and the briefers its annex lists. */
    private List<Person> people(RecognizedDocument doc, List<List<Mention>> byBlock) {
        List<Person> people = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isParagraph()) {
                continue;
            }
            String t = b.text().strip();
            String f = CharacterForms.fold(t);
            Matcher signed = SIGNED_ZH.matcher(f);
            Matcher signedEn = SIGNED_EN.matcher(f);
            String name = signed.matches() ? t.substring(signed.start(1), signed.end(1))
                    : signedEn.matches() ? t.substring(signedEn.start(1), signedEn.end(1)) : null;
            if (name != null) {
                Optional<String> country = countryBefore(blocks, byBlock, i);
                String written = name.strip();
                Person p = person(written, country, true);
                people.add(p);
                int at = b.text().indexOf(written);
                if (at >= 0) {
                    byBlock.get(i).add(new Mention(p.iri(), at, at + written.length(), written));
                }
                continue;
            }
            Matcher latin = LATIN_NAME.matcher(f);
            if (b.kind() == ParagraphKind.LIST_ITEM && "zh".equals(doc.language()) && latin.find()) {
                int offset = b.text().indexOf(t);
                String written = t.substring(latin.start(1), latin.end(1));
                Person p = person(written, Optional.empty(), false);
                people.add(p);
                byBlock.get(i).add(new Mention(p.iri(), offset + latin.start(1), offset + latin.end(1), written));
            }
        }
        return people;
    }

    /** The country named in the lines just above a signature (the signatory's title: 秘鲁常驻联合国代表). */
    private Optional<String> countryBefore(List<Block> blocks, List<List<Mention>> byBlock, int signature) {
        for (int i = signature - 1; i >= Math.max(0, signature - 3); i--) {
            for (Mention m : byBlock.get(i)) {
                Entity e = vocabulary.entity(m.target());
                if (e != null && "country".equals(e.kind())) {
                    return Optional.of(e.iri());
                }
            }
        }
        return Optional.empty();
    }

    /** Every name of an entity, in any language; none for an IRI that is no entity's. */
    private static List<String> labels(Entity e) {
        return e == null ? List.of() : e.names();
    }

    /**
     * A person named in the text, under the name in ordinary forms (a name typeset in full-width forms is the same
     * name), from which the IRI comes too; the mentions keep the text's own forms.
     */
    private Person person(String name, Optional<String> represents, boolean signatory) {
        String folded = CharacterForms.fold(name);
        boolean latin = folded.chars().allMatch(c -> c < 0x2E80);
        String key = latin ? NOT_LETTERS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")
                : "zh-" + Sha256.hex(folded).substring(0, 12);
        return new Person(iris.person(key), folded, latin ? "en" : "zh", represents, signatory);
    }

    private Optional<String> addressee(RecognizedDocument doc) {
        return doc.title().map(CharacterForms::fold).flatMap(t -> {
            Matcher m = ADDRESSED_TO.matcher(t);
            if (!m.find()) {
                return Optional.empty();
            }
            String to = m.group(1) != null ? m.group(1) : m.group(2);
            return names.find(to).stream().map(x -> x.entity().iri()).findFirst();
        });
    }
}
