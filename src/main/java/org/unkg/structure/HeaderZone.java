package org.unkg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.text.SourceLine;

/**
 * The header at the top of a UN document (the organ, the symbol, the distribution, the date, the original language):
 * as many of the first lines as hold nothing but header items. The lines are read as one text, so that an item broken
 * across lines ({@code Distr.:} / {@code General}) or two items on one line (the two columns of the first page) are
 * still items; a line that holds anything else ends the header.
 */
final class HeaderZone {

    private HeaderZone() {
    }

    /**
     * How many of the first lines are header lines.
     *
     * @param item one header item, in ordinary character forms; it must be followed by white space or the end
     */
    static int lines(List<SourceLine> lines, Pattern item, int atMost) {
        int n = Math.min(lines.size(), atMost);
        StringBuilder sb = new StringBuilder();
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i).folded());
            ends[i] = sb.length();
        }
        Matcher m = item.matcher(sb);
        int at = 0;
        while (true) {
            while (at < sb.length() && Character.isWhitespace(sb.charAt(at))) {
                at++;
            }
            if (at >= sb.length()) {
                break;
            }
            m.region(at, sb.length());
            if (!m.lookingAt() || m.end() == at || m.end() < sb.length() && !Character.isWhitespace(sb.charAt(m.end()))
                    && !Character.isWhitespace(sb.charAt(m.end() - 1))) {
                break;
            }
            at = m.end();
        }
        int count = 0;
        while (count < n && ends[count] <= at) {
            count++;
        }
        return count;
    }
}
