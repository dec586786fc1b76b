package org.unkg.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the UN's English way, {@code 28 September 2001}, also as {@code September 28, 2001} or with the
 * year in brackets ({@code 25 August (1947)}), and forgives the misspelt months of scanned text ({@code Janunry}) by
 * taking the month nearest in spelling. Texts are read in ordinary character forms.
 */
final class EnglishDates {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\s*([A-Za-z]{3,10})\\.?\\s*,?\\s*\\(?([1Il][89][\\dOIl]{2}|20[\\dOIl]{2})\\b");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b([A-Za-z]{3,10})\\.?\\s+(\\d{1,2}),?\\s+(1[89]\\d\\d|20\\d\\d)\\b");

    private EnglishDates() {
    }

    static Optional<LocalDate> first(String text) {
        return all(text).stream().findFirst();
    }

    /** Every date of a text, those written day first before those written month first. */
    static List<LocalDate> all(String text) {
        List<LocalDate> dates = new java.util.ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            date(m.group(3), m.group(2), m.group(1)).ifPresent(dates::add);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            date(m.group(3), m.group(1), m.group(2)).ifPresent(dates::add);
        }
        return dates;
    }

    private static Optional<LocalDate> date(String year, String monthName, String day) {
        int month = month(monthName);
        if (month == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits(year)), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Scanned years read the digit one as the letter I or l, and zero as O. */
    private static String digits(String year) {
        return year.replace('I', '1').replace('l', '1').replace('O', '0');
    }

    /** 1 to 12, or 0 when the word is no month even allowing for two wrong letters. */
    static int month(String word) {
        String w = word.toLowerCase();
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < MONTHS.size(); i++) {
            String m = MONTHS.get(i);
            if (w.equals(m) || w.length() >= 3 && w.length() <= 4 && m.startsWith(w)) {
                return i + 1;
            }
            int d = distance(w, m);
            if (d < bestDistance) {
                bestDistance = d;
                best = i + 1;
            }
        }
        return w.length() >= 5 && bestDistance <= 2 ? best : 0;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
