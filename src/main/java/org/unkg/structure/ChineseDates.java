package org.unkg.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the Chinese way, {@code 2012 年 4 月 25 日}, with or without spaces around the numbers, in
 * ordinary character forms (full-width digits read as ASCII ones).
 */
final class ChineseDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private ChineseDates() {
    }

    /** The first date of a text in ordinary forms. */
    static Optional<LocalDate> first(String folded) {
        return all(folded).stream().findFirst();
    }

    /** Every date of a text in ordinary forms, in order. */
    static List<LocalDate> all(String folded) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(folded);
        while (m.find()) {
            try {
                dates.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // not a real date: look further
            }
        }
        return dates;
    }
}
