package org.unkg.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settles a resolution's year, symbol and date when its scanned text disagrees with itself: {@code Resolution 171
 * (1961) of 9 April 1962}, {@code 48 (1948). Resolution of 23 April 1943}, {@code 510 (1982) … held on 15 June 1872}.
 * Every year the text states (in symbols and in dates) is a vote; the year most often stated wins, the first symbol's
 * on a tie. A date whose year is one misread digit away from the winner takes the winner's year.
 */
final class AdoptionYear {

    record Settled(Optional<Symbol> symbol, Optional<LocalDate> date) {
    }

    private AdoptionYear() {
    }

    /**
     * @param symbols the Council resolution symbols the text states, the document's own words first
     * @param dates the dates the text states, the adoption date's likely places first
     */
    static Settled settle(List<Symbol> symbols, List<LocalDate> dates) {
        List<LocalDate> plausibleDates = new LinkedHashSet<>(dates).stream().filter(d -> plausibleYear(d.getYear()))
                .toList();
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        for (Symbol s : symbols) {
            s.securityCouncilResolutionYear().ifPresent(y -> votes.merge(y, 1, Integer::sum));
        }
        for (LocalDate d : plausibleDates) {
            votes.merge(d.getYear(), 1, Integer::sum);
        }
        Optional<Integer> year = votes.entrySet().stream()
                .filter(e -> plausibleYear(e.getKey()))
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
        if (year.isEmpty()) {
            return new Settled(symbols.stream().findFirst(), plausibleDates.stream().findFirst());
        }
        int y = year.get();
        Optional<Symbol> symbol = symbols.stream()
                .filter(s -> s.securityCouncilResolutionNumber().isPresent())
                .map(s -> ResolutionNumbering.get().mend(s.securityCouncilResolutionNumber().getAsInt(), y))
                .filter(n -> n.isPresent())
                .map(n -> Symbol.securityCouncilResolution(n.getAsInt(), y))
                .findFirst();
        Optional<LocalDate> date = plausibleDates.stream().filter(d -> d.getYear() == y).findFirst()
                .or(() -> dates.stream().filter(d -> oneDigitApart(d.getYear(), y)).findFirst()
                        .flatMap(d -> withYear(d, y)));
        return new Settled(symbol, date);
    }

    private static boolean plausibleYear(int year) {
        return year >= 1946 && year <= Year.now().getValue() + 1;
    }

    private static boolean oneDigitApart(int a, int b) {
        String x = String.valueOf(a);
        String z = String.valueOf(b);
        if (x.length() != z.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            differences += x.charAt(i) == z.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }

    private static Optional<LocalDate> withYear(LocalDate d, int year) {
        try {
            return Optional.of(d.withYear(year));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
