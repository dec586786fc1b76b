package org.unkg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a reading of a document's structure had to guess, said in words for a warning: a type no symbol or title
 * states, a resolution without an adoption line, without operative paragraphs or with paragraphs that open with
 * nothing the reader knows, header lines found among the paragraphs. A document with none of these read as the
 * conventions of its kind say.
 */
public final class StructureDoubts {

    /** How many unplaced paragraphs a warning lists by number. */
    private static final int LISTED = 5;

    private StructureDoubts() {
    }

    public static List<String> of(RecognizedDocument d) {
        List<String> doubts = new ArrayList<>();
        boolean resolution = d.type() == DocumentType.RESOLUTION;
        boolean resolutionSymbol = d.symbol().flatMap(s -> s.securityCouncilResolutionNumber().isPresent()
                ? java.util.Optional.of(s) : java.util.Optional.empty()).isPresent();
        if (d.type() == DocumentType.DOCUMENT) {
            doubts.add("type unknown (no symbol or title says what the document is): read as a document");
        } else if (resolution && !resolutionSymbol) {
            doubts.add("type guessed: read as a resolution, though no resolution symbol was found");
        }
        if (resolution && d.meeting().isEmpty()) {
            doubts.add("no adoption line found (no meeting" + (d.date().isEmpty() ? " and no date" : "") + ")");
        }
        List<Block> paragraphs = d.paragraphs();
        if (resolution) {
            if (paragraphs.stream().noneMatch(p -> p.kind() == ParagraphKind.OPERATIVE)) {
                doubts.add("no operative paragraph found");
            }
            List<Integer> unplaced = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).kind() == ParagraphKind.PARAGRAPH) {
                    unplaced.add(i + 1);
                }
            }
            if (!unplaced.isEmpty()) {
                doubts.add(unplaced.size() + " paragraph" + (unplaced.size() == 1 ? "" : "s")
                        + " with no opener the reader knows (neither preambular nor operative): "
                        + unplaced.stream().limit(LISTED).map(n -> "paragraph " + n)
                                .collect(Collectors.joining(", ")) + (unplaced.size() > LISTED ? ", …" : ""));
            }
        }
        int first = -1;
        int last = -1;
        List<Block> blocks = d.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isParagraph()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Integer> stray = new ArrayList<>();
        for (int i = first + 1; i < last; i++) {
            Block b = blocks.get(i);
            if (b.role() == Block.Role.HEADER && !isChapeauOrHeading(b)) {
                stray.add(b.firstLine());
            }
        }
        if (first >= 0 && !stray.isEmpty()) {
            doubts.add("header lines among the paragraphs, kept as header lines: line " + stray.stream().limit(LISTED)
                    .map(String::valueOf).collect(Collectors.joining(", line ")) + (stray.size() > LISTED ? ", …" : ""));
        }
        return doubts;
    }

    /** A chapeau ("The Security Council,") or a part's title may stand between paragraphs. */
    private static boolean isChapeauOrHeading(Block b) {
        return b.text().length() <= 80;
    }
}
