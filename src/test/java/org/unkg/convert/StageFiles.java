package org.unkg.convert;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.unkg.cite.Citation;
import org.unkg.mention.DocumentMentions;
import org.unkg.mention.DocumentTheme;
import org.unkg.mention.Mention;
import org.unkg.mention.Person;
import org.unkg.structure.Block;
import org.unkg.structure.RecognizedDocument;

/**
 * What each stage made of a document, written as the readable files of a golden case: the structure (the document's
 * facts and its blocks, one a line), the citations and the mentions of each block, and the N-Quads, sorted.
 */
final class StageFiles {

    /** The files of a case, in the order of the stages. */
    static final List<String> NAMES = List.of("structure.txt", "citations.txt", "mentions.txt", "output.nq");

    private StageFiles() {
    }

    /** The content of one of {@link #NAMES} for a converted document. */
    static String render(String name, ConvertedDocument converted) {
        return switch (name) {
            case "structure.txt" -> structure(converted.document());
            case "citations.txt" -> citations(converted.citations());
            case "mentions.txt" -> mentions(converted.mentions());
            case "output.nq" -> nquads(converted);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String structure(RecognizedDocument d) {
        StringBuilder out = new StringBuilder();
        out.append("language: ").append(d.language()).append('\n');
        out.append("type: ").append(d.type()).append('\n');
        out.append("symbol: ").append(d.symbol().map(s -> s.canonical() + " (from the " + d.symbolSource() + ")")
                .orElse("none")).append('\n');
        out.append("date: ").append(d.date().map(Object::toString).orElse("none")).append('\n');
        out.append("meeting: ").append(d.meeting().isPresent() ? String.valueOf(d.meeting().getAsInt()) : "none")
                .append('\n');
        out.append("agenda item: ").append(d.agendaTitle().orElse("none")).append('\n');
        out.append("title: ").append(d.title().map(StageFiles::oneLine).orElse("none")).append('\n');
        out.append("blocks (number, role, kind, number in the text, first line: text):\n");
        List<Block> blocks = d.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            out.append(i).append(' ').append(b.role());
            if (b.isParagraph()) {
                out.append(' ').append(b.kind());
                b.numberInText().ifPresent(n -> out.append(' ').append(n));
                if (b.subParagraph()) {
                    out.append(" sub-paragraph");
                }
            }
            out.append(" line ").append(b.firstLine()).append(": ").append(oneLine(b.text())).append('\n');
        }
        return out.toString();
    }

    static String citations(List<List<Citation>> byBlock) {
        StringBuilder out = new StringBuilder("block: symbol, span in the block, text\n");
        for (int i = 0; i < byBlock.size(); i++) {
            for (Citation c : byBlock.get(i)) {
                out.append(i).append(": ").append(c.symbol().canonical()).append(", ").append(c.start()).append('-')
                        .append(c.end()).append(", \"").append(oneLine(c.written())).append("\"\n");
            }
        }
        return out.toString();
    }

    static String mentions(DocumentMentions m) {
        StringBuilder out = new StringBuilder("block: what is named, span in the block, text\n");
        for (int i = 0; i < m.byBlock().size(); i++) {
            for (Mention x : m.byBlock().get(i)) {
                out.append(i).append(": ").append(x.target()).append(", ").append(x.start()).append('-')
                        .append(x.end()).append(", \"").append(oneLine(x.text())).append("\"\n");
            }
        }
        out.append("themes by block:\n");
        for (int i = 0; i < m.themesByBlock().size(); i++) {
            if (!m.themesByBlock().get(i).isEmpty()) {
                out.append(i).append(": ").append(sorted(m.themesByBlock().get(i))).append('\n');
            }
        }
        out.append("themes of the document, heaviest first (* main):\n");
        for (DocumentTheme t : m.documentThemes()) {
            out.append(t.main() ? "* " : "  ").append(t.iri()).append(' ').append(t.weight()).append('\n');
        }
        for (Person p : m.people()) {
            out.append("person: ").append(p.iri()).append(", \"").append(p.name()).append("\"@").append(p.language())
                    .append(p.represents().map(r -> ", represents " + r).orElse(""))
                    .append(p.signatory() ? ", signatory" : "").append('\n');
        }
        out.append("addressee: ").append(m.addressee().orElse("none")).append('\n');
        return out.toString();
    }

    /** The statements as N-Quads, as Rio writes them, one a line, sorted. */
    static String nquads(ConvertedDocument converted) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter writer = Rio.createWriter(RDFFormat.NQUADS, bytes);
        writer.startRDF();
        converted.statements().forEach(writer::handleStatement);
        writer.endRDF();
        return Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank()).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String sorted(Set<String> iris) {
        return iris.stream().sorted().collect(Collectors.joining(" "));
    }

    /** A text on one line: its line breaks as the two characters {@code \n}. */
    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
