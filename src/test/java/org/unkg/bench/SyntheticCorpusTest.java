package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.common.IriScheme;
import org.unkg.convert.Conversion;
import org.unkg.convert.ConversionSummary;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;

/**
 * Synthetic copies convert beside their originals as documents of their own, say what they are, and still cite
 * the real documents their originals cite.
 */
class SyntheticCorpusTest {

    @Test
    void copiesAreDocumentsOfTheirOwnThatSayTheyAreSynthetic(@TempDir Path tmp) throws Exception {
        Path originals = Files.createDirectories(tmp.resolve("res"));
        for (String name : new String[] {"S-RES-1373(2001).txt", "S-RES-1624(2005).txt", "S-RES-376(1976).txt"}) {
            Files.copy(Path.of("data/en-resolutions", name), originals.resolve(name));
        }
        List<Path> copies = new SyntheticCorpus(originals).write(2, tmp.resolve("synthetic"));
        assertEquals(List.of(tmp.resolve("synthetic/synthetic-01"), tmp.resolve("synthetic/synthetic-02")), copies);
        String copy = Files.readString(copies.get(1).resolve("synthetic-02-S-RES-1373(2001).txt"),
                StandardCharsets.ISO_8859_1);
        assertTrue(copy.contains("1021373 (2001)") && !copy.contains("1373 (2001)".replace("1373", " 1373")), copy);
        assertTrue(copy.strip().endsWith("it is not a United Nations document."));

        List<Path> inputs = new ArrayList<>(List.of(originals));
        inputs.addAll(copies);
        Path nq = tmp.resolve("all.nq");
        ConversionSummary summary = new Conversion(IriScheme.standard(), 2)
                .run(SourceFiles.expand(inputs), Manifest.empty(), nq, name -> { });
        assertEquals(List.of(), summary.failures(), "no copy takes the IRI of another document");
        assertEquals(9, summary.converted());

        List<String> lines = Files.readAllLines(nq, StandardCharsets.UTF_8);
        Set<String> graphs = lines.stream().map(l -> l.substring(l.lastIndexOf(" <") + 2, l.lastIndexOf("> .")))
                .collect(Collectors.toSet());
        // a graph for each document, and those that every document may write into: the two shared ones, and the
        // vocabularies' graphs, with the names of what the documents mention
        graphs.remove(IriScheme.standard().discoveredGraph());
        graphs.remove(IriScheme.standard().referencedGraph());
        graphs.removeIf(g -> g.startsWith(IriScheme.standard().vocabularyGraph("")));
        assertEquals(9, graphs.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"synthetic-01-S-RES-1373(2001).txt\"")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("Synthetic copy 1 of S-RES-1373(2001).txt")));
        // the copies of 1624 (2005) cite 1373 (2001) as the original does
        Set<String> citing = lines.stream()
                .filter(l -> l.contains("#cites> <https://w3id.org/unkg/id/document/S/RES/1373(2001)>"))
                .map(l -> l.substring(0, l.indexOf('>') + 1)).collect(Collectors.toSet());
        assertTrue(citing.contains("<https://w3id.org/unkg/id/document/S/RES/1624(2005)>"), citing::toString);
        assertTrue(citing.size() >= 3, citing::toString);
        assertFalse(lines.stream().anyMatch(l -> l.contains("id/document/S/RES/102")), "a synthetic number is never a symbol");
    }
}
