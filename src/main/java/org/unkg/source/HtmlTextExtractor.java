package org.unkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.unkg.common.Scripts;

/**
 * The text of a web page, with jsoup: what a browser shows, each block (paragraph, heading, list item, table cell)
 * on a line of its own, white space collapsed as HTML collapses it (a line break between two Chinese characters
 * disappears, as CSS has it), and the number or bullet a browser draws before a list item written out. Scripts,
 * styles and the page's navigation are not the document's text.
 *
 * <p>The page's own charset declaration (byte-order mark or {@code <meta charset>}) is followed; a page that declares
 * none is decoded as plain text files are ({@link TextDecoder}).
 */
public final class HtmlTextExtractor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "nav",
            "select", "button");

    private final TextDecoder decoder = new TextDecoder();

    public SourceText read(byte[] bytes) throws UnreadableSourceException {
        Document doc;
        String encoding;
        try {
            if (declaresCharset(bytes)) {
                doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
                encoding = doc.charset().name();
            } else {
                DecodedText decoded = decoder.decode(bytes);
                doc = Jsoup.parse(decoded.text());
                encoding = decoded.encoding();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSourceException("not a readable web page: " + e.getMessage(), e);
        }
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, doc.body() == null ? doc : doc.body());
        lines.flush();
        String text = lines.out.toString();
        if (text.isBlank()) {
            throw new UnreadableSourceException("the web page holds no text");
        }
        return new SourceText(text, Optional.of(encoding), SourceFormat.HTML);
    }

    private static boolean declaresCharset(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xEF)) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("charset=") || head.contains("charset =");
    }

    /** Walks the page and writes its blocks as lines. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        /** One counter per open list: the next item's number, or -1 for a bulleted list. */
        private final Deque<int[]> lists = new ArrayDeque<>();
        private final Deque<String> listTypes = new ArrayDeque<>();
        /** A list item's label, written before the item's first text, however deep in the item that is. */
        private String pendingLabel = "";
        private int skipping;
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (skipping == 0) {
                    String s = t.getWholeText();
                    if (preformatted > 0) {
                        String[] parts = s.split("\n", -1);
                        for (int i = 0; i < parts.length; i++) {
                            if (i > 0) {
                                flush();
                            }
                            line.append(parts[i]);
                        }
                    } else {
                        line.append(s);
                    }
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (SKIPPED.contains(name)) {
                skipping++;
                return;
            }
            if (skipping > 0) {
                return;
            }
            if (name.equals("br")) {
                flush();
            } else if (BLOCKS.contains(name)) {
                flush();
            }
            if (name.equals("pre")) {
                preformatted++;
            }
            if (name.equals("ol")) {
                int start = 1;
                try {
                    start = e.hasAttr("start") ? Integer.parseInt(e.attr("start").strip()) : 1;
                } catch (NumberFormatException ignored) {
                    // a start that is no number: count from 1, as browsers do
                }
                lists.push(new int[] {start});
                listTypes.push(e.attr("type"));
            } else if (name.equals("ul")) {
                lists.push(new int[] {-1});
                listTypes.push("");
            } else if (name.equals("li")) {
                pendingLabel = label(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (SKIPPED.contains(name)) {
                skipping--;
                return;
            }
            if (skipping > 0) {
                return;
            }
            if (BLOCKS.contains(name)) {
                flush();
            }
            if (name.equals("pre")) {
                preformatted--;
            }
            if ((name.equals("ol") || name.equals("ul")) && !lists.isEmpty()) {
                lists.pop();
                listTypes.pop();
            }
        }

        private String label(Element li) {
            if (lists.isEmpty()) {
                return "";
            }
            int[] counter = lists.peek();
            if (counter[0] < 0) {
                return "• ";
            }
            int n = li.hasAttr("value") ? parseOr(li.attr("value"), counter[0]) : counter[0];
            counter[0] = n + 1;
            String type = listTypes.peek();
            String number = switch (type) {
                case "a" -> ListLabels.format(n, "lowerLetter");
                case "A" -> ListLabels.format(n, "upperLetter");
                case "i" -> ListLabels.format(n, "lowerRoman");
                case "I" -> ListLabels.format(n, "upperRoman");
                default -> String.valueOf(n);
            };
            return number + ". ";
        }

        private static int parseOr(String s, int fallback) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        void flush() {
            String collapsed = collapse(line);
            line.setLength(0);
            if (!collapsed.isEmpty()) {
                out.append(pendingLabel).append(collapsed).append('\n');
                pendingLabel = "";
            }
        }

        /**
         * HTML's white-space collapsing: runs of white space become one space, none at the ends; a run holding a line
         * break between two Chinese characters becomes nothing, since Chinese sets no space between words.
         */
        private static String collapse(CharSequence s) {
            StringBuilder sb = new StringBuilder(s.length());
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (!isWhite(c)) {
                    sb.append(c);
                    i++;
                    continue;
                }
                int end = i;
                boolean newline = false;
                while (end < n && isWhite(s.charAt(end))) {
                    newline |= s.charAt(end) == '\n';
                    end++;
                }
                boolean between = sb.length() > 0 && end < n;
                boolean cjk = between && Scripts.isCjk(sb.charAt(sb.length() - 1)) && Scripts.isCjk(s.charAt(end));
                if (between && !(newline && cjk)) {
                    sb.append(' ');
                }
                i = end;
            }
            return sb.toString();
        }

        private static boolean isWhite(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
    }
}
