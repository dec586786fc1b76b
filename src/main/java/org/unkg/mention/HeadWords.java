package org.unkg.mention;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unkg.common.Unkg;
import org.unkg.common.WordList;

/**
 * The nouns that end the core of a body's or an instrument's name in the United Nations' drafting ("… Committee",
 * "… Convention", "…委员会", "《…公约》"), with the kind and the class of the ontology they make. The class is the
 * most specific one the head alone tells: "Commission" says a body but not which kind of body. The words are data,
 * {@code en-head-words.txt} and {@code zh-head-words.txt} beside this class.
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

    private static final Map<String, Head> ENGLISH = read("en-head-words.txt");
    /** Chinese heads, longest first: the end of a name is matched against them in this order. */
    private static final List<Map.Entry<String, Head>> CHINESE = read("zh-head-words.txt").entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, Head> e) -> e.getKey().length()).reversed()).toList();

    /** The heads of a resource file: a word, its kind, and the class the word says, if any, on each line. */
    private static Map<String, Head> read(String resource) {
        Map<String, Head> heads = new LinkedHashMap<>();
        for (String line : WordList.load(HeadWords.class, resource).words()) {
            String[] f = line.split("\\s+");
            String[] classes = Arrays.copyOfRange(f, 2, f.length);
            Head head = switch (f.length < 2 ? "" : f[1]) {
                case ORG -> org(classes);
                case INS -> ins(classes);
                default -> throw new IllegalStateException(resource + ": \"" + line
                        + "\": a head word, then organization or instrument, then the classes it says, if any");
            };
            heads.put(f[0], head);
        }
        return Collections.unmodifiableMap(heads);
    }

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
