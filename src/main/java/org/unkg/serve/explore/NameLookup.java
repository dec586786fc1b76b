package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;

/**
 * Things found by their names, for the explorer's search box: the text index's {@code label} field
 * ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel}) searched in English and Chinese with their own
 * analyzers and without a language for the names that have none (documents' symbols), every word required and the
 * last one also as the start of a word, so that the list follows the typing. A name typed as a document's symbol
 * ({@code S/RES/1373 (2001)}) finds that document first.
 */
final class NameLookup {

    /** How many things one search gives at most. */
    static final int MOST = 15;
    /**
     * Index entries read per language: a thing has several names (labels and alternative names), each an entry, so
     * that a few hundred entries hold the best names of a few dozen things.
     */
    private static final int ENTRIES = 250;

    private final StoreQueries store;
    private final LocalPaths paths;
    private final KnownIris known;

    NameLookup(StoreQueries store, LocalPaths paths, KnownIris known) {
        this.store = store;
        this.paths = paths;
        this.known = known;
    }

    /** The IRIs of the things whose names match the words best, best first. */
    List<String> find(String words) {
        String text = words.strip();
        Set<String> found = new LinkedHashSet<>();
        String compact = text.replace(" ", "");
        String symbol = paths.iris().document(compact);
        if (compact.matches("[A-Za-z]+/[\\w./()\\-]+") && known.drawable(symbol)
                && known.of(List.of(symbol)).contains(symbol)) {
            found.add(symbol);
        }
        String lucene = lucene(text);
        if (lucene.isEmpty()) {
            return new ArrayList<>(found);
        }
        String literal = "\"" + lucene.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        List<String> fields = new ArrayList<>(List.of(" \"lang:en\"", " \"lang:zh\""));
        if (text.matches(".*\\d.*")) {
            // Names without a language are documents' symbols, which hold digits.
            fields.add("");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String field : fields) {
            String query = "SELECT ?e (MAX(?score) AS ?best) {\n"
                    + "  (?e ?score) text:query (rdfs:label " + literal + " " + ENTRIES + field + ")\n"
                    + "  FILTER(isIRI(?e) && STRSTARTS(STR(?e), \"" + paths.iris().entityBase() + "\"))\n"
                    + "} GROUP BY ?e";
            try {
                store.read(() -> {
                    for (Binding row : store.select(StoreQueries.parse(query), Map.of())) {
                        scores.merge(row.get("e").getURI(), ((Number) row.get("best").getLiteralValue()).doubleValue(),
                                Math::max);
                    }
                    return null;
                });
            } catch (TextIndexException | QueryParseException e) {
                // Words the index cannot read even escaped find nothing in that language rather than fail the box.
            }
        }
        scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> found.add(e.getKey()));
        List<String> best = new ArrayList<>(found);
        return best.subList(0, Math.min(MOST, best.size()));
    }

    /**
     * The words as a Lucene query: each required, escaped; the last also as a prefix when it is long enough to
     * narrow the list ({@code +counter +(terror terror*)}); marks without a letter or digit are left out, so that
     * they cannot leave a query that matches everything.
     */
    static String lucene(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s/(),;:\\-]+");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].codePoints().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String word = QueryParserBase.escape(words[i]);
            boolean last = i == words.length - 1;
            parts.add(last && words[i].length() >= 2 && !words[i].codePoints().anyMatch(Character::isIdeographic)
                    ? "+(" + word + " " + word + "*)" : "+" + word);
        }
        return String.join(" ", parts);
    }
}
