package org.unkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.unkg.structure.AgendaTitles;

/**
 * The entities of the vocabularies with every name they go by, and the bodies each resolution helped establish: the
 * extractor's dictionaries. They are data ({@code ontology/vocabularies/*.ttl}), read on the RDF side
 * ({@code org.unkg.rdf.EntityVocabularyReader}), so that a new alias or language is an edit to a vocabulary, not to
 * code.
 */
public final class EntityVocabulary {

    private final Map<String, Entity> entities;
    private final List<EntityName> names;
    private final List<EntityName> triggers;
    private final Map<String, List<Entity>> byFoundingResolution;
    private final Map<String, List<String>> themesByTriggerClass;
    private final Map<String, List<String>> themesByEntity;
    private final Map<String, Period> periods;
    private final Map<String, List<String>> themesByAgendaTitle;
    private final Map<String, Integer> firstYears;
    private final Map<String, List<Protocol>> protocolsByInstrument;
    private final Map<String, List<String>> broader;
    private final Map<String, String> enumeratedWith;
    private final Set<String> situations;
    private final Map<String, List<String>> situationsByPlace;
    /**
     * Names borne for a time only, by the text of every listed name with the same skeleton (the form the matcher
     * compares): a match gives the listed name it found, and is looked up as it is, on every match of every document.
     */
    private final Map<String, List<TimedName>> timedNames;

    private EntityVocabulary(Collected collected) {
        this.timedNames = collected.timedByListedText();
        this.situations = Set.copyOf(collected.situations);
        this.situationsByPlace = collected.situationsByPlace;
        this.entities = collected.entities;
        this.names = collected.names;
        this.triggers = collected.triggers;
        this.byFoundingResolution = collected.byFoundingResolution;
        this.themesByTriggerClass = collected.themesByTriggerClass;
        this.themesByEntity = collected.themesByEntity;
        this.periods = collected.periods;
        this.themesByAgendaTitle = collected.themesByAgendaTitle;
        this.firstYears = collected.firstYears;
        this.protocolsByInstrument = collected.protocolsByInstrument;
        this.broader = collected.broader;
        this.enumeratedWith = collected.enumeratedWith;
    }

    /** The years a theme is confined to (a situation the Council dealt with for a time); either end may be open. */
    public record Period(OptionalInt from, OptionalInt to) {

        boolean contains(int year) {
            return (from.isEmpty() || from.getAsInt() <= year) && (to.isEmpty() || year <= to.getAsInt());
        }
    }

    /** A name an entity bore in a period only. */
    public record TimedName(Entity entity, Period period) {
    }

    public static Collected collect() {
        return new Collected();
    }

    /** The entity of an IRI, or null when the vocabularies have none. */
    public Entity entity(String iri) {
        return entities.get(iri);
    }

    /** The bodies that every one of these resolutions (document IRIs) helped establish. */
    public List<Entity> establishedBy(Set<String> resolutions) {
        List<Entity> found = null;
        for (String r : resolutions) {
            List<Entity> these = byFoundingResolution.getOrDefault(r, List.of());
            found = found == null ? new ArrayList<>(these) : new ArrayList<>(found.stream().filter(these::contains).toList());
        }
        return found == null ? List.of() : found;
    }

    /** The founding resolutions (IRIs) of listed bodies that are Security Council resolutions of this number. */
    public Set<String> foundingResolutionsNumbered(int number) {
        String tail = "/S/RES/" + number + "(";
        Set<String> found = new java.util.HashSet<>();
        for (String r : byFoundingResolution.keySet()) {
            if (r.contains(tail) && r.endsWith(")") && r.substring(r.indexOf(tail) + tail.length()).matches("\\d{4}\\)")) {
                found.add(r);
            }
        }
        return found;
    }

    /** The theme whose formula this theme's terms make up when enumerated with its terms ({@code unkg:enumeratedWith}). */
    public Optional<String> enumeratedWith(String theme) {
        return Optional.ofNullable(enumeratedWith.get(theme));
    }

    /** The broader themes (IRIs) of a theme. */
    public List<String> broaderOf(String theme) {
        return broader.getOrDefault(theme, List.of());
    }

    /** A protocol of an instrument, and whether the entry names several protocols together. */
    public record Protocol(Entity entity, boolean together) {
    }

    /** The protocols the vocabulary relates to an instrument (its IRI). */
    public List<Protocol> protocolsOf(String instrument) {
        return protocolsByInstrument.getOrDefault(instrument, List.of());
    }

    /** The year the entity was adopted or established, where the vocabulary gives it. */
    public OptionalInt firstYear(String iri) {
        Integer first = firstYears.get(iri);
        return first == null ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /** The themes (IRIs) that naming this entity signals: by the classes it belongs to, and what it is about. */
    public List<String> themesSignalledBy(Entity entity) {
        List<String> themes = new ArrayList<>(themesByEntity.getOrDefault(entity.iri(), List.of()));
        for (String type : entity.types()) {
            themes.addAll(themesByTriggerClass.getOrDefault(type, List.of()));
        }
        return themes;
    }

    /** Whether a theme is the situation of a place (it has dct:spatial): a country's, or a question between countries. */
    public boolean isSituation(String theme) {
        return situations.contains(theme);
    }

    /** The situations (theme IRIs) of this place (a country's IRI) alone: what naming the country may signal. */
    public List<String> situationsOf(String place) {
        return situationsByPlace.getOrDefault(place, List.of());
    }

    /**
     * Whether a theme's trigger terms signal it in a document of this year: always, unless the theme is confined to a
     * period the year is outside of. A document without a date is taken to be of any time.
     */
    public boolean signalsIn(String theme, OptionalInt year) {
        Period p = periods.get(theme);
        return p == null || year.isEmpty() || p.contains(year.getAsInt());
    }

    /**
     * Whether a document of this year can name the entity: not when it was adopted or established more than a year
     * after the document. The year before is allowed because the documents that prepare an instrument or a body name
     * it before it exists (a mission planned in a report the Council approves, a protocol being drafted, a compact
     * launched before its signature); earlier than that, the same words name something else (the cease-fire
     * agreement of 1974 is not the Lusaka Ceasefire Agreement of 1999). A document without a date is taken to be of
     * any time.
     */
    public boolean namedIn(String entity, OptionalInt year) {
        Integer first = firstYears.get(entity);
        return first == null || year.isEmpty() || year.getAsInt() >= first - 1;
    }

    /**
     * The entity that a listed name (as the vocabulary writes it) found in a document of this year denotes, when in
     * that year it was the name of another entity than the one the name is listed for (the Republic of the Congo of
     * 1961 is today's Democratic Republic of the Congo, not the Congo); empty otherwise, and for a document without a
     * date.
     */
    public Optional<Entity> bearerIn(String name, OptionalInt year) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        return timedNames.getOrDefault(name, List.of()).stream()
                .filter(t -> t.period().contains(year.getAsInt())).map(TimedName::entity).findFirst();
    }

    /** The themes (IRIs) of the agenda item with this title, none when the agenda vocabulary does not hold it. */
    public List<String> agendaItemThemes(String title) {
        return themesByAgendaTitle.getOrDefault(AgendaTitles.key(title), List.of());
    }

    /** Names of organizations, instruments, countries and armed groups. */
    public List<EntityName> names() {
        return names;
    }

    /** Trigger terms of themes. */
    public List<EntityName> triggers() {
        return triggers;
    }

    /** Collects a vocabulary entry by entry, in the order the files give them. */
    public static final class Collected {

        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final List<EntityName> names = new ArrayList<>();
        private final List<EntityName> triggers = new ArrayList<>();
        private final Map<String, List<Entity>> byFoundingResolution = new HashMap<>();
        private final Map<String, List<String>> themesByTriggerClass = new HashMap<>();
        private final Map<String, List<String>> themesByEntity = new HashMap<>();
        private final Map<String, Period> periods = new HashMap<>();
        private final Map<String, List<String>> themesByAgendaTitle = new HashMap<>();
        private final Map<String, Integer> firstYears = new HashMap<>();
        private final Map<String, List<Protocol>> protocolsByInstrument = new HashMap<>();
        private final Map<String, List<String>> broader = new HashMap<>();
        private final Map<String, String> enumeratedWith = new HashMap<>();
        private final Set<String> situations = new java.util.HashSet<>();
        private final Map<String, List<String>> situationsByPlace = new HashMap<>();
        private final Map<String, List<TimedName>> timedNames = new HashMap<>();
        private final List<EntityName> timedNamesInOrder = new ArrayList<>();

        private Collected() {
        }

        /**
         * The theme is the situation of these places (IRIs); a situation of one place alone is what naming that place
         * may signal, one between places (Iraq-Kuwait) is not signalled by either of them.
         */
        public Collected places(Entity theme, List<String> places) {
            situations.add(theme.iri());
            if (places.size() == 1) {
                situationsByPlace.computeIfAbsent(places.get(0), k -> new ArrayList<>()).add(theme.iri());
            }
            return this;
        }

        /** The entity is about the theme (its {@code dct:subject}): naming it signals the theme. */
        public Collected subject(Entity entity, String theme) {
            themesByEntity.computeIfAbsent(entity.iri(), k -> new ArrayList<>()).add(theme);
            return this;
        }

        /** Naming an instance of the class (an IRI) signals the theme. */
        public Collected triggerClass(Entity theme, String classIri) {
            themesByTriggerClass.computeIfAbsent(classIri, k -> new ArrayList<>()).add(theme.iri());
            return this;
        }

        /** The theme's trigger terms signal it only in documents of these years. */
        public Collected period(Entity theme, Period period) {
            periods.put(theme.iri(), period);
            return this;
        }

        /** The agenda item with this title (one of its titles) is about these themes (IRIs). */
        public Collected agendaItem(String title, List<String> themes) {
            themesByAgendaTitle.put(AgendaTitles.key(title), List.copyOf(themes));
            return this;
        }

        public Collected entity(Entity entity) {
            entities.put(entity.iri(), entity);
            return this;
        }

        /** A name under which the entity appears in text. */
        public Collected name(Entity entity, LangString name) {
            names.add(new EntityName(name.text(), name.language(), entity));
            return this;
        }

        /**
         * A name the entity bore in a period only. Where no other entity is listed under it, it is one of the
         * entity's names like any other; where one is, the name finds that one, and {@link #bearerIn} tells
         * whose it was in a document's year.
         */
        public Collected timedName(Entity entity, LangString name, Period period) {
            timedNames.computeIfAbsent(Skeleton.key(name.text()), k -> new ArrayList<>()).add(new TimedName(entity, period));
            timedNamesInOrder.add(new EntityName(name.text(), name.language(), entity));
            return this;
        }

        /** A word or phrase whose use signals a theme. */
        public Collected trigger(Entity theme, LangString term) {
            triggers.add(new EntityName(term.text(), term.language(), theme));
            return this;
        }

        /** The resolution (a document IRI) helped establish the body. */
        public Collected establishedBy(String resolution, Entity body) {
            byFoundingResolution.computeIfAbsent(resolution, k -> new ArrayList<>()).add(body);
            return this;
        }

        /** The entity came into being in this year (an instrument's adoption, a body's founding resolution). */
        public Collected since(Entity entity, int year) {
            firstYears.merge(entity.iri(), year, Math::min);
            return this;
        }

        /** Enumerated with the other theme's terms (an IRI), the theme's terms are part of that theme's formula. */
        public Collected enumeratedWith(Entity theme, String whole) {
            enumeratedWith.put(theme.iri(), whole);
            return this;
        }

        /** The theme is narrower than another (an IRI). */
        public Collected broader(Entity theme, String broaderTheme) {
            broader.computeIfAbsent(theme.iri(), k -> new ArrayList<>()).add(broaderTheme);
            return this;
        }

        /**
         * The protocol belongs to the instrument (an IRI): the vocabulary relates them; {@code together}: the entry
         * names several protocols together.
         */
        public Collected protocolOf(String instrument, Entity protocol, boolean together) {
            protocolsByInstrument.computeIfAbsent(instrument, k -> new ArrayList<>()).add(new Protocol(protocol, together));
            return this;
        }

        public EntityVocabulary build() {
            Map<String, String> listedUnder = new HashMap<>();
            names.forEach(n -> listedUnder.putIfAbsent(Skeleton.key(n.text()), n.entity().iri()));
            for (EntityName timed : timedNamesInOrder) {
                String other = listedUnder.get(Skeleton.key(timed.text()));
                if (other == null || other.equals(timed.entity().iri())) {
                    names.add(timed);
                }
            }
            return new EntityVocabulary(this);
        }

        /** The names borne for a time, by the text of each listed name that has their skeleton. */
        private Map<String, List<TimedName>> timedByListedText() {
            Map<String, List<TimedName>> byText = new HashMap<>();
            if (!timedNames.isEmpty()) {
                names.forEach(n -> {
                    List<TimedName> timed = timedNames.get(Skeleton.key(n.text()));
                    if (timed != null) {
                        byText.put(n.text(), timed);
                    }
                });
            }
            return byText;
        }
    }
}
