package org.unkg.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;

/**
 * Gives a short name the entity that the same document names in full. A vocabulary lists "Comprehensive Peace
 * Agreement" for the Sudan's, but a resolution on Liberia that has named the "Accra Comprehensive Peace Agreement"
 * means that one when it goes on to write "the Comprehensive Peace Agreement": the short name is the end of a longer
 * name the document used, as writers shorten what they have named. The mention is moved only when exactly one other
 * entity is named in the document by a longer name that ends with the short one, and the entity the short name
 * listed is not itself named there by a longer name: otherwise the reference stays as the vocabulary gives it.
 * Only a name of two words or more is moved ("the Charter" is the Charter of the United Nations in any document,
 * whatever other charter it names), and only instruments: agreements are what the Council names by a generic phrase
 * that many of them share ("the Ceasefire Agreement", "the Peace Agreement"), while a body's short name may end a
 * longer name that is another body's altogether ("Security Council" ends "Peace and Security Council").
 */
final class FullNameReferent {

    private static final Set<String> CONNECTORS = Set.of("of", "to", "the", "on", "for", "in", "and", "with",
            "between", "against", "under", "concerning", "among", "by", "at", "from", "into", "accordance");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FullNameReferent() {
    }

    /** Moves, in place, the mentions whose name the document used as the end of another entity's full name. */
    static void apply(List<List<Mention>> byBlock) {
        Map<String, Set<String>> longerNamesOf = new HashMap<>();
        for (List<Mention> block : byBlock) {
            for (Mention m : block) {
                longerNamesOf.computeIfAbsent(m.target(), k -> new HashSet<>()).add(key(m.text()));
            }
        }
        Map<String, String> moved = new HashMap<>();
        for (List<Mention> block : byBlock) {
            for (int i = 0; i < block.size(); i++) {
                Mention m = block.get(i);
                if (!isInstrument(m.target())) {
                    continue;
                }
                String shortName = key(m.text());
                if (shortName.indexOf(' ') < 0) {
                    continue;
                }
                String target = moved.computeIfAbsent(m.target() + "\n" + shortName,
                        k -> referent(m.target(), shortName, longerNamesOf));
                if (!target.equals(m.target())) {
                    block.set(i, new Mention(target, m.start(), m.end(), m.text()));
                }
            }
        }
    }

    private static String referent(String listed, String shortName, Map<String, Set<String>> namesByEntity) {
        String found = null;
        for (Map.Entry<String, Set<String>> e : namesByEntity.entrySet()) {
            if (!isInstrument(e.getKey())) {
                continue;
            }
            boolean longer = e.getValue().stream().anyMatch(n -> qualifies(n, shortName));
            if (!longer) {
                continue;
            }
            if (e.getKey().equals(listed) || found != null) {
                return listed;
            }
            found = e.getKey();
        }
        return found == null ? listed : found;
    }

    /**
     * Whether a name is the short name with words before it that qualify it ("Accra Comprehensive Peace Agreement"),
     * not a name of something else that ends with it ("Optional Protocol to the Convention on the Safety of …",
     * "Declaration on … in accordance with the Charter of the United Nations").
     */
    private static boolean qualifies(String name, String shortName) {
        if (!name.endsWith(" " + shortName)) {
            return false;
        }
        for (String word : name.substring(0, name.length() - shortName.length()).strip().split(" ")) {
            if (CONNECTORS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInstrument(String iri) {
        return iri.contains("/instrument/");
    }

    private static String key(String name) {
        return SPACES.matcher(CharacterForms.fold(name).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
