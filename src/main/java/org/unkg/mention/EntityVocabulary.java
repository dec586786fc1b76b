package org.unkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private EntityVocabulary(Collected collected) {
        this.entities = collected.entities;
        this.names = collected.names;
        this.triggers = collected.triggers;
        this.byFoundingResolution = collected.byFoundingResolution;
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

        private Collected() {
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

        public EntityVocabulary build() {
            return new EntityVocabulary(this);
        }
    }
}
