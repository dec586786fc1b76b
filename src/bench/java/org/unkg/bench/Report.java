package org.unkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's findings as Markdown: titled tables and notes, in the order they were added. */
final class Report {

    private final StringBuilder md = new StringBuilder();
    private final List<String> notes = new ArrayList<>();

    void heading(String text) {
        md.append("\n### ").append(text).append("\n\n");
    }

    void line(String text) {
        md.append(text).append("\n");
    }

    void table(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            md.append("(nothing measured)\n");
            return;
        }
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append("\n");
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown() {
        StringBuilder out = new StringBuilder(md);
        if (!notes.isEmpty()) {
            out.append("\n### Notes\n\n");
            notes.forEach(n -> out.append("- ").append(n).append("\n"));
        }
        return out.toString();
    }

    /** A number with thousands separators and {@code decimals} decimals; "n/a" for NaN. */
    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
