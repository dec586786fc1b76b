package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.mention.Mention;
import org.unkg.structure.Block;

/**
 * The precision of discovered names, on random samples of what {@code unkg discovered} listed for the 2,240 English
 * resolutions, judged by hand ({@code src/test/resources/gold/discovered-sample-*.tsv}, drawn and scored with
 * {@code sample_discovered.py}). The sampled documents are converted again: a name judged right must still be
 * discovered there, a name judged wrong must not be, apart from the few named here with the reason; the share of
 * right names among those still discovered is the precision the sample measures.
 */
class DiscoveredPrecisionTest {

    /** Names judged wrong that the rules still take for names: a designation no form tells from a name. */
    private static final Set<String> STILL_WRONG = Set.of(
            "Security Council Committee on Council Meetings", // "… away from Headquarters": the title goes on in lower case
            "Humanitarian Response Plan", "Extradition Treaty", "Plebiscite Administration",
            // "… Transfer of Anti-personnel Mines and their Destruction": the list after the comma is not read as the
            // title's rest when the title goes on in lower case after it
            "Convention on the Use",
            // sample 17: a word cut by a line end, a title that goes on in lower case ("… of the Cambodia conflict")
            // or names a place after a connector, a possessive, a full name cut before "e", a run joined across a
            // hyphenated pair of bodies, a letter run into "The" ("Pretoria Agreements", two titles under one plural
            // head, is now the Linas-Marcoussis and the Pretoria Agreement)
            "Agreement on the Temporary Arrangemen", "Agreement on a Comprehensive Political Settlement of the Cambodia",
            "Forest Lands and Lands Commission Act", "Intelligence Coordination Centre",
            "National Dialogue Conference's Good Governance Working Group", "José Philadelpho de Barros",
            "SThe Security Council",
            // designations of sample 17 no form tells from a name
            "ECOWAS Committee", "Group of Friends", "Somali Force",
            "Mission of the Organization for Security and Cooperation in Europe");
    /**
     * Names judged right that are no discovery any more: their acronym is a vocabulary's entry, or they misspell a
     * vocabulary's name, and they now name that entry.
     */
    private static final Set<String> NOW_LISTED = Set.of("United Mission in Liberia",
            "United Nations Transition Authority in Cambodia",
            // misspellings of listed names (MisspeltNames)
            "Convention on the Safety of the United Nations and of Associated Personnel",
            "Statute of the Intemational Court of Justice", "Working Group of Children and Armed Conflict",
            // entries added to the vocabularies since the samples were judged
            "Helsinki Final Act", "Agreements on Cooperation and Security Arrangements",
            "Joint Monitoring and Evaluation Commission",
            "Agreement on Temporary Security and Administrative Arrangements for the Abyei Area",
            // names the text follows with a listed entry's acronym ("… Movement for Democracy (ULIMO)")
            "United Liberation Movement for Democracy", "United Nations Mission for a Referendum in the Western Sahara");
    /** Names judged right that listed names now cover from end to end: they are those entries, side by side. */
    private static final Set<String> COVERED_BY_LISTED = Set.of("United Nations Military Staff Committee");

    record Row(String name, String kind, String document, boolean right) {
    }

    @ParameterizedTest(name = "sample {0}: {1} of {2} right")
    @CsvSource({"15, 70, 71", "16, 76, 80", "17, 85, 96"})
    void precisionOfTheJudgedSample(String seed, int right, int discovered) throws Exception {
        List<Row> rows = rows(Path.of("src/test/resources/gold/discovered-sample-" + seed + ".tsv"));
        assertEquals(100, rows.size());
        Map<String, ConvertedDocument> documents = new HashMap<>();
        Set<String> rightGone = new TreeSet<>();
        Set<String> wrongKept = new TreeSet<>();
        int found = 0;
        int foundRight = 0;
        for (Row r : rows) {
            ConvertedDocument d = documents.computeIfAbsent(r.document(), DiscoveredPrecisionTest::convert);
            boolean here = discovered(d).contains(r.kind() + "\t" + r.name());
            if (here) {
                found++;
                foundRight += r.right() ? 1 : 0;
            }
            if (r.right() && !here) {
                rightGone.add(r.name());
                if (COVERED_BY_LISTED.contains(r.name())) {
                    assertTrue(coveredByListed(d, r.name()), r.name() + " is covered by the vocabulary's entries");
                }
                if (NOW_LISTED.contains(r.name())) {
                    assertTrue(d.mentions().byBlock().stream().flatMap(List::stream).anyMatch(m -> m.text().equals(r.name())
                            && !m.target().contains("/discovered/")), r.name() + " names a vocabulary's entry");
                }
            }
            if (!r.right() && here) {
                wrongKept.add(r.name());
            }
        }
        assertEquals(new TreeSet<>(Stream.concat(NOW_LISTED.stream(), COVERED_BY_LISTED.stream())
                .filter(n -> rows.stream().anyMatch(r -> r.name().equals(n)))
                .toList()), rightGone, "names judged right and no longer discovered");
        assertEquals(new TreeSet<>(STILL_WRONG.stream().filter(n -> rows.stream().anyMatch(r -> r.name().equals(n)))
                .toList()), wrongKept, "names judged wrong and still discovered");
        assertEquals(right + "/" + discovered, foundRight + "/" + found, "precision of sample " + seed);
    }

    /** Whether mentions of listed entries cover every character of some paragraph's {@code name} that is not a space. */
    private static boolean coveredByListed(ConvertedDocument d, String name) {
        List<Block> blocks = d.document().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            List<Mention> listed = d.mentions().byBlock().get(i).stream()
                    .filter(m -> !m.target().contains("/discovered/")).toList();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                boolean covered = true;
                for (int c = at; c < at + name.length() && covered; c++) {
                    int pos = c;
                    covered = Character.isWhitespace(text.charAt(c))
                            || listed.stream().anyMatch(m -> m.start() <= pos && pos < m.end());
                }
                if (covered) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The discovered bodies, instruments and people of a document, as "kind TAB name". */
    private static Set<String> discovered(ConvertedDocument d) {
        Set<String> names = new HashSet<>();
        d.mentions().discovered().forEach(e -> names.add(e.kind() + "\t" + e.prefLabels().get("en")));
        d.mentions().people().forEach(p -> names.add("person\t" + p.name()));
        return names;
    }

    private static ConvertedDocument convert(String symbol) {
        try {
            return Converters.convert(Converters.EN.resolve(symbol.replace('/', '-') + ".txt"));
        } catch (IOException | ConversionException e) {
            throw new IllegalStateException(symbol + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        assertEquals(List.of("name", "kind", "document", "context", "judgement"), List.of(lines.get(0).split("\t")));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], f[1], f[2], f[4].equals("right")));
        }
        return rows;
    }
}
