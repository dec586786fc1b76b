package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unkg.source.Manifest;
import org.unkg.source.SourceFiles;
import org.unkg.structure.HeaderField;
import org.unkg.structure.StatedHeader;
import org.unkg.structure.StatedHeader.Stated;

/**
 * The resolutions' dates and meetings checked against the Council's numbering: the bundled corpus's every value that
 * breaks the order, with what became of it, is a golden list ({@code src/test/resources/numbering/breaks.txt},
 * rewritten with {@code -Dunkg.golden.update=true}); after the check the values not in doubt are in order; and the
 * rule itself on made-up resolutions.
 */
class NumberingOrderTest {

    private static final Path GOLDEN = Path.of("src/test/resources/numbering/breaks.txt");
    private static final boolean UPDATE = Boolean.getBoolean("unkg.golden.update");

    @Test
    void theBundledCorpusBreaksTheOrderWhereTheGoldenListSays() throws Exception {
        List<Path> files = new ArrayList<>(SourceFiles.expand(List.of(Converters.EN, Converters.ZH)));
        BatchConverter batch = new BatchConverter(Converters.converter(), Runtime.getRuntime().availableProcessors());
        List<NumberingCheck.Numbered> entries = new ArrayList<>();
        NumberingCheck.Verdicts result = batch.checkNumbering(files, Manifest.empty(), name -> { }, entries::add);

        StringBuilder listing = new StringBuilder();
        result.breaks().forEach(b -> listing.append(b.line()).append('\n'));
        if (UPDATE) {
            Files.writeString(GOLDEN, listing, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), listing.toString(),
                "the values that break the Council's numbering changed; review, then -Dunkg.golden.update=true");

        // After the check, the values not in doubt never go down over the numbers.
        assertTrue(entries.size() > 2000, "resolutions read: " + entries.size());
        entries.sort((a, b) -> Integer.compare(a.number(), b.number()));
        LocalDate lastDate = LocalDate.MIN;
        int lastMeeting = 0;
        for (NumberingCheck.Numbered e : entries) {
            Optional<NumberingCheck.Verdict> v = result.verdict(e.fileName());
            Set<HeaderField> doubt = v.map(NumberingCheck.Verdict::inDoubt).orElse(Set.of());
            Optional<LocalDate> date = v.map(NumberingCheck.Verdict::date).orElse(e.date());
            OptionalInt meeting = v.map(NumberingCheck.Verdict::meeting).orElse(e.meeting());
            if (date.isPresent() && !doubt.contains(HeaderField.DATE)) {
                assertFalse(date.get().isBefore(lastDate), e.symbol() + " dated " + date.get() + " after " + lastDate);
                lastDate = date.get();
            }
            if (meeting.isPresent() && !doubt.contains(HeaderField.MEETING)) {
                assertTrue(meeting.getAsInt() >= lastMeeting, e.symbol() + " at meeting " + meeting.getAsInt()
                        + " after " + lastMeeting);
                lastMeeting = meeting.getAsInt();
            }
        }
    }

    @Test
    void aValueThatBreaksTheOrderIsReplacedByOneALineStatesOrKeptInDoubt() {
        NumberingCheck.Verdicts r = NumberingCheck.check(List.of(
                entry("a", 10, "2001-03-01", 100, dates()),
                // a misprinted date, corrected by its catalogue line
                entry("b", 11, "2001-01-09", 101, dates(Optional.of("2001-01-09"), "2001-03-09")),
                entry("c", 12, "2001-03-20", 102, dates()),
                // a meeting of another resolution's header; no line states another
                entry("d", 13, "2001-03-21", 999, dates()),
                entry("e", 14, "2001-03-22", 104, dates())));
        assertEquals(Optional.of(LocalDate.parse("2001-03-09")), r.verdict("b").get().date());
        assertEquals(Set.of(), r.verdict("b").get().inDoubt());
        assertTrue(r.verdict("b").get().warnings().get(0).contains("line 7 states 2001-03-09"),
                r.verdict("b").get().warnings().toString());
        assertEquals(OptionalInt.of(999), r.verdict("d").get().meeting());
        assertEquals(Set.of(HeaderField.MEETING), r.verdict("d").get().inDoubt());
        assertEquals(Optional.empty(), r.verdict("a"));
        assertEquals(2, r.breaks().size());
    }

    @Test
    void ofTwoValuesOutOfOrderTheOneAnotherLineCorrectsIsCorrected() {
        // 12's date is as likely as 13's to be the wrong one by their order alone; 13's own catalogue says which.
        NumberingCheck.Verdicts r = NumberingCheck.check(List.of(
                entry("a", 11, "1991-03-02", 1, dates()),
                entry("b", 12, "1991-03-26", 2, dates()),
                entry("c", 13, "1991-03-09", 3, dates(Optional.of("1991-03-09"), "1991-04-09")),
                entry("d", 14, "1991-04-29", 4, dates())));
        assertEquals(Optional.empty(), r.verdict("b"));
        assertEquals(Optional.of(LocalDate.parse("1991-04-09")), r.verdict("c").get().date());
        assertEquals(Set.of(), r.verdict("c").get().inDoubt());
    }

    private static StatedHeader dates(Optional<String> own, String other) {
        List<Stated<LocalDate>> dates = new ArrayList<>();
        own.ifPresent(d -> dates.add(new Stated<>(LocalDate.parse(d), 1)));
        dates.add(new Stated<>(LocalDate.parse(other), 7));
        return new StatedHeader(dates, List.of());
    }

    private static StatedHeader dates() {
        return new StatedHeader(List.of(), List.of());
    }

    private static NumberingCheck.Numbered entry(String file, int number, String date, int meeting, StatedHeader s) {
        LocalDate d = LocalDate.parse(date);
        return new NumberingCheck.Numbered(file, number, d.getYear(), Optional.of(d), OptionalInt.of(meeting), s);
    }
}
