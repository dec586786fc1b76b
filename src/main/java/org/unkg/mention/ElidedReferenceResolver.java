package org.unkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.structure.Block;
import org.unkg.structure.ParagraphKind;

/**
 * Links the short references a document makes to a body or instrument it has named before: "the Committee",
 * "the Panel", "the Monitoring Team", "the Mission", "该委员会", and "that established pursuant to resolution 1267
 * (1999)" after "other sanctions committees". "The Committee" names the body the document defined it to name
 * ("… (hereinafter "the Committee")"); else the one body whose name ends in "Committee" that the document has named
 * before it, or, where it named none, the one the resolution sets up; where that leaves none, or two, the reference
 * stays unlinked: a reference is never guessed. "That established pursuant to resolution N" links to the body of that kind which the vocabulary
 * says resolution N established, as {@link FoundingResolutionLinker} does for the full designation.
 */
final class ElidedReferenceResolver {

    private static final Pattern ENGLISH = Pattern.compile(
            "\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}\\-]*\\s+){0,2}(?:(?:Panel|Group)\\s+of\\s+Experts|Team|Group|Committee"
                    + "|Sub-Committee|Commission|Panel|Mission|Tribunal|Court|Office|Force|Mechanism|Board|Agency"
                    + "|Authority|Fund|Programme"
                    + "|Convention|Protocol|Agreement|Accord|Treaty|Statute|Declaration|Strategy|Memorandum|Framework))"
                    + "(?![\\p{L}\\-])(?!\\s+(?:of|on|for|against|established|set up|created|pursuant|referred)\\b)"
                    + "(?!\\s+\\p{Lu})");
    private static final Pattern CHINESE = Pattern.compile("该(委员会|专家小组|专家组|监测组|特派团|办公室|工作组|公约|议定书|协定)");
    private static final String RES_EN = "\\d{1,4}\\s*\\(\\d{4}\\)";
    private static final Pattern THAT_ESTABLISHED = Pattern.compile(
            "\\b(?:that|those|the one)\\s+(?:established|set up|created)\\s+(?:pursuant to|by|under|in accordance with)"
                    + "\\s+(?:its\\s+)?resolutions?\\s+(" + RES_EN + "(?:\\s*(?:,|and)\\s*" + RES_EN + ")*)");
    private static final Pattern HEAD_BEFORE = Pattern.compile(
            "\\b(committee|panel of experts|group of experts|monitoring team|monitoring group|working group)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Where a name's core ends: its first connector, or the designation by a founding act; a Committee of Experts keeps
     * "of Experts" in its core, being a group of experts and not the committee "the Committee" refers to (a Panel of
     * Experts is "the Panel").
     */
    private static final Pattern CORE_END = Pattern.compile(
            "(?:(?<!Committee)\\s+of|(?<=Committee)\\s+of(?!\\s+Experts\\b)"
                    + "|\\s+(?:on|for|in|to|against|and|established|set up|created|pursuant))\\s.*$");
    /** A short name defined in parentheses: {@code ("the Committee")}, {@code (hereinafter "the Panel")}. */
    private static final Pattern DEFINITION = Pattern.compile(
            "\\(\\s*(?:herein(?:after)?,?\\s+(?:referred\\s+to\\s+as\\s+|called\\s+|known\\s+as\\s+)?)?[\"“](?:the\\s+)?"
                    + "((?:\\p{Lu}[\\p{L}\\-]*\\s+){0,2}(?:(?:Panel|Group)\\s+of\\s+Experts|Committee|Panel|Commission"
                    + "|Group|Team|Mission|Mechanism|Office|Force))[\"”]\\s*\\)");
    /** How far before its definition the body it defines may end ("… 751 (1992) of 24 April 1992 (…)"). */
    private static final int DEFINED_REACH = 120;
    /** How far back in the paragraph the noun that "that established" stands for may be. */
    private static final int HEAD_WINDOW = 300;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern OF_EXPERTS = Pattern.compile("(?<=(?:^|\\s)(?:panel|group)) of experts$");

    private final FoundingResolutionLinker founding;
    /** The cores of the labels seen so far (the vocabulary's labels come back in every document). */
    private final Map<String, Core> cores = new ConcurrentHashMap<>();

    ElidedReferenceResolver(FoundingResolutionLinker founding) {
        this.founding = founding;
    }

    /**
     * Adds a mention for each short reference whose body is certain. {@code establishedHere} holds the bodies the
     * document itself sets up (its resolution is their {@code unkg:establishedBy}), which it may go on to call "the
     * Commission" without having named them, or after naming another of their kind. A short name the document
     * defines for a body ("… resolution 751 (1992) (hereinafter referred to as "the Committee")") stands for that
     * body from there on, whatever else it named. {@code labels} gives an entity's names by its IRI (empty for an IRI
     * it does not know).
     */
    void resolve(List<Block> blocks, String language, List<List<Mention>> byBlock, Set<String> establishedHere,
            Function<String, List<String>> labels) {
        boolean zh = "zh".equals(language);
        List<Definition> definitions = zh ? List.of() : definitions(blocks, byBlock, establishedHere, labels);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.role() == Block.Role.HEADER) {
                continue;
            }
            List<Mention> here = byBlock.get(i);
            List<Mention> added = new ArrayList<>();
            Matcher m = (zh ? CHINESE : ENGLISH).matcher(b.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (taken(here, start, end)) {
                    continue;
                }
                String head = m.group(1);
                Optional<String> defined = definedBefore(definitions, i, start, headKey(head, zh))
                        .flatMap(Definition::target);
                if (defined.isPresent()) {
                    // the document said what the short name stands for
                    added.add(new Mention(defined.get(), start, end, b.text().substring(start, end)));
                    continue;
                }
                Set<String> named = namedBefore(byBlock, i, start, head, zh, labels);
                Set<String> own = new LinkedHashSet<>();
                for (String body : establishedHere) {
                    if (anyEndsWithHead(labels.apply(body), headKey(head, zh), zh)) {
                        own.add(body);
                    }
                }
                if (!named.isEmpty()) {
                    // a resolution that re-establishes a panel names the one before and sets up the next: "the
                    // Panel" after both may be either
                    named.addAll(own);
                } else if (b.kind() != ParagraphKind.PREAMBULAR) {
                    // "Decides to establish a Commission … That the Commission be composed of …": where nothing of
                    // the kind was named before, the body the resolution sets up (never in its preamble, which
                    // speaks of what was before it)
                    named = own;
                }
                if (named.size() == 1) {
                    added.add(new Mention(named.iterator().next(), start, end, b.text().substring(start, end)));
                }
            }
            if (!zh && (b.text().contains("established") || b.text().contains("set up") || b.text().contains("created"))) {
                Matcher t = THAT_ESTABLISHED.matcher(b.text());
                while (t.find()) {
                    if (taken(here, t.start(), t.end())) {
                        continue;
                    }
                    headBefore(b.text(), t.start()).flatMap(h -> founding.establishedBody(h, t.group(1)))
                            .ifPresent(e -> added.add(new Mention(e.iri(), t.start(), t.end(), t.group())));
                }
            }
            if (!added.isEmpty()) {
                here.addAll(added);
                here.sort(Comparator.comparingInt(Mention::start));
            }
        }
    }

    /**
     * A short name the document defines, where (block, offset of its parenthesis), the head in lower case, and the
     * body it stands for: the one named right before it in the same clause, or else the one body of the kind the
     * document sets up ("a Committee of the Security Council consisting of all the members of the Council (herein
     * "the Committee")"); empty where neither is known.
     */
    private record Definition(int block, int at, String head, Optional<String> target) {
    }

    private List<Definition> definitions(List<Block> blocks, List<List<Mention>> byBlock, Set<String> establishedHere,
            Function<String, List<String>> labels) {
        List<Definition> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (blocks.get(i).role() == Block.Role.HEADER || !text.contains("the ")) {
                continue;
            }
            Matcher d = DEFINITION.matcher(text);
            while (d.find()) {
                String h = headKey(d.group(1), false);
                Mention before = null;
                for (Mention x : byBlock.get(i)) {
                    if (x.end() <= d.start() && d.start() - x.end() <= DEFINED_REACH
                            && text.substring(x.end(), d.start()).indexOf(';') < 0
                            && (before == null || x.end() > before.end())
                            && anyEndsWithHead(labels.apply(x.target()), h, false)) {
                        before = x;
                    }
                }
                Optional<String> target = Optional.ofNullable(before).map(Mention::target);
                if (target.isEmpty()) {
                    List<String> own = establishedHere.stream()
                            .filter(body -> anyEndsWithHead(labels.apply(body), h, false)).toList();
                    target = own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
                }
                found.add(new Definition(i, d.start(), h, target));
            }
        }
        return found;
    }

    /** The last definition of this head before the offset {@code at} of block {@code block}. */
    private static Optional<Definition> definedBefore(List<Definition> definitions, int block, int at, String head) {
        Definition last = null;
        for (Definition d : definitions) {
            if ((d.block() < block || d.block() == block && d.at() < at) && d.head().equals(head)) {
                last = d;
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean taken(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(x -> x.start() < end && start < x.end());
    }

    /** The entities named before this point whose name's core ends in the head. */
    private Set<String> namedBefore(List<List<Mention>> byBlock, int block, int at, String head, boolean zh,
            Function<String, List<String>> labels) {
        String h = headKey(head, zh);
        Map<String, Boolean> ends = new HashMap<>();
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i <= block; i++) {
            for (Mention m : byBlock.get(i)) {
                if (i == block && m.start() >= at) {
                    continue;
                }
                // most mentions before a reference are of a few entities: each is looked at once
                if (ends.computeIfAbsent(m.target(), t -> anyEndsWithHead(labels.apply(t), h, zh))) {
                    found.add(m.target());
                }
            }
        }
        return found;
    }

    /** The head as labels' cores are compared with it: in lower case, its spaces single (English). */
    private static String headKey(String head, boolean zh) {
        return zh ? head : WHITESPACE.matcher(head).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a label's core ends in the head; "the Panel of Experts" and "the Group of Experts" are a panel or group
     * whose name says so ("Panel of Experts on Liberia", whose core is "Panel"), not any panel ("the African Union
     * High-level Implementation Panel").
     */
    private boolean anyEndsWithHead(List<String> labels, String h, boolean zh) {
        Matcher experts = zh ? null : OF_EXPERTS.matcher(h);
        boolean ofExperts = experts != null && experts.find();
        String head = ofExperts ? h.substring(0, experts.start()) : h;
        for (String l : labels) {
            if (zh ? l.endsWith(h) && l.length() > h.length()
                    : endsWithHead(core(l), head) && (!ofExperts || l.toLowerCase(Locale.ROOT).contains(h))) {
                return true;
            }
        }
        return false;
    }

    /** {@code h} is the head in lower case, its spaces single. */
    private static boolean endsWithHead(Core label, String h) {
        String core = label.core();
        return core.endsWith(" " + h) || core.endsWith("-" + h) || core.equals(h) && !label.whole().equalsIgnoreCase(h);
    }

    /** A label as it stands (stripped) and its core in lower case, made once for each label. */
    private record Core(String whole, String core) {
    }

    private Core core(String label) {
        return cores.computeIfAbsent(label, l -> {
            String whole = l.strip();
            return new Core(whole, CORE_END.matcher(whole).replaceFirst("").toLowerCase(Locale.ROOT));
        });
    }

    /** The body "that" stands for: the last body noun before it in the paragraph, in the singular. */
    private static Optional<String> headBefore(String text, int at) {
        Matcher h = HEAD_BEFORE.matcher(text).region(Math.max(0, at - HEAD_WINDOW), at);
        String last = null;
        while (h.find()) {
            last = h.group(1);
        }
        if (last == null) {
            return Optional.empty();
        }
        String singular = last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1).toLowerCase(Locale.ROOT);
        return Optional.of(singular.replace("experts", "Experts").replace("team", "Team").replace("group", "Group"));
    }
}
