package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;
import org.unkg.rdf.EntityVocabularyReader;
import org.unkg.structure.Block;
import org.unkg.structure.DocumentType;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;

/** Names no vocabulary lists, found by their form; short references resolved or left alone. */
class NameDiscoveryTest {

    private static final EntityVocabulary VOCABULARY = EntityVocabularyReader.fromClasspath();
    private static final MentionFinder FINDER = new MentionFinder(VOCABULARY, IriScheme.standard());
    private static final String ID = IriScheme.DEFAULT_BASE + "id/";

    private static DocumentMentions find(String language, String... texts) {
        List<Block> blocks = java.util.Arrays.stream(texts)
                .map(t -> Block.paragraph(t, ParagraphKind.PARAGRAPH, Optional.empty(), 1)).toList();
        return FINDER.find(new RecognizedDocument(language, DocumentType.DOCUMENT, Optional.empty(), "text",
                Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), blocks));
    }

    /** The discovered bodies and instruments by name, with their IRIs. */
    private static Map<String, String> discovered(DocumentMentions m) {
        return m.discovered().stream().collect(Collectors.toMap(
                e -> e.prefLabels().values().iterator().next(), Entity::iri));
    }

    /** The names of the people found. */
    private static Set<String> people(DocumentMentions m) {
        return m.people().stream().map(Person::name).collect(Collectors.toSet());
    }

    /** The text of every mention, with the IRI it names. */
    private static Map<String, String> mentions(DocumentMentions m) {
        return m.byBlock().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Mention::text, Mention::target, (a, b) -> a));
    }

    @Test
    void headWordNamesAreDiscoveredWithTheirKindAndAStableIri() {
        DocumentMentions m = find("en",
                "Taking note of the Lagos Declaration for Action against Apartheid,",
                "Welcomes the payment by the International Air Transport Association (IATA) to the authorities,",
                "Calls upon IATA to report, and recalls the Treaty of Friendship and Cooperation;");
        Map<String, String> d = discovered(m);
        assertEquals(ID + "discovered/instrument/lagos-declaration-for-action-against-apartheid",
                d.get("Lagos Declaration for Action against Apartheid"), d.toString());
        assertEquals(ID + "discovered/organization/international-air-transport-association",
                d.get("International Air Transport Association"), d.toString());
        assertTrue(d.containsKey("Treaty of Friendship and Cooperation"), d.toString());
        // the acronym the text defines is a short form, found again later
        assertEquals(d.get("International Air Transport Association"), mentions(m).get("IATA"));
        Entity iata = m.discovered().stream().filter(e -> e.iri().endsWith("transport-association")).findFirst().get();
        assertTrue(iata.types().contains(org.unkg.common.Unkg.ORGANIZATION));
        assertEquals(List.of(new LangString("IATA", "en")), iata.altLabels());
    }

    @Test
    void designationsGenericNamesAndOpeningVerbsAreNotNames() {
        DocumentMentions m = find("en",
                "Requests the Committee established pursuant to resolution 9999 (2099) to report,",
                "Decides that the Security Council Committee shall meet, and that the Special Committee and the"
                        + " Panel of Experts shall assist Member States and the Secretary-General,",
                "Welcomes the work of the Council and establishes a Commission of Investigation;");
        assertTrue(m.discovered().isEmpty(), discovered(m).toString());
    }

    @Test
    void aListedNameStaysTheVocabularysEntry() {
        DocumentMentions m = find("en", "Welcomes the work of the United Nations Office on Drugs and Crime,");
        assertTrue(m.discovered().isEmpty(), discovered(m).toString());
        assertTrue(mentions(m).values().stream().noneMatch(t -> t.contains("/discovered/")));
    }

    /** The Commission on Human Rights in South Sudan (2016) is not the Commission on Human Rights (1946-2006). */
    @Test
    void aListedNameInsideALongerListedOneIsTheLongerOne() {
        DocumentMentions m = find("en", "Takes note of the report of the Commission on Human Rights in South Sudan,");
        assertEquals(Map.of("Commission on Human Rights in South Sudan",
                ID + "organization/commission-human-rights-south-sudan"), mentions(m));
    }

    @Test
    void twoNamesJoinedByAndAreTwo() {
        DocumentMentions m = find("en",
                "Noting the Windhoek Declaration and the Namibia Plan of Action on Mainstreaming a Gender Perspective,",
                "and the Truth and Reconciliation Commission;");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Windhoek Declaration"), d.toString());
        assertTrue(d.containsKey("Namibia Plan of Action on Mainstreaming a Gender Perspective"), d.toString());
        assertTrue(d.containsKey("Truth and Reconciliation Commission"), d.toString());
    }

    @Test
    void anInstrumentThatACoreAndItsComplementQualifyTogether() {
        DocumentMentions m = find("en",
                "Welcoming the signing of the Cessation of Hostilities Agreement of 21 December 2017,",
                "Supports the Government of Haiti's Strategic Development Plan and the Government of National Accord,",
                "Recalling the Status of Forces Agreements concluded with host countries,");
        Map<String, String> d = discovered(m);
        assertEquals(ID + "discovered/instrument/cessation-of-hostilities-agreement",
                d.get("Cessation of Hostilities Agreement"), d.toString());
        // a government's plan, a government, a kind of agreement: none is an instrument's name
        assertEquals(1, d.size(), d.toString());
    }

    @Test
    void aShortFormMayTakeItsWordsFromTheComplement() {
        DocumentMentions m = find("en",
                "Supports the Agreement on the City of Hudaydah and Ports of Hudaydah, Salif and Ras Issa (Hudaydah"
                        + " Agreement),",
                "and calls for the implementation of the Hudaydah Agreement;");
        Map<String, String> d = discovered(m);
        assertEquals(1, d.size(), d.toString());
        assertEquals(d.values().iterator().next(), mentions(m).get("Hudaydah Agreement"));
    }

    @Test
    void aTransliteratedNameIsFoundByTheAcronymTheTextDefines() {
        DocumentMentions m = find("en",
                "Condemns the attacks of Jama'at Ansar al-Sunna wal-Jihad (JASJ) and of Ansar Bayt"
                        + " al-Maqdis (ABM),",
                "Calls on JASJ to cease, and supports Disarmament, Demobilization and Reintegration (DDR) programmes,");
        Map<String, String> d = discovered(m);
        String jasj = ID + "discovered/organization/jama-at-ansar-al-sunna-wal-jihad";
        assertEquals(jasj, d.get("Jama'at Ansar al-Sunna wal-Jihad"), d.toString());
        assertTrue(d.containsKey("Ansar Bayt al-Maqdis"), d.toString());
        assertEquals(jasj, mentions(m).get("JASJ"));
        // an English run with an acronym names a subject as often as a body: it needs a head word
        assertEquals(2, d.size(), d.toString());
    }

    @Test
    void aFrenchNameWithItsAcronymMayEndInLowerCaseAndAnEnglishPhraseMayNot() {
        DocumentMentions m = find("en",
                "Condemns the Front de libération nationale (FLN) and welcomes Quick Impact projects (QIPs),",
                "Calls on the FLN to lay down its arms,");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Front de libération nationale"), d.toString());
        assertEquals(d.get("Front de libération nationale"), mentions(m).get("FLN"));
        assertFalse(d.containsKey("Quick Impact projects"), d.toString());
    }

    @Test
    void anotherEntrysAcronymThatTheTextDefinesForANameIsThatName() {
        // the vocabulary lists UPC as the Union des patriotes congolais and FPRC as the Front populaire pour la
        // renaissance de la Centrafrique; these texts define them for other groups, listed or not
        DocumentMentions listed = find("en", "Condemns the Unité pour la paix en Centrafrique (UPC),",
                "Demands that the UPC withdraw,");
        assertTrue(listed.byBlock().stream().flatMap(List::stream).filter(x -> x.text().equals("UPC"))
                .allMatch(x -> x.target().equals(ID + "group/UPC-CAR")), listed.byBlock().toString());
        DocumentMentions m = find("en", "Condemns the Forces populaires de résistance du Congo (FPRC),",
                "Demands that the FPRC withdraw,");
        String fprc = discovered(m).get("Forces populaires de résistance du Congo");
        assertTrue(fprc != null && fprc.contains("/discovered/"), discovered(m).toString());
        assertTrue(m.byBlock().stream().flatMap(List::stream).filter(x -> x.text().equals("FPRC"))
                .allMatch(x -> x.target().equals(fprc)), m.byBlock().toString());
        // an acronym written another way keeps the name's words: that is the listed entry
        DocumentMentions g5 = find("en", "Welcomes the Group of Five for the Sahel Joint Force (FC-G5S),");
        assertTrue(discovered(g5).isEmpty(), discovered(g5).toString());
    }

    @Test
    void aPersonInAppositionToAnOffice() {
        DocumentMentions m = find("en",
                "Welcoming the letter of the Prime Minister of Haiti, Ariel Henry, and the facilitation of the Chairperson"
                        + " of the Economic Community of West African States, President Blaise Compaoré,",
                "Commends the President of the Commission of ECOWAS, Executive Secretary Mohammed Ibn Chambas, and the"
                        + " President of the Council, Member States and the Secretariat,",
                "Welcomes the work of the Special Representative of the Secretary-General on Sexual Violence in Conflict,"
                        + " Pramila Patten, and of the Special Envoy of the Secretary-General for Yemen, Hans Grundberg;");
        assertEquals(Set.of("Ariel Henry", "Blaise Compaoré", "Mohammed Ibn Chambas", "Pramila Patten",
                "Hans Grundberg"),
                people(m), m.people().toString());
    }

    @Test
    void aPresidentNamedBeforeTheVerbAndAnEnvoyAfterAHyphenLostInExtraction() {
        DocumentMentions m = find("en",
                "Pays tribute to President Jean-Bertrand Aristide for his efforts to promote national reconciliation;",
                "Welcoming the efforts of Special Representative of the SecretaryGeneral Haile Menkerios, and of the"
                        + " President of the Security Council in this regard,");
        assertEquals(Set.of("Jean-Bertrand Aristide", "Haile Menkerios"),
                people(m), m.people().toString());
    }

    @Test
    void anAgreementNamedInLowerCaseAfterThePlaceItWasMadeIn() {
        DocumentMentions m = find("en",
                "Welcoming the Sirte agreement, the Libreville agreements and the N'Djamena ceasefire agreement,",
                "Recalls the Rambouillet accords, the Framework agreement, the Liberian ceasefire agreement and the"
                        + " Parties' agreement;");
        assertEquals(Set.of("Sirte Agreement", "Libreville Agreement", "Rambouillet Accord"),
                discovered(m).keySet());
        // written with capitals, the name is a listed one's
        assertEquals(ID + "instrument/ndjamena-ceasefire-2004", mentions(m).get("N'Djamena ceasefire agreement"));
    }

    @Test
    void aUnitOfAListedBodyIsANameByItsBody() {
        DocumentMentions m = find("en",
                "Encourages cooperation with the Peace and Security Department of the African Union Commission and"
                        + " the African Union's Peace Support Operations Division, and the ISAF Civilian Casualties"
                        + " Tracking Cell,",
                "Notes the judgment of the Transvaal Division of the Supreme Court and the work of the Legal"
                        + " Division;");
        assertEquals(Set.of("Peace and Security Department of the African Union Commission",
                "African Union Peace Support Operations Division", "ISAF Civilian Casualties Tracking Cell"),
                discovered(m).keySet());
    }

    @Test
    void theConclusionsOfAConferenceAreAText() {
        DocumentMentions m = find("en",
                "Recalling the Conclusions of the London Conference (S/1996/1012) and the Tokyo Conference"
                        + " Conclusions,",
                "Welcoming the International Conference and its Conference Conclusions;");
        assertEquals(Set.of("Conclusions of the London Conference", "Tokyo Conference Conclusions"),
                discovered(m).keySet());
    }

    @Test
    void aNameWhoseFirstSyllableIsOneCapitalIsAPersonsAndHisCountryNoTheme() {
        DocumentMentions m = find("en", "Mr. Rigoberto Espinal Irias (Honduras) Mr. O-gon Kwon (Republic of Korea)"
                + " Mr. Theodor Meron (United States of America)");
        assertEquals(Set.of("Rigoberto Espinal Irias", "O-gon Kwon", "Theodor Meron"),
                people(m), m.people().toString());
        assertTrue(m.documentThemes().stream().noneMatch(t -> t.iri().endsWith("/korean-question")),
                m.documentThemes().toString());
    }

    @Test
    void aBodysNameBeforeTheWordsThatAndJoinsOwnsTheName() {
        DocumentMentions m = find("en", "Recalling the African Union Compliance and Accountability Framework and the"
                + " Sudan Liberation Movement and Sudan Liberation Army,");
        assertTrue(discovered(m).containsKey("African Union Compliance and Accountability Framework"),
                discovered(m).toString());
        assertTrue(discovered(m).keySet().stream().noneMatch(n -> n.equals("Accountability Framework")),
                discovered(m).toString());
    }

    @Test
    void aTitleWhoseVerbTakesAnObjectInLowerCaseEndsWithItsObject() {
        DocumentMentions m = find("en",
                "reiterating its support for the Roadmap to End the Transition (the \"Roadmap\"), and stressing",
                "Recalling that, under Article 69 of the Statute of the International Court of Justice the Security Council"
                        + " may recommend,");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Roadmap to End the Transition"), d.toString());
        assertTrue(d.keySet().stream().noneMatch(n -> n.contains("Security Council")), d.toString());
    }

    @Test
    void peopleAppointedOrTitledInShort() {
        DocumentMentions m = find("en",
                "Thanking former SRSG Staffan de Mistura, welcoming the Secretary-General's appointment of Ad Melkert on"
                        + " 7 July 2009 and the nomination of Special Envoy Mary Robinson,",
                "Nominates Ms. Gabrielle Kirk McDonald (United States), Prof. Wang Tieya (China), and recalls that when"
                        + " Mr. Williams' term ended the appointment of Women Protection Advisers was decided;");
        assertEquals(Set.of("Staffan de Mistura", "Ad Melkert", "Mary Robinson", "Gabrielle Kirk McDonald",
                "Wang Tieya", "Williams"), people(m),
                m.people().toString());
    }

    @Test
    void aRejectedNameThatOpensItsMatchDoesNotHoldTheFinder() {
        // "Minister bin Zayed" is matched as an Arabic name and turned away ("Minister" is no name): the finder goes on
        // after it rather than trying the same place again
        DocumentMentions m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> find("en", "Welcomes the visit of Minister bin Zayed and of Mr. Ahmed Ali;"));
        assertEquals(List.of("Ahmed Ali"), m.people().stream().map(Person::name).toList());
    }

    @Test
    void aStatuteOfABodyNamedInShortAndThePanelOfExpertsTheDocumentNamed() {
        DocumentMentions m = find("en",
                "Recalling the International Tribunal for the Former Yugoslavia and the African Union High-level"
                        + " Implementation Panel, and the Panel of Experts on Liberia,",
                "Decides that the International Tribunal shall apply article 13 of the Statute of the International"
                        + " Tribunal, and requests the Panel of Experts to report;");
        Map<String, String> named = mentions(m);
        assertEquals(ID + "instrument/ICTY-statute", named.get("Statute of the International Tribunal"), named.toString());
        assertEquals(ID + "organization/panel-1521", named.get("the Panel of Experts"), named.toString());
    }

    @Test
    void aListedNameAtTheEndOfADiscoveredOneIsOnlySpeltLikeIt() {
        DocumentMentions m = find("en",
                "Urges efforts to strengthen the Independent National Commission on Human Rights and the Civilian"
                        + " Protection Monitoring Team, and the Joint African Union/United Nations Mediation,");
        Set<String> targets = m.byBlock().get(0).stream().map(Mention::target).collect(Collectors.toSet());
        assertFalse(targets.contains(ID + "organization/commission-human-rights"), targets.toString());
        assertFalse(targets.contains(ID + "organization/monitoring-team"), targets.toString());
        assertTrue(targets.contains(ID + "organization/AU"), targets.toString());
        assertFalse(discovered(m).containsKey("Joint African Union"), discovered(m).toString());
        assertTrue(discovered(m).containsKey("Independent National Commission on Human Rights"),
                discovered(m).toString());
    }

    @Test
    void peopleByTitleAndByTheListsArabicNaming() {
        DocumentMentions m = find("en",
                "Condemns the decision of Mr. Laurent Gbagbo, and the killing of Mr. Patrice Lumumba,",
                "Welcomes the work of Ambassador Christopher Ross and of Judge Guy Ladreit de Lacharriere,",
                "Recalls that Usama bin Laden was listed, and thanks Mr. President;");
        List<String> names = m.people().stream().map(Person::name).toList();
        assertEquals(List.of("Laurent Gbagbo", "Patrice Lumumba", "Christopher Ross", "Guy Ladreit de Lacharriere",
                "Usama bin Laden"), names);
        assertEquals(ID + "person/laurent-gbagbo", m.people().get(0).iri());
    }

    @Test
    void peopleListedWithTheirCountryInParentheses() {
        DocumentMentions m = find("en",
                "Decides to extend the term of office of the following judges, if sooner:",
                "- Koffi Kumelio A. Afande (Togo) - O-Gon Kwon (Republic of Korea) - Judge William H. Sekule"
                        + " (United Republic of Tanzania) - Christoph Fl\uFFFDgge (Germany) - Antoine Kesia-Mbe Mindua"
                        + " (Democratic Republic of Congo)",
                "Noting the talks held in Dürnstein (Austria) and Westchester County (United States) and the Joint"
                        + " Coordination and Monitoring Board (JCMB),");
        assertEquals(Set.of("Koffi Kumelio A. Afande", "O-Gon Kwon", "William H. Sekule",
                "Christoph Fl\uFFFDgge", "Antoine Kesia-Mbe Mindua"),
                people(m));
        // the country without its article is the Democratic Republic of the Congo, not the Republic of the Congo
        assertEquals(ID + "country/COD", mentions(m).get("Democratic Republic of Congo"));
    }

    @Test
    void aListedPersonsNationalityIsNotWhatTheTextIsAbout() {
        DocumentMentions listed = find("en", "Decides to extend the term of office of the following judges:",
                "- O-Gon Kwon (Republic of Korea) - Burton Hall (The Bahamas)");
        assertTrue(listed.documentThemes().stream().noneMatch(t -> t.iri().endsWith("/korean-question")),
                listed.documentThemes().toString());
        assertTrue(listed.mainThemes().contains(ID + "theme/appointments"), listed.mainThemes().toString());
        DocumentMentions named = find("en", "Calls upon the Republic of Korea and its neighbours to resume talks;");
        assertTrue(named.documentThemes().stream().anyMatch(t -> t.iri().endsWith("/korean-question")),
                named.documentThemes().toString());
    }

    @Test
    void peopleWhoseArrestOrTransferTheCouncilSpeaksOf() {
        DocumentMentions m = find("en",
                "Calls for the arrest of Goran Hadzic; welcomes the transfer of Charles Taylor to the Special Court,",
                "Welcomes President Salva Kiir's programme, and condemns the murder of United Nations staff,");
        assertEquals(List.of("Goran Hadzic", "Charles Taylor", "Salva Kiir"),
                m.people().stream().map(Person::name).toList());
    }

    @Test
    void aNameFollowedByAListedAcronymIsThatEntry() {
        DocumentMentions m = find("en",
                "Welcoming the Group of Five for the Sahel Joint Force (FC-G5S) and the United Nations Mission in"
                        + " Burundi (ONUB),",
                "Noting the Mission of the International Conference on the Former Yugoslavia (ICFY),");
        Map<String, String> mentions = mentions(m);
        assertEquals(ID + "organization/FC-G5S", mentions.get("Group of Five for the Sahel Joint Force"));
        assertEquals(ID + "organization/ONUB", mentions.get("United Nations Mission in Burundi"));
        // the acronym of a body named inside the name is that body's, not the name's
        assertEquals(ID + "discovered/organization/mission-of-the-international-conference-on-the-former-yugoslavia",
                mentions.get("Mission of the International Conference on the Former Yugoslavia"), mentions.toString());
        assertEquals(ID + "organization/ICFY", mentions.get("ICFY"));
    }

    @Test
    void anAgendaNamedIsAnInstrument() {
        DocumentMentions m = find("en", "Recalling the Geneva Agreement and the Caracas Agenda of 21 May 1990,",
                "Noting the items on its agenda and the Agenda of the Council;");
        Map<String, String> d = discovered(m);
        assertEquals(ID + "discovered/instrument/caracas-agenda", d.get("Caracas Agenda"), d.toString());
        assertEquals(Set.of("Caracas Agenda", "Geneva Agreement"), d.keySet(),
                "the Council's agenda is no instrument: " + d);
    }

    @Test
    void anInstrumentsToSaysWhatItIsForABodysWhereItIsSent() {
        Map<String, String> d = discovered(find("en",
                "Noting the Action Agenda to Prevent Violent Extremism and Promote Peace, and acknowledging its role,",
                "Welcomes the deployment of a Multinational Force to Kandahar;"));
        assertEquals(Set.of("Action Agenda to Prevent Violent Extremism and Promote Peace"), d.keySet(),
                d.toString());
    }

    @Test
    void aSecondTitleIsNoPartOfAPersonsName() {
        DocumentMentions m = find("en", "Noting with regret the death of Judge Sir Benegal Narsing Rau on 30 November,",
                "Welcomes the statement of Mr. Sheikh Abdul Rashid;");
        assertEquals(List.of("Benegal Narsing Rau", "Abdul Rashid"), m.people().stream().map(Person::name).toList());
    }

    @Test
    void anOfficesTitleBeforeABodyIsNoPartOfItsName() {
        DocumentMentions m = find("en", "Having heard the statement of the Co-leader of the Patriotic Front of Kandahar,",
                "Welcomes the report of the Head of Mission of UNOMIG;");
        Map<String, String> d = discovered(m);
        assertEquals(ID + "discovered/organization/patriotic-front-of-kandahar", d.get("Patriotic Front of Kandahar"),
                d.toString());
        assertEquals(1, d.size(), "\"Head of Mission\" is one title: " + d);
    }

    @Test
    void chineseTitlesAndBodies() {
        DocumentMentions m = find("zh", "回顾《关于某某问题的日内瓦宣言》和《议定书》，欢迎联合国某某问题独立调查委员会的工作，并请各区域组织协助。");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("关于某某问题的日内瓦宣言"), d.toString());
        assertTrue(d.containsKey("联合国某某问题独立调查委员会"), d.toString());
        assertFalse(d.containsKey("议定书"), "a bare head in 《》 refers to an instrument named before");
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get("关于某某问题的日内瓦宣言").startsWith(ID + "discovered/instrument/x-"));
    }

    @Test
    void aChineseNameBetweenAnOfficeAndAnHonorificIsAPerson() {
        DocumentMentions m = find("zh", "安全理事会欢迎秘书长特使黄夏年先生的工作，并感谢主席先生和代表团团长先生。");
        assertEquals(List.of("黄夏年"), m.people().stream().map(Person::name).toList());
    }

    @Test
    void theCommitteeIsTheOneCommitteeNamedBefore() {
        DocumentMentions m = find("en",
                "Recalls the work of the Counter-Terrorism Committee,",
                "Requests the Committee to report, and the Committee's chair to brief;");
        List<Mention> second = m.byBlock().get(1);
        assertEquals(2, second.size(), second.toString());
        assertTrue(second.stream().allMatch(x -> x.target().equals(ID + "organization/CTC")), second.toString());
    }

    @Test
    void theCommitteeAfterTwoCommitteesOrNoneStaysUnlinked() {
        DocumentMentions two = find("en",
                "Recalls the Counter-Terrorism Committee and the Military Staff Committee,",
                "Requests the Committee to report;");
        assertTrue(two.byBlock().get(1).isEmpty(), two.byBlock().get(1).toString());
        DocumentMentions none = find("en", "Requests the Committee to report;");
        assertTrue(none.byBlock().get(0).isEmpty(), none.byBlock().get(0).toString());
    }

    @Test
    void thatEstablishedPursuantToAResolutionIsTheBodyItEstablished() {
        DocumentMentions m = find("en",
                "Encourages other sanctions committees, in particular that established pursuant to resolution"
                        + " 1267 (1999), to cooperate;");
        assertEquals(List.of(ID + "organization/C1267"),
                m.byBlock().get(0).stream().map(Mention::target).toList());
    }

    @Test
    void aRemarkInParenthesesIsNoShortForm() {
        assertFalse(ShortFormRule.plausible("including its Protocols", "Arusha Peace Agreement"));
        assertFalse(ShortFormRule.plausible("the Mechanism",
                "Statute of the International Residual Mechanism for Criminal Tribunals"));
        assertFalse(ShortFormRule.plausible("IRMCT",
                "Statute of the International Residual Mechanism for Criminal Tribunals"));
        assertTrue(ShortFormRule.plausible("ECOWAS", "Economic Community of West African States"));
        assertTrue(ShortFormRule.plausible("UNAMIR", "United Nations Assistance Mission for Rwanda"));
        assertTrue(ShortFormRule.plausible("CTED", "Counter-Terrorism Committee Executive Directorate"));
        assertTrue(ShortFormRule.plausible("the Monitoring Team", "Analytical Support and Sanctions Monitoring Team"));
        assertTrue(ShortFormRule.plausible("毒品和犯罪问题办公室", "联合国毒品和犯罪问题办公室"));
    }

    @Test
    void theIriOfADiscoveredNameIgnoresArticleCaseAndAccents() {
        IriScheme iris = IriScheme.standard();
        assertEquals(iris.discovered("organization", "the Côte  d'Ivoire Electoral Commission"),
                iris.discovered("organization", "Cote d'Ivoire electoral commission"));
        assertEquals(ID + "discovered/organization/cote-d-ivoire-electoral-commission",
                iris.discovered("organization", "Côte d'Ivoire Electoral Commission"));
    }

    @Test
    void misspeltListedNamesAreTheListedEntity() {
        DocumentMentions m = find("en",
                "Requests the Intemational Atomic Energy Agency to report,",
                "Welcomes the work of the Untied Nations Development Programme in the region,");
        assertTrue(m.discovered().isEmpty(), discovered(m).toString());
        assertEquals(ID + "organization/IAEA", mentions(m).get("Intemational Atomic Energy Agency"));
        assertEquals(ID + "organization/UNDP", mentions(m).get("Untied Nations Development Programme"));
    }

    @Test
    void aNameOneLetterFromAListedOneIsNotReadAsItWhenItCouldBeAnother() {
        MisspeltNames misspelt = new MisspeltNames(VOCABULARY.names());
        // another number, another resolution
        assertTrue(misspelt.listedAs("Committee established pursuant to resolution 1519 (2003)").isEmpty());
        // a plural is another name, a numbering letter another text, and a short name is left alone
        assertTrue(misspelt.listedAs("Counter-Terrorism Committees").isEmpty());
        assertTrue(misspelt.listedAs("Additional Protocol III").isEmpty());
        assertTrue(misspelt.listedAs("Untied Nations").isEmpty());
        assertEquals(ID + "organization/IAEA",
                misspelt.listedAs("International Atomic Enegry Agency").map(Entity::iri).orElse("none"));
    }

    @Test
    void anOfficeBeforeAFullNameNamesAPerson() {
        DocumentMentions m = find("en",
                "Calls for talks under its chief mediator Hamid Algabid, and welcomes the Special Envoy Office;");
        assertTrue(m.people().stream().anyMatch(p -> p.name().equals("Hamid Algabid")), m.people().toString());
        assertEquals(1, m.people().size(), m.people().toString());
    }

    @Test
    void twoModifiersThatSayWhatABodyDoesNameIt() {
        DocumentMentions m = find("en",
                "Welcomes the creation of the Joint Implementation Mechanism,",
                "Recalls the work of the International Criminal Tribunal and the Special Committee;");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Joint Implementation Mechanism"), d.toString());
        assertFalse(d.containsKey("International Criminal Tribunal"), d.toString());
        assertFalse(d.containsKey("Special Committee"), d.toString());
    }

    @Test
    void anAcronymTheTextDefinesNamesABodyOfModifiersAndAHeadInAnyLanguagesOrder() {
        DocumentMentions m = find("en",
                "Requests the Joint Human Rights Office (UNJHRO) and the Independent Electoral Commission (CENI) to"
                        + " report, and recalls the work of the Special Committee (SC) and the Interim Commission;",
                "Welcomes the support of the Military Observer Group (ECOMOG) and of CENI;");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Joint Human Rights Office"), d.toString());
        assertTrue(d.containsKey("Independent Electoral Commission"), d.toString());
        assertFalse(d.containsKey("Special Committee"), d.toString());
        assertFalse(d.containsKey("Interim Commission"), d.toString());
        // the acronym is a short form, found again; an acronym the vocabulary lists makes the name that entry
        assertEquals(d.get("Independent Electoral Commission"), mentions(m).get("CENI"));
        assertEquals(ID + "organization/ECOMOG", mentions(m).get("Military Observer Group"));
    }

    @Test
    void aListedNameGoesOnIntoANameOfItsOwnWhenTheTextDefinesAnAcronymForTheWhole() {
        DocumentMentions m = find("en",
                "Condemns the attacks of the Islamic State in Somalia (ISS) and of the Islamic State,",
                "takes note of the Deployment Plan of IGAD in Somalia (IGASOM) and welcomes the African Union in"
                        + " Somalia;");
        Map<String, String> d = discovered(m);
        assertEquals(ID + "discovered/organization/islamic-state-in-somalia", d.get("Islamic State in Somalia"),
                d.toString());
        assertEquals(d.get("Islamic State in Somalia"), mentions(m).get("ISS"));
        assertEquals(ID + "group/ISIL", mentions(m).get("Islamic State"));
        assertFalse(d.containsKey("IGAD in Somalia"), d.toString());
        assertFalse(d.containsKey("African Union in Somalia"), d.toString());
    }

    @Test
    void andTheJoinsTwoSubjectsOfOneTitleButNotTwoNames() {
        DocumentMentions m = find("en",
                "Welcomes the work of the Institute for Justice and the Rule of Law, of the Commission of Experts and"
                        + " the Special Rapporteur, and of the Mission for Peace and the Department of Safety;");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Institute for Justice and the Rule of Law"), d.toString());
        assertTrue(d.keySet().stream().noneMatch(n -> n.contains("Rapporteur") || n.contains("Department")),
                d.toString());
    }

    @Test
    void aNameThatListedNamesCoverIsThoseNames() {
        DocumentMentions m = find("en", "Welcomes the Djibouti Code of Conduct concerning the Repression of Piracy"
                + " and Armed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden,");
        assertTrue(m.discovered().isEmpty(), discovered(m).toString());
        assertTrue(mentions(m).values().contains(ID + "instrument/djibouti-code"), mentions(m).toString());
    }

    @Test
    void aRankOrAMinistersOfficeBeforeAFullNameNamesAPerson() {
        DocumentMentions m = find("en",
                "Welcomes the Force Commander, Major General Robert Gordon, and Prime Minister Evans Paul, and calls on"
                        + " the General National Congress and the General Assembly to act;");
        assertEquals(Set.of("Robert Gordon", "Evans Paul"),
                people(m), m.people().toString());
    }

    @Test
    void aTransliteratedChineseNameBeginsWhereTheOfficeBeforeItEndsWithOrWithoutAnHonorific() {
        DocumentMentions m = find("zh",
                "安全理事会欢迎秘书长特别代表马哈马特·萨利赫·阿纳迪夫的通报，注意到特别顾问阿利乌内·蒂内先生的报告。",
                "秘鲁常驻联合国代表古斯塔沃·梅萨-夸德拉(签名)");
        assertEquals(Set.of("马哈马特·萨利赫·阿纳迪夫", "阿利乌内·蒂内"),
                m.people().stream().filter(p -> !p.signatory()).map(Person::name).collect(Collectors.toSet()),
                m.people().toString());
    }

    @Test
    void aTitleGoesOnAfterToTheAndAfterTheAcronymOfTheBodyThatAdoptedIt() {
        DocumentMentions m = find("en",
                "Noting the Global Counterterrorism Forum (GCTF) Hague-Marrakech Memorandum on Good Practices for a More"
                        + " Effective Response to the Foreign Terrorist Fighters Phenomenon, and the Peace, Security and"
                        + " Cooperation (PSC) Framework for the Region, and submits the Memorandum on Access to the"
                        + " Secretary-General;");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Hague-Marrakech Memorandum on Good Practices for a More Effective Response to the"
                + " Foreign Terrorist Fighters Phenomenon"), d.toString());
        assertFalse(d.containsKey("Framework for the Region"), d.toString());
        assertTrue(d.keySet().stream().noneMatch(n -> n.endsWith("Secretary-General")), d.toString());
    }

    @Test
    void aNameMayEnumerateItsSubjectsWithCommasAfterTheArticle() {
        DocumentMentions m = find("en",
                "Welcomes the work of the Truth, Justice and Reconciliation Commission and of the Disarmament,"
                        + " Demobilization, Rehabilitation and Reintegration Commission,",
                "Calls upon the Governments of Angola, Namibia and South Africa, the Liberia, Sierra Leone and the"
                        + " Mano River Union Secretariat to cooperate;");
        Map<String, String> d = discovered(m);
        assertTrue(d.containsKey("Truth, Justice and Reconciliation Commission"), d.toString());
        assertTrue(d.containsKey("Disarmament, Demobilization, Rehabilitation and Reintegration Commission"),
                d.toString());
        assertTrue(d.keySet().stream().noneMatch(n -> n.startsWith("Liberia") || n.startsWith("Angola")),
                d.toString());
    }

    @Test
    void instrumentsListedBeforeOnePluralHeadAreEachTheirOwn() {
        DocumentMentions m = find("en",
                "Calls upon the parties to implement the Linas-Marcoussis, Accra III and Pretoria Agreements,",
                "Recalls the Kampala, Maputo and Harare Agreements, and the Humanitarian and Security Protocols,");
        Map<String, String> named = mentions(m);
        assertEquals(ID + "instrument/linas-marcoussis-agreement", named.get("Linas-Marcoussis"), named.toString());
        assertTrue(named.containsKey("Accra III") && named.containsKey("Pretoria"), named.toString());
        Map<String, String> d = discovered(m);
        assertTrue(d.keySet().containsAll(List.of("Maputo Agreement", "Harare Agreement")), d.toString());
        // words that only qualify the head name no instrument, and the list no instrument of its own
        assertFalse(d.keySet().stream().anyMatch(n -> n.contains("Security Protocol") || n.contains(" and ")),
                d.toString());
    }

    @Test
    void anOpenerAndTheConnectorAfterItAreNoPartOfTheName() {
        Map<String, String> d = discovered(find("en",
                "Mindful of the Cairo Declaration of 1993, and recalling the International Health Regulations (2005),",
                "Reaffirming the Maputo Declaration in Support of the Peoples of Zimbabwe and Namibia,"));
        assertTrue(d.keySet().containsAll(List.of("Cairo Declaration", "International Health Regulations",
                "Maputo Declaration in Support of the Peoples of Zimbabwe and Namibia")), d.toString());
    }

    @Test
    void aHeadAloneWhereTheBodyIsIsNoName() {
        DocumentMentions m = find("en",
                "Noting that it is necessary to keep the United Nations Peace-keeping Force in Cyprus,",
                "Decides to extend the stationing of the Force in Cyprus for a further period of six months,");
        assertFalse(discovered(m).keySet().stream().anyMatch(n -> n.startsWith("Force")), discovered(m).toString());
        assertEquals(ID + "organization/UNFICYP", mentions(m).get("the Force"), mentions(m).toString());
    }
}
