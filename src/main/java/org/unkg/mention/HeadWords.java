package org.unkg.mention;

import java.util.List;
import java.util.Map;
import org.unkg.common.Unkg;

/**
 * The nouns that end the core of a body's or an instrument's name in the United Nations' drafting ("… Committee",
 * "… Convention", "…委员会", "《…公约》"), with the kind and the class of the ontology they make. The class is the
 * most specific one the head alone tells: "Commission" says a body but not which kind of body.
 */
final class HeadWords {

    private static final String ORG = "organization";
    private static final String INS = "instrument";

    record Head(String kind, List<String> types) {
    }

    private static Head org(String... classes) {
        return new Head(ORG, types(Unkg.ORGANIZATION, classes));
    }

    private static Head ins(String... classes) {
        return new Head(INS, types(Unkg.INSTRUMENT, classes));
    }

    private static List<String> types(String base, String... classes) {
        List<String> t = new java.util.ArrayList<>();
        t.add(base);
        for (String c : classes) {
            t.add(Unkg.NS + c);
        }
        return List.copyOf(t);
    }

    private static final Map<String, Head> ENGLISH = Map.ofEntries(
            Map.entry("Committee", org("Committee")), Map.entry("Sub-Committee", org("Committee")),
            Map.entry("Subcommittee", org("Committee")), Map.entry("Commission", org()),
            Map.entry("Office", org("Office")), Map.entry("Mission", org()), Map.entry("Tribunal", org("CourtOrTribunal")),
            Map.entry("Court", org("CourtOrTribunal")), Map.entry("Council", org()), Map.entry("Board", org()),
            Map.entry("Agency", org()), Map.entry("Organization", org()), Map.entry("Organisation", org()),
            Map.entry("Authority", org()), Map.entry("Bank", org()), Map.entry("Fund", org()),
            Map.entry("Programme", org()), Map.entry("Program", org()), Map.entry("Panel", org("ExpertGroup")), Map.entry("Team", org()),
            Map.entry("Group", org()), Map.entry("Force", org()), Map.entry("Forum", org()), Map.entry("Union", org()),
            Map.entry("League", org()), Map.entry("Association", org()), Map.entry("Institute", org()),
            Map.entry("Centre", org()), Map.entry("Center", org()), Map.entry("Directorate", org()),
            Map.entry("Mechanism", org()), Map.entry("Administration", org()), Map.entry("Register", org()),
            Map.entry("Company", org()), Map.entry("Movement", org()), Map.entry("Front", org()),
            Map.entry("Secretariat", org()),
            Map.entry("Convention", ins("Convention")), Map.entry("Conventions", ins("Convention")),
            Map.entry("Protocol", ins("Protocol")), Map.entry("Protocols", ins("Protocol")),
            Map.entry("Declaration", ins("Declaration")), Map.entry("Memorandum", ins("Agreement")),
            Map.entry("Strategy", ins("Strategy")), Map.entry("Agreement", ins("Agreement")),
            Map.entry("Agreements", ins("Agreement")), Map.entry("Accord", ins("Agreement")),
            Map.entry("Accords", ins("Agreement")), Map.entry("Treaty", ins("Treaty")), Map.entry("Statute", ins()),
            Map.entry("Covenant", ins("Treaty")), Map.entry("Plan", ins("ActionPlan")), Map.entry("Framework", ins()),
            Map.entry("Communiqué", ins()), Map.entry("Communique", ins()), Map.entry("Act", ins()),
            Map.entry("Pact", ins()), Map.entry("Code", ins("StandardsInstrument")),
            Map.entry("Recommendations", ins("StandardsInstrument")), Map.entry("Principles", ins("StandardsInstrument")),
            Map.entry("Guidelines", ins("StandardsInstrument")), Map.entry("Roadmap", ins("ActionPlan")),
            Map.entry("Minutes", ins("Agreement")));

    /** Chinese heads, longest first: the end of a name is matched against them in this order. */
    private static final List<Map.Entry<String, Head>> CHINESE = List.of(
            Map.entry("委员会", org("Committee")), Map.entry("办公室", org("Office")), Map.entry("特派团", org()),
            Map.entry("组织", org()),
            Map.entry("议定书", ins("Protocol")), Map.entry("公约", ins("Convention")), Map.entry("宣言", ins("Declaration")),
            Map.entry("战略", ins("Strategy")), Map.entry("协定", ins("Agreement")), Map.entry("协议", ins("Agreement")),
            Map.entry("条约", ins("Treaty")), Map.entry("行动计划", ins("ActionPlan")), Map.entry("行动纲领", ins("ActionPlan")),
            Map.entry("备忘录", ins("Agreement")), Map.entry("规约", ins()), Map.entry("宪章", ins()));

    private HeadWords() {
    }

    /** The head an English word is, or null. "Programme of Action" is a plan, not a programme. */
    static Head english(String word, String after) {
        if (word.equals("Programme") && after.startsWith(" of Action")) {
            return ins("ActionPlan");
        }
        return ENGLISH.get(word);
    }

    /** The head an English word is, or null, where the text after the word begins at {@code after}. */
    static Head english(String word, String text, int after) {
        if (word.equals("Programme") && text.startsWith(" of Action", after)) {
            return ins("ActionPlan");
        }
        return ENGLISH.get(word);
    }

    /** Whether an English word is a head. */
    static boolean isEnglishHead(String word) {
        return ENGLISH.containsKey(word);
    }

    /** The Chinese head a name ends with, as {@code head → its kind}, or null. */
    static Map.Entry<String, Head> chineseEnding(String name) {
        for (Map.Entry<String, Head> h : CHINESE) {
            if (name.endsWith(h.getKey())) {
                return h;
            }
        }
        return null;
    }

    /** A body whatever its ending: a name that an acronym, not a head word, shows to be one. */
    static Head organization() {
        return org();
    }

    /** An instrument whatever its ending: a title in 《》 names a text. */
    static Head instrument() {
        return ins();
    }
}
