package org.unkg.metamorphic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.Statement;
import org.unkg.convert.ConvertedDocument;
import org.unkg.structure.Block;
import org.unkg.structure.RecognizedDocument;
import org.unkg.common.CharacterForms;

/**
 * What must stay the same whatever a document's layout and character forms: its type, symbol, date, meeting and
 * agenda item; its paragraphs (how many, of which kind, their numbers and their text, compared in ordinary forms and
 * without white space); what it cites, names and is about, paragraph by paragraph (each mention counted, its target
 * compared, not its written form).
 */
record DocumentDigest(Map<String, String> fields, List<String> paragraphs, Map<String, Integer> cited,
        Map<String, Integer> named, Map<String, Integer> themes) {

    private static final Pattern PARAGRAPH = Pattern.compile("/para/(\\d+)$");

    static DocumentDigest of(ConvertedDocument c) {
        RecognizedDocument d = c.document();
        Map<String, String> fields = new TreeMap<>();
        fields.put("type", d.type().localName());
        fields.put("symbol", d.symbol().map(Object::toString).orElse("-"));
        fields.put("date", d.date().map(Object::toString).orElse("-"));
        fields.put("meeting", d.meeting().isPresent() ? String.valueOf(d.meeting().getAsInt()) : "-");
        fields.put("agenda item", d.agendaTitle().map(DocumentDigest::plain).orElse("-"));
        List<String> paragraphs = new ArrayList<>();
        for (Block p : d.paragraphs()) {
            paragraphs.add(p.kind().localName() + (p.subParagraph() ? " sub" : "") + " "
                    + p.numberInText().map(DocumentDigest::plain).orElse("") + " | " + plain(p.text()));
        }
        Map<String, String> refersTo = new HashMap<>();
        Map<String, String> inParagraph = new HashMap<>();
        Map<String, Integer> cited = new TreeMap<>();
        Map<String, Integer> themes = new TreeMap<>();
        for (Statement s : c.statements()) {
            String p = s.getPredicate().getLocalName();
            String subject = s.getSubject().stringValue();
            String object = s.getObject().stringValue();
            switch (p) {
                case "refersTo" -> refersTo.put(subject, object);
                case "inParagraph" -> inParagraph.put(subject, paragraph(object));
                case "cites" -> cited.merge(object, 1, Integer::sum);
                case "subject" -> themes.merge(paragraph(subject) + " " + object, 1, Integer::sum);
                default -> { }
            }
        }
        Map<String, Integer> named = new TreeMap<>();
        refersTo.forEach((mention, target) ->
                named.merge(inParagraph.getOrDefault(mention, "-") + " " + target, 1, Integer::sum));
        return new DocumentDigest(fields, paragraphs, cited, named, themes);
    }

    /** The paragraph's number for a paragraph IRI, "doc" for anything else (the document). */
    private static String paragraph(String iri) {
        Matcher m = PARAGRAPH.matcher(iri);
        return m.find() ? "p" + m.group(1) : "doc";
    }

    /** Double quotation marks, straight or curly: a typesetter's choice, not the text's. */
    private static final String QUOTES = "\"“”„‟";

    /**
     * A text in ordinary forms without white space, quotation marks straight and the ideographic full stop as a full
     * stop: what typesetting cannot change.
     */
    static String plain(String text) {
        String folded = CharacterForms.fold(text);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00AD') {
                sb.append(QUOTES.indexOf(c) >= 0 ? '"' : c == '。' ? '.' : c);
            }
        }
        return sb.toString();
    }

    /** The ways another reading differs from this one, each said in a line; empty when they agree. */
    List<String> differences(DocumentDigest other) {
        List<String> out = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (!Objects.equals(v, other.fields.get(k))) {
                out.add(k + ": " + v + " became " + other.fields.get(k));
            }
        });
        if (paragraphs.size() != other.paragraphs.size()) {
            out.add("paragraphs: " + paragraphs.size() + " became " + other.paragraphs.size());
        }
        for (int i = 0; i < Math.min(paragraphs.size(), other.paragraphs.size()); i++) {
            if (!paragraphs.get(i).equals(other.paragraphs.get(i))) {
                out.add("paragraph " + (i + 1) + ": " + firstDifference(paragraphs.get(i), other.paragraphs.get(i)));
                break;
            }
        }
        compare("citations", cited, other.cited, out);
        compare("names", named, other.named, out);
        compare("themes", themes, other.themes, out);
        return out;
    }

    /** The aspects in which another reading differs: fields, paragraphs, citations, names, themes. */
    List<String> aspectsDiffering(DocumentDigest other) {
        List<String> aspects = new ArrayList<>();
        if (!fields.equals(other.fields)) {
            aspects.add("fields");
        }
        if (!paragraphs.equals(other.paragraphs)) {
            aspects.add("paragraphs");
        }
        if (!cited.equals(other.cited)) {
            aspects.add("citations");
        }
        if (!named.equals(other.named)) {
            aspects.add("names");
        }
        if (!themes.equals(other.themes)) {
            aspects.add("themes");
        }
        return aspects;
    }

    private static void compare(String what, Map<String, Integer> a, Map<String, Integer> b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        List<String> lost = new ArrayList<>();
        List<String> gained = new ArrayList<>();
        a.forEach((k, n) -> {
            if (b.getOrDefault(k, 0) < n) {
                lost.add(k.replace("https://w3id.org/unkg/id/", ""));
            }
        });
        b.forEach((k, n) -> {
            if (a.getOrDefault(k, 0) < n) {
                gained.add(k.replace("https://w3id.org/unkg/id/", ""));
            }
        });
        out.add(what + ": lost " + lost.stream().limit(4).toList() + (lost.size() > 4 ? "…" : "") + ", gained "
                + gained.stream().limit(4).toList() + (gained.size() > 4 ? "…" : ""));
    }

    /** The two texts around where they first differ. */
    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "…" + a.substring(from, Math.min(a.length(), i + 40)) + "… became …"
                + b.substring(from, Math.min(b.length(), i + 40)) + "…";
    }

}
