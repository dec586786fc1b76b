package org.unkg.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.IriScheme;
import org.unkg.structure.Symbol;
import org.unkg.common.CharacterForms;

/**
 * Links a body the text names by the resolution that set it up ({@code the Committee established pursuant to
 * resolutions 1267 (1999) and 1989 (2011)}, {@code the Special Mission established under resolution 326 (1973)},
 * {@code 第1540(2004)号决议所设委员会}, {@code 第1904(2009)号决议所设监察员办公室})
 * to the vocabulary's body with that founding resolution ({@code unkg:establishedBy}) and that kind. The text is read in
 * ordinary character forms; the match keeps the text's own.
 */
final class FoundingResolutionLinker {

    private static final String RES_EN = "\\d{1,4}\\s*\\(\\d{4}\\)";
    private static final String RES_ZH = "第?\\s*\\d{1,4}\\s*[(（]\\d{4}[)）]\\s*号?";
    /**
     * The word for resolution, also with a typist's slip ("resoltuion 446 (1979)", "resolutoin"): a word of "res" and
     * five to nine more letters before a number and a year in parentheses is that word in these texts.
     */
    private static final String RESOLUTION_WORD = "res[a-z]{5,9}";
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(Committee of Experts|Committee|Panel of Experts|Group of Experts|Working Group"
                    + "|Office of the Ombudsperson|Ombudsperson"
                    + "|Monitoring Team|Monitoring Group|Commission(?:\\s+of\\s+Investigation)?|(?:Special\\s+)?Mission"
                    + "|[Gg]roup)\\s+(?:of the Security Council\\s+)?"
                    + "(?:established|set up|created|appointed)\\s+(?:pursuant to|by|under|in accordance with)\\s+"
                    + "(?:paragraph \\d+(?:\\s*\\([a-z]\\))? of\\s+)?(?:its\\s+|Security Council\\s+)?"
                    + RESOLUTION_WORD + "\\s+(" + RES_EN
                    + "(?:\\s*(?:,|and)\\s*" + RES_EN + ")*|\\d{1,4}(?![\\d/]|\\s*\\())");
    private static final Pattern CHINESE = Pattern.compile(
            "((?:" + RES_ZH + "(?:和|、|及)?)+)决议(?:第\\s*\\d+\\s*段)?所设(?:立)?的?"
                    + "(委员会|监察员办公室|专家小组|专家组|工作组|监测组|监察组)");
    private static final Pattern NUMBER_YEAR = Pattern.compile("(\\d{1,4})\\s*\\((\\d{4})\\)");
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,4}");
    private static final Map<String, String> KIND = Map.ofEntries(
            Map.entry("Committee", "Committee"), Map.entry("委员会", "Committee"),
            Map.entry("Panel of Experts", "ExpertGroup"), Map.entry("Committee of Experts", "ExpertGroup"),
            Map.entry("Group of Experts", "ExpertGroup"),
            Map.entry("专家小组", "ExpertGroup"), Map.entry("专家组", "ExpertGroup"),
            Map.entry("Monitoring Team", "ExpertGroup"), Map.entry("Monitoring Group", "ExpertGroup"),
            Map.entry("监测组", "ExpertGroup"), Map.entry("监察组", "ExpertGroup"),
            Map.entry("Working Group", "SubsidiaryBody"), Map.entry("工作组", "SubsidiaryBody"),
            Map.entry("Office of the Ombudsperson", "Office"), Map.entry("Ombudsperson", "Office"),
            Map.entry("监察员办公室", "Office"));

    private final EntityVocabulary vocabulary;
    private final IriScheme iris;

    FoundingResolutionLinker(EntityVocabulary vocabulary, IriScheme iris) {
        this.vocabulary = vocabulary;
        this.iris = iris;
    }

    List<DictionaryMatcher.Match> find(String written) {
        String text = CharacterForms.fold(written);
        List<DictionaryMatcher.Match> found = new ArrayList<>();
        // The English pattern needs a word of founding, the Chinese one the word for resolution; most paragraphs lack
        // them, and a search for a word is far cheaper than trying the patterns at every character.
        if (text.contains("establish") || text.contains("set up") || text.contains("created")
                || text.contains("appointed")) {
            Matcher en = ENGLISH.matcher(text);
            while (en.find()) {
                link(written, en.start(), en.end(), en.group(1), en.group(2)).ifPresent(found::add);
            }
        }
        if (text.contains("决议")) {
            Matcher zh = CHINESE.matcher(text);
            while (zh.find()) {
                link(written, zh.start(), zh.end(), zh.group(2), zh.group(1)).ifPresent(found::add);
            }
        }
        return found;
    }

    private java.util.Optional<DictionaryMatcher.Match> link(String text, int start, int end, String head,
            String resolutions) {
        return establishedBody(head, resolutions)
                .map(e -> new DictionaryMatcher.Match(e, start, end, text.substring(start, end)));
    }

    /** The one body of the head's kind ({@code Committee}, {@code 专家小组}) that these resolutions established. */
    java.util.Optional<Entity> establishedBody(String head, String resolutions) {
        Set<String> founding = new HashSet<>();
        Matcher r = NUMBER_YEAR.matcher(resolutions);
        while (r.find()) {
            Symbol s = Symbol.securityCouncilResolution(Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)));
            founding.add(iris.document(s.key()));
        }
        if (founding.isEmpty() && NUMBER_ALONE.matcher(resolutions).matches()) {
            // "the Committee established under Security Council resolution 1267": the year left out, the number
            // says which resolution when only one of that number founded a listed body
            Set<String> numbered = vocabulary.foundingResolutionsNumbered(Integer.parseInt(resolutions));
            if (numbered.size() != 1) {
                return java.util.Optional.empty();
            }
            founding.addAll(numbered);
        }
        String kind = KIND.get(head);
        List<Entity> candidates = vocabulary.establishedBy(founding).stream()
                .filter(e -> kind == null || e.hasTypeNamed(kind))
                .toList();
        return candidates.size() == 1 ? java.util.Optional.of(candidates.get(0)) : java.util.Optional.empty();
    }
}
