package org.unkg.mention;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.structure.Block;

/**
 * Finds a body's founding instrument named through a short reference to the body: in a resolution on the Yugoslavia
 * Tribunal, "the Statute of the International Tribunal" is the Statute of the International Tribunal for the Former
 * Yugoslavia, once "the International Tribunal" is known to be that Tribunal. The instrument is the vocabulary's
 * entry whose name is "Statute of the" (or "Charter of the", "Constitution of the") followed by a name of the body;
 * where the vocabulary has none, nothing is added.
 */
final class StatuteOfBody {

    private static final Pattern BEFORE = Pattern.compile("\\b(Statute|Charter|Constitution)\\s+of\\s+(?:the\\s+)?$");
    /** How far before a body's mention its instrument's head word may stand. */
    private static final int REACH = 40;

    private final DictionaryMatcher names;
    private final Function<String, Entity> entities;

    StatuteOfBody(DictionaryMatcher names, Function<String, Entity> entities) {
        this.names = names;
        this.entities = entities;
    }

    void apply(List<Block> blocks, List<List<Mention>> byBlock) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            List<Mention> here = byBlock.get(i);
            for (Mention body : List.copyOf(here)) {
                Entity e = entities.apply(body.target());
                if (e == null || !"organization".equals(e.kind())) {
                    continue;
                }
                Matcher head = BEFORE.matcher(text).region(Math.max(0, body.start() - REACH), body.start());
                if (!head.find()) {
                    continue;
                }
                int start = head.start();
                if (here.stream().anyMatch(m -> m.start() <= start && body.end() <= m.end() && m != body)) {
                    continue; // the instrument is named in full
                }
                instrumentOf(head.group(1), e).ifPresent(instrument ->
                        here.add(new Mention(instrument.iri(), start, body.end(), text.substring(start, body.end()))));
            }
            here.sort(Comparator.comparingInt(Mention::start));
        }
    }

    /** The listed instrument named "{head} of the {a name of the body}". */
    private Optional<Entity> instrumentOf(String head, Entity body) {
        for (String label : body.names()) {
            for (String name : List.of(head + " of the " + label, head + " of " + label)) {
                Optional<Entity> found = names.find(name).stream()
                        .filter(m -> m.start() == 0 && m.end() == name.length()
                                && "instrument".equals(m.entity().kind()))
                        .map(DictionaryMatcher.Match::entity).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
