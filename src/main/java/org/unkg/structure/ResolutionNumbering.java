package org.unkg.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which Security Council resolution numbers belong to which year, from the first number of each year
 * ({@code resolution-years.csv}). Years after the table are bounded by the Council's pace since 1990 (between 35 and
 * 100 resolutions a year), so the check stays useful without yearly edits.
 */
public final class ResolutionNumbering {

    /** Misprints aside, a number may stray this far over a year boundary (late adoption, numbering quirks). */
    private static final int SLACK = 3;
    private static final int FEWEST_PER_YEAR = 35;
    private static final int MOST_PER_YEAR = 100;

    private static final ResolutionNumbering INSTANCE = load();

    private final TreeMap<Integer, Integer> firstByYear;

    private ResolutionNumbering(TreeMap<Integer, Integer> firstByYear) {
        this.firstByYear = firstByYear;
    }

    public static ResolutionNumbering get() {
        return INSTANCE;
    }

    /** Whether resolution {@code number} can have been adopted in {@code year}. */
    public boolean plausible(int number, int year) {
        int firstYear = firstByYear.firstKey();
        int lastYear = firstByYear.lastKey();
        if (number < 1 || year < firstYear) {
            return false;
        }
        if (year < lastYear) {
            return number >= firstByYear.get(year) - SLACK && number < firstByYear.get(year + 1) + SLACK;
        }
        int beyond = year - lastYear;
        int first = firstByYear.get(lastYear);
        return number >= first + FEWEST_PER_YEAR * beyond - SLACK
                && number < first + MOST_PER_YEAR * (beyond + 1) + SLACK;
    }

    /**
     * The year of resolution {@code number}, where the table settles it: numbers up to the last year listed, away
     * from the edges of a year (where the table could be off by a resolution or two).
     */
    public OptionalInt yearOf(int number) {
        Integer result = null;
        for (var e : firstByYear.entrySet()) {
            if (e.getValue() <= number) {
                result = e.getKey();
            }
        }
        if (result == null || result.equals(firstByYear.lastKey())) {
            return OptionalInt.empty();
        }
        int first = firstByYear.get(result);
        int next = firstByYear.get(result + 1);
        boolean nearEdge = number - first < SLACK && result > firstByYear.firstKey() || next - number <= SLACK;
        return nearEdge ? OptionalInt.empty() : OptionalInt.of(result);
    }

    /** Digits that scanning confuses with one another. */
    private static final String[][] CONFUSED = {{"3", "8"}, {"8", "3"}, {"1", "7"}, {"7", "1"}, {"0", "8"},
        {"8", "0"}, {"5", "6"}, {"6", "5"}, {"0", "6"}, {"6", "0"}, {"9", "8"}, {"8", "9"}};

    /**
     * The number itself when it fits the year; else the one number that a single misread digit would give and that
     * fits the year (so {@code 239 (1970)} reads 289); else nothing.
     */
    public OptionalInt mend(int number, int year) {
        if (plausible(number, year)) {
            return OptionalInt.of(number);
        }
        String digits = String.valueOf(number);
        Set<Integer> candidates = new TreeSet<>();
        for (int i = 0; i < digits.length(); i++) {
            for (String[] pair : CONFUSED) {
                if (digits.substring(i, i + 1).equals(pair[0])) {
                    int n = Integer.parseInt(digits.substring(0, i) + pair[1] + digits.substring(i + 1));
                    if (plausible(n, year)) {
                        candidates.add(n);
                    }
                }
            }
        }
        return candidates.size() == 1 ? OptionalInt.of(candidates.iterator().next())
                : OptionalInt.empty();
    }

    private static ResolutionNumbering load() {
        TreeMap<Integer, Integer> table = new TreeMap<>();
        try (InputStream in = ResolutionNumbering.class.getResourceAsStream("resolution-years.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("year")) {
                    continue;
                }
                String[] cells = line.split(",");
                table.put(Integer.parseInt(cells[0].strip()), Integer.parseInt(cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("resolution-years.csv: " + e.getMessage(), e);
        }
        return new ResolutionNumbering(table);
    }
}
