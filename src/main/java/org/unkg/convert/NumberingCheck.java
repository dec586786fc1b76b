package org.unkg.convert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.unkg.structure.HeaderField;
import org.unkg.structure.StatedHeader;
import org.unkg.structure.StatedHeader.Stated;

/**
 * Checks the dates and meetings of the Security Council resolutions of a conversion against the Council's numbering.
 * Resolutions are numbered in the order they are adopted, so over their numbers their dates and meeting numbers never
 * go down. The values that keep that order are the longest run of them that does; a value outside it breaks the order.
 * Such a value is replaced by another that a line of the same document states and that fits between the neighbours'
 * values (and, for a date, in the year of the resolution's symbol), with a warning naming the line; where no line
 * states one, the text's value is kept, with a warning, and the field is marked in doubt.
 */
final class NumberingCheck {

    /** A resolution as read: its file, number and year, date and meeting, and what its lines state. */
    record Numbered(String fileName, int number, int year, Optional<LocalDate> date, OptionalInt meeting,
            StatedHeader stated) {

        String symbol() {
            return "S/RES/" + number + " (" + year + ")";
        }
    }

    /** What the check decided for one file: the date and meeting to use, the fields in doubt, the warnings. */
    record Verdict(Optional<LocalDate> date, OptionalInt meeting, Set<HeaderField> inDoubt, List<String> warnings) {
    }

    /** A value that broke the order, between which neighbours, and what became of it. */
    record Break(int number, String symbol, HeaderField field, String value, String lower, String upper,
            String outcome) {

        String line() {
            return symbol + " " + field.word() + " " + value + " (after " + lower + ", before " + upper + "): "
                    + outcome;
        }
    }

    /** The verdicts by file (only for files the check changed or doubted) and every value that broke the order. */
    record Verdicts(Map<String, Verdict> verdicts, List<Break> breaks) {

        Optional<Verdict> verdict(String fileName) {
            return Optional.ofNullable(verdicts.get(fileName));
        }
    }

    /** One field seen as numbers: a date as its epoch day. */
    private record OrderedField<T>(HeaderField field, Function<Numbered, Optional<T>> value, Function<T, Long> order,
            Function<StatedHeader, List<Stated<T>>> stated) {
    }

    private static final OrderedField<LocalDate> DATE = new OrderedField<>(HeaderField.DATE, Numbered::date,
            LocalDate::toEpochDay, StatedHeader::dates);
    private static final OrderedField<Integer> MEETING = new OrderedField<>(HeaderField.MEETING,
            e -> e.meeting().isPresent() ? Optional.of(e.meeting().getAsInt()) : Optional.empty(), Integer::longValue,
            StatedHeader::meetings);

    private NumberingCheck() {
    }

    static Verdicts check(List<Numbered> entries) {
        List<Numbered> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Numbered::number).thenComparing(Numbered::fileName));
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        Map<String, OptionalInt> meetings = new HashMap<>();
        Map<String, Set<HeaderField>> doubts = new HashMap<>();
        Map<String, List<String>> warnings = new HashMap<>();
        List<Break> breaks = new ArrayList<>();
        check(sorted, DATE, (e, d) -> dates.put(e.fileName(), Optional.of(d)), doubts, warnings, breaks);
        check(sorted, MEETING, (e, m) -> meetings.put(e.fileName(), OptionalInt.of(m)), doubts, warnings, breaks);

        Map<String, Verdict> verdicts = new HashMap<>();
        for (Numbered e : sorted) {
            String f = e.fileName();
            if (dates.containsKey(f) || meetings.containsKey(f) || doubts.containsKey(f)) {
                verdicts.put(f, new Verdict(dates.getOrDefault(f, e.date()), meetings.getOrDefault(f, e.meeting()),
                        doubts.getOrDefault(f, EnumSet.noneOf(HeaderField.class)),
                        warnings.getOrDefault(f, List.of())));
            }
        }
        breaks.sort(Comparator.comparingInt(Break::number).thenComparing(Break::field).thenComparing(Break::symbol));
        return new Verdicts(verdicts, breaks);
    }

    private interface Taker<T> {
        void take(Numbered e, T value);
    }

    private static <T> void check(List<Numbered> sorted, OrderedField<T> field, Taker<T> taker,
            Map<String, Set<HeaderField>> doubts, Map<String, List<String>> warnings, List<Break> breaks) {
        List<Numbered> with = sorted.stream().filter(e -> field.value().apply(e).isPresent()).toList();
        int n = with.size();
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = field.order().apply(field.value().apply(with.get(i)).get());
        }
        boolean[] kept = longestNonDecreasing(values);
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                continue;
            }
            Numbered e = with.get(i);
            int before = keptBefore(kept, i, Set.of());
            int after = keptAfter(kept, i, Set.of());
            String why = why(field, with, e, before, after);
            Optional<Stated<T>> fitting = fitting(field, e, bound(values, before, Long.MIN_VALUE),
                    bound(values, after, Long.MAX_VALUE));
            if (fitting.isPresent()) {
                take(field, taker, e, fitting.get(), why, warnings, breaks, with, before, after);
                continue;
            }
            // Of two values out of order, the longest run may have kept the wrong one: if the values this one
            // conflicts with each have another, stated by a line of their own document, that fits with this one kept,
            // those are the ones that break the order.
            Set<Integer> conflicting = new TreeSet<>();
            for (int j = 0; j < n; j++) {
                if (kept[j] && (j < i && values[j] > values[i] || j > i && values[j] < values[i])) {
                    conflicting.add(j);
                }
            }
            kept[i] = true;
            List<Stated<T>> repairs = new ArrayList<>();
            for (int c : conflicting) {
                int lo = keptBefore(kept, c, conflicting);
                int hi = keptAfter(kept, c, conflicting);
                fitting(field, with.get(c), bound(values, lo, Long.MIN_VALUE), bound(values, hi, Long.MAX_VALUE))
                        .ifPresent(repairs::add);
            }
            if (!conflicting.isEmpty() && repairs.size() == conflicting.size()) {
                int k = 0;
                for (int c : conflicting) {
                    Stated<T> repair = repairs.get(k++);
                    int lo = keptBefore(kept, c, conflicting);
                    int hi = keptAfter(kept, c, conflicting);
                    take(field, taker, with.get(c), repair, why(field, with, with.get(c), lo, hi), warnings, breaks,
                            with, lo, hi);
                    values[c] = field.order().apply(repair.value());
                }
                continue;
            }
            kept[i] = false;
            doubts.computeIfAbsent(e.fileName(), k -> EnumSet.noneOf(HeaderField.class)).add(field.field());
            String outcome = "no line of the document states a " + field.field().word()
                    + " that fits: the text's value is kept and marked in doubt";
            warnings.computeIfAbsent(e.fileName(), k -> new ArrayList<>()).add(e.fileName() + ": " + why + "; "
                    + outcome);
            breaks.add(new Break(e.number(), e.symbol(), field.field(), String.valueOf(field.value().apply(e).get()),
                    symbolAt(with, before), symbolAt(with, after), outcome));
        }
    }

    private static <T> void take(OrderedField<T> field, Taker<T> taker, Numbered e, Stated<T> fitting, String why,
            Map<String, List<String>> warnings, List<Break> breaks, List<Numbered> with, int before, int after) {
        taker.take(e, fitting.value());
        String outcome = "line " + fitting.line() + " states " + fitting.value() + ", which fits: taken";
        warnings.computeIfAbsent(e.fileName(), k -> new ArrayList<>()).add(e.fileName() + ": " + why + "; " + outcome);
        breaks.add(new Break(e.number(), e.symbol(), field.field(), String.valueOf(field.value().apply(e).get()),
                symbolAt(with, before), symbolAt(with, after), outcome));
    }

    /** A value other than the document's own that one of its lines states, within the bounds (a date in its year). */
    private static <T> Optional<Stated<T>> fitting(OrderedField<T> field, Numbered e, long lo, long hi) {
        T value = field.value().apply(e).get();
        return field.stated().apply(e.stated()).stream()
                .filter(s -> !s.value().equals(value))
                .filter(s -> field.order().apply(s.value()) >= lo && field.order().apply(s.value()) <= hi)
                .filter(s -> !(s.value() instanceof LocalDate d) || d.getYear() == e.year())
                .findFirst();
    }

    private static <T> String why(OrderedField<T> field, List<Numbered> with, Numbered e, int before, int after) {
        T value = field.value().apply(e).get();
        String where = field.stated().apply(e.stated()).stream().filter(s -> s.value().equals(value)).findFirst()
                .map(s -> "line " + s.line() + ": ").orElse("");
        return where + "the " + field.field().word() + " " + value + " of " + e.symbol()
                + " breaks the order of the Council's numbering (" + neighbour(field, with, before) + ", "
                + neighbour(field, with, after) + ")";
    }

    private static <T> String neighbour(OrderedField<T> field, List<Numbered> with, int at) {
        return at < 0 || at >= with.size() ? "none"
                : with.get(at).symbol() + " " + field.value().apply(with.get(at)).get();
    }

    private static String symbolAt(List<Numbered> with, int at) {
        return at < 0 || at >= with.size() ? "-" : with.get(at).symbol();
    }

    private static long bound(long[] values, int at, long none) {
        return at < 0 || at >= values.length ? none : values[at];
    }

    private static int keptBefore(boolean[] kept, int i, Set<Integer> except) {
        int j = i - 1;
        while (j >= 0 && (!kept[j] || except.contains(j))) {
            j--;
        }
        return j;
    }

    private static int keptAfter(boolean[] kept, int i, Set<Integer> except) {
        int j = i + 1;
        while (j < kept.length && (!kept[j] || except.contains(j))) {
            j++;
        }
        return j;
    }

    /**
     * Which values belong to one longest run that never goes down (patience sorting, O(n log n)); ties go to the
     * run that ends with the smaller values.
     */
    static boolean[] longestNonDecreasing(long[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            // the first run end greater than the value: a run may continue with an equal value
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (values[tails[mid]] <= values[i]) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
