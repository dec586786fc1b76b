package org.unkg.serve.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.unkg.serve.ontology.OntologyPage.Diagram;
import org.unkg.serve.ontology.OntologyPage.DiagramEdge;
import org.unkg.serve.ontology.OntologyPage.DiagramNode;
import org.unkg.serve.ontology.OntologyPage.LegendEntry;
import org.unkg.serve.ontology.OntologyPage.Marker;
import org.unkg.serve.ontology.OntologyPage.Term;

/**
 * Lays out a class diagram for SVG: the classes as boxes on an ellipse, in the order around it that makes the fewest
 * crossing edges (then the shortest), the properties as curves bent towards the centre, one colour and dash per
 * property, and a legend below. Deterministic: the same ontology always gives the same picture.
 */
final class DiagramLayout {

    /** A property drawn from one class to another (or to itself), by index. */
    record Edge(int property, int from, int to) {
    }

    /** Colours, the most distinct first: the properties with the most edges get them, solid, then dashed. */
    private static final String[] COLOURS = {"#1f6fb4", "#e07000", "#2a9d2a", "#d62728", "#8e5cc4", "#8c564b",
        "#d6439f", "#0e9aa7"};
    private static final String[] DASHES = {"", "7 4", "2 3"};

    private static final double FONT = 14;
    private static final double BOX_HEIGHT = 32;
    private static final double MARGIN = 16;
    private static final double LEGEND_GAP = 36;
    private static final double LEGEND_LINE = 24;

    private final List<Term> nodes;
    private final List<Term> properties;
    private final List<Edge> edges;
    /** Each property's rank by its number of edges, most first: it picks the colour and dash. */
    private final int[] rank;

    DiagramLayout(List<Term> nodes, List<Term> properties, List<Edge> edges) {
        this.nodes = nodes;
        this.properties = properties;
        this.edges = edges;
        int[] count = new int[properties.size()];
        for (Edge edge : edges) {
            count[edge.property()]++;
        }
        List<Integer> byCount = new ArrayList<>();
        for (int p = 0; p < properties.size(); p++) {
            byCount.add(p);
        }
        byCount.sort((a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : Integer.compare(a, b));
        this.rank = new int[properties.size()];
        for (int r = 0; r < byCount.size(); r++) {
            rank[byCount.get(r)] = r;
        }
    }

    Diagram layout() {
        int n = nodes.size();
        int[] order = order();
        double[] width = new double[n];
        double widest = 0;
        for (int i = 0; i < n; i++) {
            // Box labels are bold: a little wider than the estimate.
            width[i] = Math.max(72, textWidth(name(nodes.get(i)), FONT) * 1.08 + 28);
            widest = Math.max(widest, width[i]);
        }
        double rx = Math.max(180, 27 * n);
        double ry = Math.max(140, 21 * n);
        double cx = MARGIN + widest / 2 + rx;
        double cy = MARGIN + BOX_HEIGHT / 2 + 48 + ry;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int slot = 0; slot < n; slot++) {
            int node = order[slot];
            double angle = -Math.PI / 2 + 2 * Math.PI * slot / n;
            x[node] = cx + rx * Math.cos(angle);
            y[node] = cy + ry * Math.sin(angle);
        }

        List<DiagramEdge> drawn = new ArrayList<>();
        Map<String, List<Edge>> byPair = new HashMap<>();
        for (Edge edge : edges) {
            String key = Math.min(edge.from(), edge.to()) + "-" + Math.max(edge.from(), edge.to());
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(edge);
        }
        Set<Integer> used = new TreeSet<>();
        for (Edge edge : edges) {
            used.add(edge.property());
            String key = Math.min(edge.from(), edge.to()) + "-" + Math.max(edge.from(), edge.to());
            List<Edge> group = byPair.get(key);
            int k = group.indexOf(edge);
            String path = edge.from() == edge.to()
                    ? loop(x[edge.from()], y[edge.from()], width[edge.from()], cx, cy, k)
                    : curve(edge, x, y, width, cx, cy, k, group.size());
            Term property = properties.get(edge.property());
            String tooltip = name(nodes.get(edge.from())) + " \u2192 " + name(property) + " \u2192 "
                    + name(nodes.get(edge.to())) + " (" + property.curie() + ")";
            drawn.add(new DiagramEdge(path, colour(edge.property()), dash(edge.property()),
                    "arrow-" + colourIndex(edge.property()), tooltip));
        }

        double right = cx + rx + widest / 2 + MARGIN;
        double bottom = cy + ry + BOX_HEIGHT / 2 + MARGIN;
        List<DiagramNode> boxes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Term term = nodes.get(i);
            boxes.add(new DiagramNode(term.href(), name(term), term.label() == null ? "" : term.labelLang(),
                    term.curie(), num(x[i] - width[i] / 2), num(y[i] - BOX_HEIGHT / 2), num(width[i]),
                    num(BOX_HEIGHT), num(x[i]), num(y[i] + FONT * 0.35)));
        }

        // The legend under the drawing, in as many columns as fit its width, filled column by column.
        double entryWidth = 0;
        for (int p : used) {
            Term property = properties.get(p);
            entryWidth = Math.max(entryWidth, 50 + textWidth(name(property), FONT)
                    + textWidth(property.curie(), FONT * 0.8) + 24);
        }
        int columns = Math.max(1, Math.min(used.size(), (int) ((right - 2 * MARGIN) / Math.max(1, entryWidth))));
        int rows = (used.size() + columns - 1) / columns;
        double columnWidth = columns == 1 ? entryWidth : (right - 2 * MARGIN) / columns;
        double legendTop = bottom + LEGEND_GAP;
        List<LegendEntry> legend = new ArrayList<>();
        for (int p : used) {
            Term property = properties.get(p);
            int column = legend.size() / rows;
            int row = legend.size() % rows;
            double lx = MARGIN + column * columnWidth;
            double lineY = legendTop + row * LEGEND_LINE;
            legend.add(new LegendEntry(property.href(), name(property),
                    property.label() == null ? "" : property.labelLang(), property.curie(), colour(p), dash(p),
                    "arrow-" + colourIndex(p), num(lineY), num(lineY + FONT * 0.35), num(lx), num(lx + 40),
                    num(lx + 50)));
        }
        double totalWidth = Math.max(right, MARGIN * 2 + columns * columnWidth);
        double totalHeight = legend.isEmpty() ? bottom : legendTop + (rows - 1) * LEGEND_LINE + LEGEND_LINE / 2
                + MARGIN;

        Set<Integer> colours = new LinkedHashSet<>();
        used.forEach(p -> colours.add(colourIndex(p)));
        List<Marker> markers = colours.stream().map(c -> new Marker("arrow-" + c, COLOURS[c])).toList();
        return new Diagram("0 0 " + num(totalWidth) + " " + num(totalHeight), num(totalWidth), num(totalHeight),
                boxes, drawn, legend, markers);
    }

    // ---------------------------------------------------------------- order around the ellipse

    /** The nodes' order around the ellipse: fewest crossings of chords, then shortest chords; node 0 first. */
    private int[] order() {
        int n = nodes.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < 4) {
            return order;
        }
        List<int[]> pairs = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Edge edge : edges) {
            int a = Math.min(edge.from(), edge.to());
            int b = Math.max(edge.from(), edge.to());
            if (a != b && seen.add(a + "-" + b)) {
                pairs.add(new int[] {a, b});
            }
        }
        long best = cost(order, pairs);
        boolean improved = true;
        for (int round = 0; improved && round < 100; round++) {
            improved = false;
            for (int i = 1; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    swap(order, i, j);
                    long cost = cost(order, pairs);
                    if (cost < best) {
                        best = cost;
                        improved = true;
                    } else {
                        swap(order, i, j);
                    }
                }
            }
        }
        // The best connected class at the top.
        int[] degree = new int[n];
        for (int[] pair : pairs) {
            degree[pair[0]]++;
            degree[pair[1]]++;
        }
        int top = 0;
        for (int slot = 1; slot < n; slot++) {
            if (degree[order[slot]] > degree[order[top]]) {
                top = slot;
            }
        }
        int[] rotated = new int[n];
        for (int slot = 0; slot < n; slot++) {
            rotated[slot] = order[(slot + top) % n];
        }
        return rotated;
    }

    private static void swap(int[] order, int i, int j) {
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
    }

    private static long cost(int[] order, List<int[]> pairs) {
        int n = order.length;
        int[] slot = new int[n];
        for (int i = 0; i < n; i++) {
            slot[order[i]] = i;
        }
        long crossings = 0;
        long length = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int a = Math.min(slot[pairs.get(p)[0]], slot[pairs.get(p)[1]]);
            int b = Math.max(slot[pairs.get(p)[0]], slot[pairs.get(p)[1]]);
            length += Math.min(b - a, n - (b - a));
            for (int q = p + 1; q < pairs.size(); q++) {
                int c = Math.min(slot[pairs.get(q)[0]], slot[pairs.get(q)[1]]);
                int d = Math.max(slot[pairs.get(q)[0]], slot[pairs.get(q)[1]]);
                if (a != c && a != d && b != c && b != d && (a < c && c < b) != (a < d && d < b)) {
                    crossings++;
                }
            }
        }
        return crossings * 1000 + length;
    }

    // ---------------------------------------------------------------- geometry

    /** A quadratic curve between two boxes, bent towards the centre and spread from its parallels. */
    private static String curve(Edge edge, double[] x, double[] y, double[] width, double cx, double cy, int k,
            int parallels) {
        int a = edge.from();
        int b = edge.to();
        double mx = (x[a] + x[b]) / 2;
        double my = (y[a] + y[b]) / 2;
        double pull = 0.3;
        double qx = mx + (cx - mx) * pull;
        double qy = my + (cy - my) * pull;
        // Spread parallel edges on either side, the same side for the same pair whichever way an edge goes.
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        double dx = x[hi] - x[lo];
        double dy = y[hi] - y[lo];
        double length = Math.hypot(dx, dy);
        double offset = (k - (parallels - 1) / 2.0) * 34;
        qx += -dy / length * offset;
        qy += dx / length * offset;
        double[] start = border(x[a], y[a], width[a], qx, qy, 0);
        double[] end = border(x[b], y[b], width[b], qx, qy, 3);
        return "M" + num(start[0]) + " " + num(start[1]) + " Q" + num(qx) + " " + num(qy) + " " + num(end[0]) + " "
                + num(end[1]);
    }

    /** A loop from a box back to itself, on the side away from the centre. */
    private static String loop(double x, double y, double width, double cx, double cy, int k) {
        double angle = Math.atan2(y - cy, x - cx);
        double spread = 0.45;
        double reach = 62 + 16 * k;
        double[] start = border(x, y, width, x + Math.cos(angle - spread) * 100, y + Math.sin(angle - spread) * 100, 0);
        double[] end = border(x, y, width, x + Math.cos(angle + spread) * 100, y + Math.sin(angle + spread) * 100, 3);
        double c1x = start[0] + Math.cos(angle - spread * 1.6) * reach;
        double c1y = start[1] + Math.sin(angle - spread * 1.6) * reach;
        double c2x = end[0] + Math.cos(angle + spread * 1.6) * reach;
        double c2y = end[1] + Math.sin(angle + spread * 1.6) * reach;
        return "M" + num(start[0]) + " " + num(start[1]) + " C" + num(c1x) + " " + num(c1y) + " " + num(c2x) + " "
                + num(c2y) + " " + num(end[0]) + " " + num(end[1]);
    }

    /** Where the ray from a box's centre towards a point leaves the box, moved out by a gap. */
    private static double[] border(double x, double y, double width, double towardsX, double towardsY, double gap) {
        double dx = towardsX - x;
        double dy = towardsY - y;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return new double[] {x, y};
        }
        double halfW = width / 2;
        double halfH = BOX_HEIGHT / 2;
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
        double bx = x + dx * scale;
        double by = y + dy * scale;
        return new double[] {bx + dx / length * gap, by + dy / length * gap};
    }

    // ---------------------------------------------------------------- text and style

    /** What a box or legend line says: the label in the reader's language, else the prefixed name. */
    static String name(Term term) {
        return term.label() != null ? term.label() : term.curie();
    }

    /** An estimate of a text's width in pixels at a font size: CJK characters are square, Latin ones narrower. */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x2E80) {
                em += 1.0;
            } else if (c == ' ') {
                em += 0.3;
            } else if (Character.isUpperCase(c) || c == 'm' || c == 'w') {
                em += 0.72;
            } else if (c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == '.' || c == ':') {
                em += 0.32;
            } else {
                em += 0.56;
            }
        }
        return em * size;
    }

    private int colourIndex(int property) {
        return rank[property] % COLOURS.length;
    }

    private String colour(int property) {
        return COLOURS[colourIndex(property)];
    }

    private String dash(int property) {
        return DASHES[(rank[property] / COLOURS.length) % DASHES.length];
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
