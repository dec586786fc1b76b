package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;

/**
 * Links the protocols a text names through the instrument just before them: "the Convention on the Elimination of All
 * Forms of Discrimination against Women of 1979 and the Optional Protocol thereto of 1999", "the Geneva Conventions and
 * the Additional Protocols thereto". The protocols are those the vocabulary relates to the instrument; "Optional" or
 * "Additional" and a year narrow them. One protocol named is linked only when one is left; protocols named together
 * are the vocabulary's entry for them together where it has one ("Protocols Additional to the Geneva Conventions"),
 * else each of them. Where the instrument has no protocol listed, or several fit one, nothing is linked.
 */
final class ProtocolsThereto {

    private static final Pattern THERETO = Pattern.compile(
            "\\b(?:[Tt]he\\s+)?(?:(?:two|three|both)\\s+)?(?:(Optional|Additional)\\s+)?(Protocols?)\\s+thereto"
                    + "(?:\\s*,?\\s+of\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+)?(\\d{4}))?");
    /** What may stand between the instrument and its protocols: a year, a date, a comma and "and" or "as well as". */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:\\s*,?\\s*(?:of\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\s+)?\\d{4})?\\s*,?\\s*(?:and|as well as)\\s+");

    private final EntityVocabulary vocabulary;

    ProtocolsThereto(EntityVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The mentions of the protocols named through an instrument that {@code named} (this text's mentions) holds. */
    List<Mention> find(String written, List<Mention> named) {
        // read in ordinary character forms, one character for one, so that the offsets are the written text's
        String text = CharacterForms.fold(written);
        if (!text.contains("thereto")) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher m = THERETO.matcher(text);
        while (m.find()) {
            Mention instrument = instrumentBefore(text, m.start(), named);
            if (instrument == null) {
                continue;
            }
            boolean plural = m.group(2).endsWith("s");
            OptionalInt year = m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)));
            List<EntityVocabulary.Protocol> fit = vocabulary.protocolsOf(instrument.target()).stream()
                    .filter(p -> m.group(1) == null || label(p.entity()).contains(m.group(1)))
                    .filter(p -> year.isEmpty() || vocabulary.firstYear(p.entity().iri()).equals(year))
                    .toList();
            List<Entity> together = fit.stream().filter(EntityVocabulary.Protocol::together)
                    .map(EntityVocabulary.Protocol::entity).toList();
            List<Entity> each = fit.stream().filter(p -> !p.together()).map(EntityVocabulary.Protocol::entity).toList();
            List<Entity> linked = plural ? (together.size() == 1 ? together : each.size() > 1 ? each : List.of())
                    : each.size() == 1 ? each : List.of();
            for (Entity p : linked) {
                found.add(new Mention(p.iri(), m.start(), m.end(), written.substring(m.start(), m.end())));
            }
        }
        return found;
    }

    /** The instrument named right before the protocols, with nothing but a date and "and" between. */
    private Mention instrumentBefore(String text, int start, List<Mention> named) {
        Mention before = null;
        for (Mention n : named) {
            if (n.end() <= start && (before == null || n.end() > before.end())) {
                before = n;
            }
        }
        if (before == null || !BETWEEN.matcher(text.substring(before.end(), start)).matches()) {
            return null;
        }
        Entity e = vocabulary.entity(before.target());
        return e != null && "instrument".equals(e.kind()) ? before : null;
    }

    private static String label(Entity e) {
        return e.prefLabels().getOrDefault("en", "");
    }
}
