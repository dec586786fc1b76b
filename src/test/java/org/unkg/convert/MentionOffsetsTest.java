package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.junit.jupiter.api.Test;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;

/** Every mention of the whole corpus: its offsets cut exactly its string out of its version's full text. */
class MentionOffsetsTest {

    @Test
    void offsetsCutTheMatchedText() throws Exception {
        DocumentConverter converter = Converters.converter();
        Manifest manifest = Manifest.read(Converters.ZH.resolve("manifest.csv"));
        long checked = 0;
        for (Path f : SourceFiles.expand(List.of(Converters.ZH, Converters.EN))) {
            ConvertedDocument d = converter.convert(Converters.source(f, manifest));
            Map<Resource, String> fullText = new HashMap<>();
            Map<Resource, Map<String, String>> mentions = new HashMap<>();
            List<Statement> all = new ArrayList<>(d.statements());
            for (Statement s : all) {
                String p = s.getPredicate().getLocalName();
                if (p.equals("fullText")) {
                    fullText.put(s.getSubject(), s.getObject().stringValue());
                } else if (p.equals("startOffset") || p.equals("endOffset") || p.equals("matchedText")
                        || p.equals("inVersion")) {
                    if (s.getSubject().stringValue().contains("/mention/")) {
                        mentions.computeIfAbsent(s.getSubject(), k -> new HashMap<>()).put(p, s.getObject().stringValue());
                    }
                }
            }
            for (Map.Entry<Resource, Map<String, String>> m : mentions.entrySet()) {
                Map<String, String> v = m.getValue();
                String text = fullText.get(org.eclipse.rdf4j.model.util.Values.iri(v.get("inVersion")));
                int start = Integer.parseInt(v.get("startOffset"));
                int end = Integer.parseInt(v.get("endOffset"));
                int from = text.offsetByCodePoints(0, start);
                int to = text.offsetByCodePoints(0, end);
                assertEquals(v.get("matchedText"), text.substring(from, to), d.fileName() + " " + m.getKey());
                checked++;
            }
        }
        assertTrue(checked > 50_000, "only " + checked + " mentions checked");
    }

}
