package org.unkg.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.mention.Entity;
import org.unkg.mention.LangString;
import org.unkg.mention.Mention;
import org.unkg.mention.Person;
import org.unkg.structure.Block;

/**
 * The names that converted documents name and no vocabulary lists, gathered across documents for a curator: each
 * with its kind, its name and short forms, the documents and the number of times it is named, and a few of the
 * passages that name it.
 */
public final class DiscoveredNames {

    /** A passage that names it: the document (its key) and the words around the name. */
    public record NamePassage(String document, String text) {
    }

    /** One discovered name and where it was found. */
    public record Name(String iri, String kind, String name, String language, Set<String> shortForms,
            Set<String> documents, int mentions, List<NamePassage> contexts) {
    }

    /** Characters of context kept on each side of a name. */
    private static final int AROUND = 60;

    private final int contextsPerName;
    private final Map<String, Name> names = new LinkedHashMap<>();

    /** Keeps up to {@code contextsPerName} passages of each name. */
    public DiscoveredNames(int contextsPerName) {
        this.contextsPerName = contextsPerName;
    }

    /** Adds what one converted document discovered. */
    public void add(ConvertedDocument d) {
        String language = d.document().language();
        Map<String, Name> here = new LinkedHashMap<>();
        for (Entity e : d.mentions().discovered()) {
            here.put(e.iri(), name(e.iri(), e.kind(), e.prefLabels().getOrDefault(language,
                    e.prefLabels().values().iterator().next()), language, e.altLabels()));
        }
        for (Person p : d.mentions().people()) {
            here.put(p.iri(), name(p.iri(), "person", p.name(), p.language(), List.of()));
        }
        List<Block> blocks = d.document().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            for (Mention m : d.mentions().byBlock().get(i)) {
                Name n = here.get(m.target());
                if (n == null) {
                    continue;
                }
                n.documents().add(d.documentKey());
                Name counted = new Name(n.iri(), n.kind(), n.name(), n.language(), n.shortForms(), n.documents(),
                        n.mentions() + 1, n.contexts());
                names.put(n.iri(), counted);
                here.put(n.iri(), counted);
                if (n.contexts().size() < contextsPerName
                        && n.contexts().stream().noneMatch(c -> c.document().equals(d.documentKey()))) {
                    n.contexts().add(new NamePassage(d.documentKey(), around(blocks.get(i).text(), m)));
                }
            }
        }
    }

    private Name name(String iri, String kind, String label, String language, List<LangString> shortForms) {
        Name n = names.computeIfAbsent(iri, k -> new Name(k, kind, label, language, new LinkedHashSet<>(),
                new LinkedHashSet<>(), 0, new ArrayList<>()));
        shortForms.forEach(s -> n.shortForms().add(s.text()));
        return n;
    }

    private static String around(String text, Mention m) {
        int from = Math.max(0, m.start() - AROUND);
        int to = Math.min(text.length(), m.end() + AROUND);
        return (from > 0 ? "…" : "") + text.substring(from, m.start()) + "[" + text.substring(m.start(), m.end())
                + "]" + text.substring(m.end(), to) + (to < text.length() ? "…" : "");
    }

    /** The names found in at least {@code minDocuments} documents, the most widespread first. */
    public List<Name> names(int minDocuments) {
        return names.values().stream()
                .filter(n -> n.documents().size() >= minDocuments && n.mentions() > 0)
                .sorted(Comparator.comparingInt((Name n) -> -n.documents().size())
                        .thenComparingInt(n -> -n.mentions())
                        .thenComparing(Name::name))
                .toList();
    }
}
