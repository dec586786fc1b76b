package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;

/** The whole English corpus: every file converts, with the facts every resolution must have. */
class CorpusTest {

    private static final Pattern ADOPTED_AT = Pattern.compile(
            "^\\s*(?:Resolution [^\\n]{0,20})?Adopted\\b[^\\n]{0,120}?\\b(\\d{1,5})\\s*(?:st|nd|rd|th|d)\\s+meeting",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern SC_RESOLUTION = Pattern.compile("/S/RES/(\\d+)\\((\\d{4})\\)$");
    /** The one file whose only date is misprinted past repair ("83 November 1970"). */
    private static final String UNDATABLE = "S-RES-290(1970).txt";

    private static final List<ConvertedDocument> converted = new ArrayList<>();
    private static final List<String> failures = new ArrayList<>();
    private static List<Path> files;

    @BeforeAll
    static void convertAll() throws Exception {
        files = SourceFiles.expand(List.of(Converters.EN));
        DocumentConverter converter = Converters.converter();
        for (Path f : files) {
            try {
                converted.add(converter.convert(Converters.source(f, Manifest.empty())));
            } catch (ConversionException e) {
                failures.add(e.getMessage());
            }
        }
    }

    @Test
    void everyFileConvertsToOneDistinctResolution() {
        assertEquals(List.of(), failures);
        assertEquals(2240, converted.size());
        Set<String> keys = new HashSet<>();
        for (ConvertedDocument d : converted) {
            assertTrue(keys.add(d.documentKey()), "two files give " + d.documentKey());
            assertTrue(d.document().symbol().isPresent(), d.fileName());
            assertTrue(d.document().symbol().get().canonical().startsWith("S/RES/"), d.fileName());
        }
    }

    @Test
    void everyResolutionHasItsDate() {
        for (ConvertedDocument d : converted) {
            assertEquals(!d.fileName().equals(UNDATABLE), d.document().date().isPresent(), d.fileName());
        }
    }

    @Test
    void theMeetingIsFoundWhereTheAdoptionLineStatesIt() throws Exception {
        for (ConvertedDocument d : converted) {
            String raw = new String(Files.readAllBytes(Converters.EN.resolve(d.fileName())), StandardCharsets.ISO_8859_1);
            Matcher m = ADOPTED_AT.matcher(raw);
            if (m.find()) {
                assertTrue(d.document().meeting().isPresent(), d.fileName() + " states: " + m.group());
            }
        }
    }

    @Test
    void aResolutionCitesALaterOneOnlyWhereItsTextDoes() throws Exception {
        for (ConvertedDocument d : converted) {
            int own = d.document().symbol().orElseThrow().securityCouncilResolutionNumber().getAsInt();
            String text = new String(Files.readAllBytes(Converters.EN.resolve(d.fileName())), StandardCharsets.ISO_8859_1)
                    .replaceAll("\\s+", " ");
            for (Statement s : d.statements()) {
                if (!s.getPredicate().getLocalName().equals("cites")) {
                    continue;
                }
                Matcher m = SC_RESOLUTION.matcher(s.getObject().stringValue());
                if (m.find() && Integer.parseInt(m.group(1)) > own) {
                    assertTrue(text.matches("(?s).*\\b" + m.group(1) + " ?\\(" + m.group(2) + "\\).*"),
                            d.fileName() + " cites " + s.getObject() + " which its text does not name");
                }
            }
        }
    }
}
