package org.unkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.RowSet;

/** The SPARQL examples of the README's "Queries to try", and the comparison of answers row for row. */
public final class ReadmeQueries {

    private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    private ReadmeQueries() {
    }

    /** The queries by their place in the README: {@code README query 1}, ... */
    public static Map<String, String> all() {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf("\n## Queries to try");
        if (start < 0) {
            throw new IllegalStateException("the README has no \"Queries to try\"");
        }
        int end = readme.indexOf("\n## ", start + 1);
        Matcher block = SPARQL_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Map<String, String> queries = new LinkedHashMap<>();
        while (block.find()) {
            queries.put("README query " + (queries.size() + 1), block.group(1));
        }
        return queries;
    }

    /** Each row as its variables' values; the answer as the number of times each row comes. */
    public static Map<Map<String, Node>, Integer> rows(RowSet rows) {
        Map<Map<String, Node>, Integer> counted = new HashMap<>();
        rows.forEachRemaining(binding -> {
            Map<String, Node> row = new HashMap<>();
            binding.forEach((variable, value) -> row.put(variable.getVarName(), value));
            counted.merge(row, 1, Integer::sum);
        });
        return counted;
    }

    /** A few of the rows of one answer that the other lacks or has another number of times. */
    public static List<String> onlyIn(Map<Map<String, Node>, Integer> one, Map<Map<String, Node>, Integer> other) {
        return one.entrySet().stream().filter(row -> !row.getValue().equals(other.get(row.getKey())))
                .limit(3).map(row -> row.getValue() + " × " + row.getKey()).toList();
    }
}
