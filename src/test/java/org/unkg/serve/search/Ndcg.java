package org.unkg.serve.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalized discounted cumulative gain at a cut-off, with graded gains {@code 2^grade - 1} and the discount
 * {@code log2(rank + 1)}. A paragraph gains its own grade; a paragraph that is not judged but whose document is gains
 * the document's grade, once per document, so that a document judged as a whole is found by any one of its
 * paragraphs and does not fill the page with them.
 */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranked, Map<String, Integer> grades) {
        List<Integer> gains = new ArrayList<>();
        Set<String> documentsSeen = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (String iri : ranked) {
            if (!seen.add(iri)) {
                continue;
            }
            Integer grade = grades.get(iri);
            if (grade == null && JudgedQueries.isParagraph(iri)) {
                String document = JudgedQueries.documentOf(iri);
                if (grades.containsKey(document) && documentsSeen.add(document)) {
                    grade = grades.get(document);
                }
            }
            gains.add(grade == null ? 0 : grade);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(Comparator.reverseOrder());
        double best = dcg(k, ideal);
        return best == 0 ? 0 : dcg(k, gains) / best;
    }

    private static double dcg(int k, List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
