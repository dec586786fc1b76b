package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.unkg.common.IriScheme;
import org.unkg.rdf.EntityVocabularyReader;
import org.junit.jupiter.api.Test;
import org.unkg.structure.Block;
import org.unkg.structure.DocumentType;
import org.unkg.structure.LanguageReaders;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;
import org.unkg.structure.Symbol;
import org.unkg.text.PageNoiseFilter;
import org.unkg.text.SourceLines;
import org.unkg.text.TextNormalizer;

class MentionFinderTest {

    private static final String THEME = "https://w3id.org/unkg/id/theme/";
    private static final MentionFinder FINDER = new MentionFinder(EntityVocabularyReader.fromClasspath(),
            IriScheme.standard());

    /** The main themes of an English document of these paragraphs. */
    private static Set<String> mainThemes(String... texts) {
        return FINDER.find(paragraphs("en", texts)).mainThemes().stream().collect(Collectors.toSet());
    }

    private static RecognizedDocument paragraphs(String language, String... texts) {
        List<Block> blocks = java.util.Arrays.stream(texts)
                .map(t -> Block.paragraph(t, ParagraphKind.PARAGRAPH, Optional.empty(), 1)).toList();
        return new RecognizedDocument(language, DocumentType.DOCUMENT, Optional.empty(), "text", Optional.empty(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), blocks);
    }

    private static Set<String> targets(DocumentMentions m) {
        return m.byBlock().stream().flatMap(List::stream).map(x -> x.target()
                .replace("https://w3id.org/unkg/id/", "")).collect(Collectors.toSet());
    }

    @Test
    void aShortFormTheDocumentDefinesIsAnAliasInThatDocument() {
        DocumentMentions m = FINDER.find(paragraphs("zh", "联合国反恐怖主义办公室(反恐办)继续工作。",
                "反恐办应当协调。"));
        List<Mention> second = m.byBlock().get(1);
        assertEquals(1, second.size());
        assertEquals("反恐办", second.get(0).text());
        assertEquals(m.byBlock().get(0).get(0).target(), second.get(0).target());
    }

    @Test
    void bodiesNamedByTheirFoundingResolution() {
        DocumentMentions m = FINDER.find(paragraphs("en",
                "Welcomes the work of the Committee established pursuant to resolutions 1267 (1999) and 1989 (2011),",
                "第1904(2009)号决议所设监察员办公室继续工作。"));
        assertTrue(targets(m).containsAll(Set.of("organization/C1267", "organization/ombudsperson")),
                targets(m).toString());
    }

    @Test
    void agreementsAndOperationsOfTheCouncilsLaterYears() {
        DocumentMentions m = FINDER.find(paragraphs("en",
                "Calls upon the parties to implement the Revitalized Agreement on the Resolution of the Conflict in the"
                        + " Republic of South Sudan and the Stockholm Agreement,",
                "Welcomes the work of ATMIS and of the Multinational Security Support mission, and recalls the Sendai"
                        + " Framework for Disaster Risk Reduction 2015-2030,"));
        assertTrue(targets(m).containsAll(Set.of("instrument/south-sudan-agreement-2018", "instrument/stockholm-agreement",
                "organization/ATMIS", "organization/MSS-haiti", "instrument/sendai-framework")), targets(m).toString());
    }

    @Test
    void sovereigntyInTheCharterFormulaIsTerritorialIntegrity() {
        Set<String> formula = FINDER.find(paragraphs("en",
                "Calls for strict respect for the territorial integrity, sovereignty and political independence of"
                        + " Lebanon within its internationally recognized boundaries;")).documentThemes().stream()
                .map(DocumentTheme::iri).collect(Collectors.toSet());
        assertTrue(formula.contains(THEME + "territorial-integrity"), formula.toString());
        assertTrue(!formula.contains(THEME + "sovereignty"), formula.toString());
        Set<String> alone = FINDER.find(paragraphs("en",
                "Reaffirms its support for the sovereignty of Argentina and calls for negotiations on sovereignty;"))
                .documentThemes().stream().map(DocumentTheme::iri).collect(Collectors.toSet());
        assertTrue(alone.contains(THEME + "sovereignty"), alone.toString());
    }

    @Test
    void aTribunalNamedInShortSignalsTheSituationItIsAbout() {
        Set<String> themes = mainThemes(
                "Recalling its resolution 955 (1994) establishing the International Criminal Tribunal for Rwanda,",
                "Decides that the International Tribunal shall have three additional judges,",
                "Requests the International Tribunal to report;");
        assertTrue(themes.contains(THEME + "rwanda"), themes.toString());
    }

    @Test
    void aSanctionsCommitteeNamedSignalsSanctionsAndItsSituation() {
        Set<String> themes = mainThemes(
                "Recalling its previous relevant resolutions,",
                "Decides to extend the mandate of the Panel of Experts for a further period of twelve months,",
                "Requests the Committee established pursuant to resolution 1718 (2006) to report;");
        assertTrue(themes.contains(THEME + "sanctions"), themes.toString());
        assertTrue(themes.contains(THEME + "dprk-nuclear"), themes.toString());
    }

    @Test
    void abyeiAndTheOilForFoodProgrammeAreThemesOfTheirOwn() {
        Set<String> abyei = mainThemes(
                "Decides to extend the mandate of the United Nations Interim Security Force for Abyei,",
                "Demands that the Sudan and South Sudan redeploy their forces from the Abyei Area;");
        assertTrue(abyei.contains(THEME + "abyei"), abyei.toString());
        Set<String> oil = mainThemes(
                "Decides that the provisions of resolution 986 (1995) shall remain in force,",
                "Decides that the funds in the escrow account shall be used to meet the humanitarian needs of the "
                        + "Iraqi people;");
        assertTrue(oil.contains(THEME + "oil-for-food"), oil.toString());
    }

    @Test
    void capacityBuildingIsAThemeOfItsOwn() {
        Set<String> themes = mainThemes(
                "Stressing the importance of capacity-building for the coastal States of the region,",
                "Calls upon States and organizations to provide technical assistance to build the capacity of "
                        + "the coast guards;");
        assertTrue(themes.contains(THEME + "capacity-building"), themes.toString());
    }

    @Test
    void aLawNamedAfterAListedInstrumentIsNotTheInstrument() {
        DocumentMentions m = FINDER.find(paragraphs("en",
                "Recalling the revenue transparency legislation (the Liberia Extractive Industries Transparency"
                        + " Initiative Act),",
                "Welcomes Liberia's compliance with the Extractive Industries Transparency Initiative;"));
        assertEquals(1, m.byBlock().stream().flatMap(List::stream)
                .filter(x -> x.target().endsWith("instrument/EITI")).count(), m.byBlock().toString());
    }

    @Test
    void aBorderBetweenStatesAndMeasuresOnArmsAreThemes() {
        Set<String> themes = mainThemes(
                "Recognizing that the situation along the border between Sudan and South Sudan is a threat,",
                "Calls for the resolution of disputed border areas and border demarcation,",
                "Decides to renew the measures on arms imposed by paragraph 2 of resolution 1521 (2003);");
        assertTrue(themes.containsAll(Set.of(THEME + "boundaries", THEME + "arms-embargo")), themes.toString());
    }

    @Test
    void reconstructionAndEconomicAssistanceAreThemes() {
        Set<String> themes = mainThemes(
                "Stressing the importance of the reconstruction of the country and of its economic recovery,",
                "Appeals to all States to provide economic and financial assistance to Zambia, which faces special"
                        + " economic problems;");
        assertTrue(themes.containsAll(Set.of(THEME + "reconstruction", THEME + "economic-assistance")),
                themes.toString());
    }

    @Test
    void protocolsNamedThroughTheirConvention() {
        DocumentMentions m = FINDER.find(paragraphs("en",
                "Calls upon States to comply with the Convention on the Elimination of All Forms of Discrimination"
                        + " against Women of 1979 and the Optional Protocol thereto of 1999,",
                "Recalling the Geneva Conventions and the Additional Protocols thereto of 1977,",
                "Recalling the Convention on the Rights of the Child and the Optional Protocol thereto,"));
        Set<String> t = targets(m);
        assertTrue(t.containsAll(Set.of("instrument/OP-CEDAW", "instrument/additional-protocols-1977")), t.toString());
        // the Convention on the Rights of the Child has two optional protocols: "the Optional Protocol" is either
        assertTrue(t.stream().noneMatch(x -> x.equals("instrument/OPAC") || x.equals("instrument/OPSC")), t.toString());
    }

    @Test
    void aFoundingDesignationWithATypistsSlipInTheWordForResolution() {
        DocumentMentions m = FINDER.find(paragraphs("en",
                "Taking note of the reports of the Commission of the Security Council established under resoltuion"
                        + " 446 (1979) to examine the situation relating to settlements,",
                "Noting the letter of the Chairman of the Islamic Group and of the Movement of Non-Aligned Countries,"));
        assertTrue(targets(m).containsAll(Set.of("organization/commission-446", "organization/islamic-group",
                "organization/NAM")), targets(m).toString());
    }

    private static RecognizedDocument resolution(int number, int year, Block... blocks) {
        Symbol symbol = Symbol.securityCouncilResolution(number, year);
        return new RecognizedDocument("en", DocumentType.DOCUMENT, Optional.empty(), "text", Optional.empty(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), List.of(blocks)).withSymbol(symbol, "text");
    }

    private static Block operative(String text) {
        return Block.paragraph(text, ParagraphKind.OPERATIVE, Optional.empty(), 1);
    }

    private static Set<String> targetsIn(DocumentMentions m, int block) {
        return m.byBlock().get(block).stream().map(x -> x.target().replace("https://w3id.org/unkg/id/", ""))
                .collect(Collectors.toSet());
    }

    /** Resolution 15 (1946) sets up a commission that it never names otherwise. */
    @Test
    void theBodyAResolutionSetsUpIsTheOneItGoesOnToCallSo() {
        Block preamble = Block.paragraph("Considering that the Commission on Human Rights has met,",
                ParagraphKind.PREAMBULAR, Optional.empty(), 1);
        Block establishes = operative("Decides to establish a Commission of Investigation to ascertain the facts;");
        Block names = operative("Requests the Commission to report by 15 January 1947;");
        DocumentMentions own = FINDER.find(resolution(15, 1946, establishes, names));
        assertEquals(Set.of("organization/commission-15"), targetsIn(own, 1));
        // the same words in a resolution that set up no commission, or after another commission was named
        assertEquals(Set.of(), targetsIn(FINDER.find(resolution(16, 1947, establishes, names)), 1));
        DocumentMentions another = FINDER.find(resolution(15, 1946, preamble, establishes, names));
        assertEquals(Set.of(), targetsIn(another, 2));
    }

    /** Resolution 1521 (2003) names the panel of resolution 1478 (2003) and sets up its own. */
    @Test
    void aPanelAfterThePanelBeforeItAndTheOneSetUpIsNotGuessed() {
        Block before = operative("Decides to establish a Panel of Experts, drawing on the expertise of the members of"
                + " the Panel of Experts established pursuant to resolution 1478 (2003);");
        Block names = operative("Requests the Panel to report to the Council;");
        assertEquals(Set.of(), targetsIn(FINDER.find(resolution(1521, 2003, before, names)), 1));
        assertEquals(Set.of("organization/panel-1343"),
                targetsIn(FINDER.find(resolution(1530, 2004, before, names)), 1));
    }

    /** Resolution 1988 (2011) recalls the 1267 Committee and sets up its own, which it defines as "the Committee". */
    @Test
    void aShortNameTheResolutionDefinesStandsForWhatItDefines() {
        Block recalls = Block.paragraph("Recalling the work of the Committee established pursuant to resolution 1267"
                + " (1999),", ParagraphKind.PREAMBULAR, Optional.empty(), 1);
        Block defines = operative("Decides to establish a Committee of the Security Council consisting of all the"
                + " members of the Council (herein \"the Committee\"), to undertake the following tasks;");
        Block names = operative("Requests the Committee to report to the Council;");
        assertEquals(Set.of("organization/C1988"), targetsIn(FINDER.find(resolution(1988, 2011, recalls, defines,
                names)), 2));
        // defined after a body it names: "… resolution 751 (1992) of 24 April 1992 (hereinafter referred to as …)"
        Block definesNamed = operative("Requests the Committee established pursuant to paragraph 3 (a) of resolution"
                + " 1591 (2005) (hereinafter \"the Committee\") to meet;");
        assertEquals(Set.of("organization/committee-1591"), targetsIn(FINDER.find(resolution(2200, 2015, recalls,
                definesNamed, names)), 2));
        // without the definition, either committee: no guess
        assertEquals(Set.of(), targetsIn(FINDER.find(resolution(1988, 2011, recalls, operative("Decides to establish"
                + " a Committee of the Security Council consisting of all the members of the Council;"), names)), 2));
    }

    @Test
    void signatoryAndTheCountryHeSpeaksFor() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("data/zh/004_28ce73091c5438d5.txt"));
        String text = TextNormalizer.normalize(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        RecognizedDocument doc = LanguageReaders.standard().choose(text, Optional.of("zh"))
                .read(new PageNoiseFilter().filter(SourceLines.of(text)), text);
        DocumentMentions m = FINDER.find(doc);
        Person signatory = m.people().stream().filter(Person::signatory).findFirst().orElseThrow();
        assertEquals("古斯塔沃·梅萨-夸德拉", signatory.name());
        assertEquals(Optional.of("https://w3id.org/unkg/id/country/PER"), signatory.represents());
        assertTrue(m.people().stream().anyMatch(p -> p.name().equals("Tamara Makarenko")), m.people().toString());
        assertEquals(Optional.of("https://w3id.org/unkg/id/organization/secretary-general"),
                m.addressee());
        assertTrue(targets(m).containsAll(Set.of("organization/UNODC", "organization/CTED", "country/PER")),
                targets(m).toString());
    }

    @Test
    void aPassingWordIsNoThemeButAPhraseIs() {
        DocumentMentions passing = FINDER.find(paragraphs("en", "The ships were attacked.",
                "Recalling the piracy off the coast,", "Decides to remain seized of the matter."));
        assertTrue(passing.documentThemes().stream().noneMatch(t -> t.iri().endsWith("/piracy")),
                passing.documentThemes().toString());
        DocumentMentions phrase = FINDER.find(paragraphs("zh", "甚至贩运文化财产。", "决定继续处理此案。"));
        assertTrue(phrase.documentThemes().stream().anyMatch(t -> t.iri().endsWith("/cultural-property")),
                phrase.documentThemes().toString());
    }
}
