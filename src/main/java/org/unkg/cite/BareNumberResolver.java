package org.unkg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.unkg.structure.ResolutionNumbering;
import org.unkg.structure.Symbol;

/**
 * Gives a year to the Council resolutions a document names by number alone ({@code resolution 1373}): the year the
 * same document gives that number elsewhere, else the year the Council's numbering puts it in. A number the
 * document could not have cited (higher than its own, for a resolution) stays unresolved.
 */
public final class BareNumberResolver {

    private final ResolutionNumbering numbering = ResolutionNumbering.get();

    /**
     * @param scans one scan per block of the document, in order
     * @param ownNumber the document's own resolution number, or empty for other documents
     * @return the citations of each block, the resolved bare numbers among them
     */
    public List<List<Citation>> resolve(List<CitationFinder.Found> scans, OptionalInt ownNumber) {
        Map<Integer, Integer> yearInDocument = new HashMap<>();
        for (CitationFinder.Found f : scans) {
            for (Citation c : f.citations()) {
                c.symbol().securityCouncilResolutionNumber().ifPresent(n ->
                        yearInDocument.putIfAbsent(n, c.symbol().securityCouncilResolutionYear().getAsInt()));
            }
        }
        List<List<Citation>> out = new ArrayList<>();
        for (CitationFinder.Found f : scans) {
            List<Citation> block = new ArrayList<>(f.citations());
            for (CitationFinder.BareNumber b : f.bare()) {
                if (ownNumber.isPresent() && b.number() >= ownNumber.getAsInt()) {
                    continue;
                }
                Integer year = yearInDocument.get(b.number());
                OptionalInt y = year != null ? OptionalInt.of(year) : numbering.yearOf(b.number());
                y.ifPresent(yy -> block.add(new Citation(Symbol.securityCouncilResolution(b.number(), yy),
                        b.start(), b.end(), b.written())));
            }
            block.sort(java.util.Comparator.comparingInt(Citation::start));
            out.add(block);
        }
        return out;
    }
}
