package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unkg.structure.DocumentType;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;

/**
 * English documents other than resolutions, in the UN's PDF layout with its page noise: a presidential statement
 * and a letter (samples written for the tests in that layout).
 */
class EnglishStatementsAndLettersTest {

    private static final Path CASES = Path.of("src/test/resources/cases");

    @Test
    void presidentialStatement() throws Exception {
        ConvertedDocument c = Converters.convert(CASES.resolve("en-statement/input/prst-en.txt"));
        RecognizedDocument d = c.document();
        assertEquals(DocumentType.PRESIDENTIAL_STATEMENT, d.type());
        assertEquals("S/PRST/2012/16", d.symbol().orElseThrow().canonical());
        assertEquals(LocalDate.of(2012, 4, 25), d.date().orElseThrow());
        assertEquals(6760, d.meeting().getAsInt());
        assertEquals("Threats to international peace and security", d.agendaTitle().orElseThrow());
        assertEquals(4, d.paragraphs().size(), "the opening paragraph and three quoted ones, the page break mended");
        assertTrue(d.paragraphs().stream().allMatch(p -> p.kind() == ParagraphKind.PARAGRAPH));
        assertTrue(d.paragraphs().get(3).text().startsWith("\"The Security Council requests the Secretary-General"));
        Set<String> cited = c.statements().stream().filter(s -> s.getPredicate().getLocalName().equals("cites"))
                .map(s -> s.getObject().stringValue()).collect(Collectors.toSet());
        assertEquals(Set.of("https://w3id.org/unkg/id/document/S/RES/1373(2001)",
                "https://w3id.org/unkg/id/document/S/RES/1540(2004)"), cited);
        Set<String> named = c.statements().stream().filter(s -> s.getPredicate().getLocalName().equals("mentions"))
                .map(s -> s.getObject().stringValue().replace("https://w3id.org/unkg/id/", "")).collect(Collectors.toSet());
        assertTrue(named.containsAll(Set.of("organization/UNODC", "organization/secretary-general",
                "instrument/UN-Charter")), named.toString());
    }

    @Test
    void letterWithItsSignatory() throws Exception {
        ConvertedDocument c = Converters.convert(CASES.resolve("en-letter/input/letter-en.txt"));
        RecognizedDocument d = c.document();
        assertEquals(DocumentType.LETTER, d.type());
        assertEquals("S/2019/537", d.symbol().orElseThrow().canonical());
        assertEquals(LocalDate.of(2019, 6, 27), d.date().orElseThrow());
        assertEquals("Threats to international peace and security", d.agendaTitle().orElseThrow());
        Set<String> named = c.statements().stream().filter(s -> s.getPredicate().getLocalName().equals("mentions"))
                .map(s -> s.getObject().stringValue().replace("https://w3id.org/unkg/id/", "")).collect(Collectors.toSet());
        assertTrue(named.containsAll(Set.of("person/gustavo-meza-cuadra", "country/PER")), named.toString());
        assertTrue(c.statements().stream().anyMatch(s -> s.getPredicate().getLocalName().equals("addressee")
                && s.getObject().stringValue().endsWith("/organization/secretary-general")));
    }
}
