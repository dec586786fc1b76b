package org.unkg.metamorphic;

import org.jsoup.nodes.Entities;

/**
 * Writes a document as a web page as the UN publishes one: the header (symbol, date, title) in a table, each
 * paragraph in a {@code <p>}, inside a page with a title, a navigation bar and a script that are not the document's
 * text, and the source's own line breaks within paragraphs (a page's HTML is wrapped for its editor, not its reader).
 */
final class WebPageLayout {

    private WebPageLayout() {
    }

    static String write(LogicalDocument doc) {
        String lang = doc.chinese() ? "zh" : "en";
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(doc.symbol().orElse(doc.name())))
                .append("</title>\n<script>window.dataLayer = [];</script>\n</head>\n<body>\n")
                .append("<nav><a href=\"/\">Home</a> | <a href=\"/documents\">Documents</a></nav>\n")
                .append("<div class=\"document\">\n");
        if (doc.headerLines() > 0) {
            html.append("<table class=\"header\">\n");
            for (String line : doc.lines().subList(0, doc.headerLines())) {
                html.append("<tr><td>").append(escape(line)).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        for (String line : doc.lines().subList(doc.headerLines(), doc.lines().size())) {
            html.append("<p>").append(wrapSource(escape(line), doc.chinese() ? 60 : 100)).append("</p>\n");
        }
        return html.append("</div>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /** The HTML source broken at spaces every so many characters, which a browser shows as one space. */
    private static String wrapSource(String text, int width) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ", -1)) {
            if (column > 0 && column + word.length() > width) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
