package org.unkg.rdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.unkg.cite.Citation;
import org.unkg.common.IriScheme;
import org.unkg.mention.DocumentMentions;
import org.unkg.mention.DocumentTheme;
import org.unkg.mention.Entity;
import org.unkg.mention.LangString;
import org.unkg.mention.Mention;
import org.unkg.mention.Person;
import org.unkg.structure.Block;
import org.unkg.structure.HeaderField;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;
import org.unkg.structure.Symbol;

/**
 * Writes one converted document as RDF: into its own named graph, the document's own statements (the document, its
 * language version with the full text and provenance, its paragraphs with their offsets in that text, its mentions,
 * citations, meeting, agenda item and themes); into the graph of discovered names
 * ({@link IriScheme#discoveredGraph()}), the names it found that no vocabulary lists; into the graph of what is
 * referred to ({@link IriScheme#referencedGraph()}), the description of its meeting, of an agenda item no vocabulary
 * lists, of the converter and of every document it cites. The names and classes of what the vocabularies list stay
 * in their vocabulary graphs. A statement of the two shared graphs is the same whichever document writes it, so that
 * the writer of many documents keeps one copy of each ({@link #isShared}), and drops the description of a cited
 * document that the corpus holds.
 */
public final class DocumentGraphWriter {

    /** Blocks are separated by a blank line in the version's full text. */
    public static final String BLOCK_SEPARATOR = "\n\n";
    /** How much of its first paragraph names a document that has neither symbol nor title. */
    private static final int LABEL_LENGTH = 60;

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final IriScheme iris;
    private final AgendaItems agendaItems;
    private final String softwareVersion;
    private final IRI discovered;
    private final IRI referenced;
    private final VocabularyNames names;

    public DocumentGraphWriter(IriScheme iris, AgendaItems agendaItems, String softwareVersion) {
        this.iris = iris;
        this.agendaItems = agendaItems;
        this.softwareVersion = softwareVersion;
        this.discovered = TermIris.iri(iris.discoveredGraph());
        this.referenced = TermIris.iri(iris.referencedGraph());
        this.names = new VocabularyNames(iris);
    }

    /**
     * What the writer needs of a converted document besides its structure.
     *
     * @param mediaType the IANA media type of the source file ({@code text/plain}, {@code application/pdf} ...)
     * @param encoding the character encoding its text was read in, for text and web pages
     * @param inDoubt the header fields whose values the text states but the Council's numbering contradicts
     */
    public record Source(String documentKey, String fileName, String mediaType, Optional<String> encoding,
            String sha256, Set<HeaderField> inDoubt) {
    }

    /** The IRI of the document of a key, as the writer names it. */
    public String documentIri(String documentKey) {
        return iris.document(documentKey);
    }

    /** Whether a statement goes to a graph shared by all documents, where another document may write it too. */
    public boolean isShared(Statement st) {
        return discovered.equals(st.getContext()) || referenced.equals(st.getContext())
                || VocabularyNames.inVocabularyGraph(st, iris);
    }

    public void write(RecognizedDocument doc, Source source, List<List<Citation>> citationsByBlock,
            DocumentMentions mentions, RDFHandler out) {
        Emitter e = new Emitter(out, TermIris.iri(iris.graph(source.documentKey())), discovered, referenced);
        String documentIri = iris.document(source.documentKey());
        IRI document = TermIris.iri(documentIri);
        String lang = doc.language();

        e.add(document, TermIris.TYPE, TermIris.documentClass(doc.type()));
        if (doc.symbol().isPresent()) {
            Symbol symbol = doc.symbol().get();
            e.add(document, TermIris.SYMBOL, VF.createLiteral(symbol.canonical()));
            e.add(document, TermIris.LABEL, VF.createLiteral(symbol.canonical()));
            e.add(document, TermIris.SEE_ALSO, VF.createIRI(TermIris.UNDOCS + symbol.key()));
            symbol.securityCouncilResolutionNumber().ifPresent(n ->
                    e.add(document, TermIris.RESOLUTION_NUMBER, VF.createLiteral(String.valueOf(n), XSD.INTEGER)));
        } else {
            e.add(document, TermIris.LABEL, VF.createLiteral(labelWithoutSymbol(doc), lang));
        }
        doc.date().ifPresent(d -> e.add(document, TermIris.DATE, VF.createLiteral(d.toString(), XSD.DATE)));
        writeMeeting(doc, document, e);
        writeAgendaItem(doc, document, e);

        IRI version = TermIris.iri(iris.version(documentIri, lang));
        e.add(document, TermIris.HAS_VERSION, version);
        e.add(version, TermIris.TYPE, TermIris.DOCUMENT_VERSION);
        e.add(version, TermIris.VERSION_OF, document);
        e.add(version, TermIris.LANGUAGE_PROPERTY, TermIris.iri(TermIris.LANGUAGE + lang));
        doc.title().ifPresent(t -> e.add(version, TermIris.TITLE, VF.createLiteral(t, lang)));
        e.add(version, TermIris.SOURCE_FILE, VF.createLiteral(source.fileName()));
        e.add(version, TermIris.SOURCE_MEDIA_TYPE, VF.createLiteral(source.mediaType()));
        source.encoding().ifPresent(enc -> e.add(version, TermIris.SOURCE_ENCODING, VF.createLiteral(enc)));
        e.add(version, TermIris.SOURCE_SHA256, VF.createLiteral(source.sha256()));
        for (HeaderField f : source.inDoubt()) {
            e.add(version, TermIris.FIELD_IN_DOUBT, f == HeaderField.DATE ? TermIris.DATE : TermIris.MEETING);
        }
        doc.symbol().ifPresent(s ->
                e.add(version, TermIris.SEE_ALSO, VF.createIRI(TermIris.UNDOCS + lang + "/" + s.key())));
        IRI agent = TermIris.iri(iris.converterAgent());
        e.add(version, TermIris.WAS_ATTRIBUTED_TO, agent);
        e.referenced(agent, TermIris.TYPE, TermIris.SOFTWARE_AGENT);
        e.referenced(agent, TermIris.LABEL, VF.createLiteral("UNKG converter", "en"));
        e.referenced(agent, TermIris.SOFTWARE_VERSION, VF.createLiteral(softwareVersion));

        StringBuilder fullText = new StringBuilder();
        int codePoints = 0;
        int paragraphNumber = 0;
        IRI parent = null;
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (fullText.length() > 0) {
                fullText.append(BLOCK_SEPARATOR);
                codePoints += BLOCK_SEPARATOR.length();
            }
            int start = codePoints;
            fullText.append(block.text());
            codePoints += block.text().codePointCount(0, block.text().length());
            IRI paragraph = null;
            if (block.isParagraph()) {
                paragraphNumber++;
                paragraph = TermIris.iri(iris.paragraph(documentIri, paragraphNumber));
                writeParagraph(document, paragraph, paragraphNumber, block, start, lang, e);
                if (block.subParagraph() && parent != null) {
                    e.add(paragraph, TermIris.SUB_PARAGRAPH_OF, parent);
                } else {
                    parent = paragraph;
                }
                for (String theme : mentions.themesByBlock().get(i)) {
                    e.add(paragraph, TermIris.SUBJECT, TermIris.iri(theme));
                }
            }
            writeMentions(document, version, paragraph, block.text(), start, mentions.byBlock().get(i),
                    citationsByBlock.get(i), doc.symbol(), e);
        }
        e.add(version, TermIris.FULL_TEXT, VF.createLiteral(fullText.toString(), lang));

        writeCitations(doc, document, citationsByBlock, e);
        for (DocumentTheme theme : mentions.documentThemes()) {
            e.add(document, TermIris.SUBJECT, TermIris.iri(theme.iri()));
            if (theme.main()) {
                e.add(document, TermIris.MAIN_SUBJECT, TermIris.iri(theme.iri()));
            }
        }
        writePeople(document, mentions, e);
        writeDiscovered(document, mentions, e);
        writeListedNames(e);
    }

    /** The names and classes of the listed things the document refers to, in their vocabularies' graphs. */
    private void writeListedNames(Emitter e) {
        List<String> referred = e.own().stream().filter(st -> REFERRING.contains(st.getPredicate()))
                .map(st -> st.getObject().stringValue()).distinct().sorted().toList();
        referred.forEach(iri -> names.of(iri).forEach(e::emit));
    }

    private static final Set<IRI> REFERRING = Set.of(TermIris.MENTIONS, TermIris.SUBJECT, TermIris.MAIN_SUBJECT,
            TermIris.AGENDA_ITEM, TermIris.REFERS_TO);

    /** A document without symbol is called by its title, or failing that by the start of its first paragraph. */
    private static String labelWithoutSymbol(RecognizedDocument doc) {
        return doc.title().orElseGet(() -> {
            String first = doc.paragraphs().get(0).text().strip();
            int cut = first.offsetByCodePoints(0, Math.min(first.codePointCount(0, first.length()), LABEL_LENGTH));
            return cut < first.length() ? first.substring(0, cut) + "…" : first;
        });
    }

    private void writeParagraph(IRI document, IRI paragraph, int number, Block block, int start, String lang,
            Emitter e) {
        e.add(document, TermIris.HAS_PART, paragraph);
        e.add(paragraph, TermIris.TYPE, TermIris.PARAGRAPH);
        if (block.kind() != ParagraphKind.PARAGRAPH) {
            e.add(paragraph, TermIris.TYPE, TermIris.paragraphClass(block.kind()));
        }
        e.add(paragraph, TermIris.IS_PART_OF, document);
        e.add(paragraph, TermIris.PARAGRAPH_NUMBER, integer(number));
        block.numberInText().ifPresent(n -> e.add(paragraph, TermIris.NUMBER_IN_TEXT, VF.createLiteral(n)));
        e.add(paragraph, TermIris.TEXT, VF.createLiteral(block.text(), lang));
        e.add(paragraph, TermIris.START_OFFSET, integer(start));
        e.add(paragraph, TermIris.END_OFFSET, integer(start + block.text().codePointCount(0, block.text().length())));
    }

    /**
     * One {@code unkg:Mention} per name and per citation in a block, with its span in the version's full text; the
     * paragraph and the document mention (or cite) what the spans name.
     */
    private void writeMentions(IRI document, IRI version, IRI paragraph, String text, int blockStart,
            List<Mention> names, List<Citation> citations, Optional<Symbol> own, Emitter e) {
        List<Mention> all = new java.util.ArrayList<>(names);
        for (Citation c : citations) {
            if (own.map(s -> s.key().equals(c.symbol().key())).orElse(false)) {
                continue;
            }
            all.add(new Mention(iris.document(c.symbol().key()), c.start(), c.end(), c.written()));
        }
        Set<String> spans = new java.util.HashSet<>();
        for (Mention m : all) {
            int start = blockStart + text.codePointCount(0, m.start());
            int end = blockStart + text.codePointCount(0, m.end());
            if (!spans.add(start + "-" + end)) {
                continue;
            }
            IRI mention = TermIris.iri(iris.mention(version.stringValue(), start, end));
            e.add(mention, TermIris.TYPE, TermIris.MENTION);
            e.add(mention, TermIris.IN_VERSION, version);
            if (paragraph != null) {
                e.add(mention, TermIris.IN_PARAGRAPH, paragraph);
            }
            e.add(mention, TermIris.START_OFFSET, integer(start));
            e.add(mention, TermIris.END_OFFSET, integer(end));
            e.add(mention, TermIris.MATCHED_TEXT, VF.createLiteral(m.text()));
            IRI target = TermIris.iri(m.target());
            e.add(mention, TermIris.REFERS_TO, target);
            if (!m.target().startsWith(iris.document(""))) {
                e.add(document, TermIris.MENTIONS, target);
                if (paragraph != null) {
                    e.add(paragraph, TermIris.MENTIONS, target);
                }
            }
        }
    }

    private static Literal literal(LangString text) {
        return text.language().isEmpty() ? VF.createLiteral(text.text()) : VF.createLiteral(text.text(), text.language());
    }

    private void writePeople(IRI document, DocumentMentions mentions, Emitter e) {
        for (Person p : mentions.people()) {
            IRI person = TermIris.iri(p.iri());
            e.discovered(person, TermIris.TYPE, TermIris.PERSON);
            e.discovered(person, TermIris.LABEL, VF.createLiteral(p.name(), p.language()));
            e.discovered(person, TermIris.FOAF_NAME, VF.createLiteral(p.name(), p.language()));
            e.add(document, TermIris.MENTIONS, person);
            // no vocabulary lists people: every person is found in the text
            e.discovered(person, TermIris.TYPE, TermIris.DISCOVERED_ENTITY);
            e.discovered(person, TermIris.DISCOVERED_IN, document);
            p.represents().ifPresent(c -> e.discovered(person, TermIris.REPRESENTS, TermIris.iri(c)));
            if (p.signatory()) {
                e.add(document, TermIris.SIGNATORY, person);
            }
        }
        mentions.addressee().ifPresent(a -> e.add(document, TermIris.ADDRESSEE, TermIris.iri(a)));
    }

    /**
     * The bodies and instruments the document names that no vocabulary lists: their classes, the name as the text
     * writes it, the short forms it defines, and that they were found in this document.
     */
    private static void writeDiscovered(IRI document, DocumentMentions mentions, Emitter e) {
        for (Entity entity : mentions.discovered()) {
            IRI target = TermIris.iri(entity.iri());
            entity.types().forEach(t -> e.discovered(target, TermIris.TYPE, TermIris.iri(t)));
            e.discovered(target, TermIris.TYPE, TermIris.DISCOVERED_ENTITY);
            entity.prefLabels().forEach((lang, label) ->
                    e.discovered(target, TermIris.LABEL, VF.createLiteral(label, lang)));
            entity.altLabels().forEach(l -> e.discovered(target, TermIris.ALT_LABEL, literal(l)));
            e.discovered(target, TermIris.DISCOVERED_IN, document);
        }
    }

    private void writeMeeting(RecognizedDocument doc, IRI document, Emitter e) {
        if (doc.meeting().isEmpty()) {
            return;
        }
        int number = doc.meeting().getAsInt();
        IRI meeting = TermIris.iri(iris.meeting(number));
        e.add(document, TermIris.MEETING, meeting);
        e.referenced(meeting, TermIris.TYPE, TermIris.MEETING_CLASS);
        e.referenced(meeting, TermIris.MEETING_NUMBER, integer(number));
        e.referenced(meeting, TermIris.LABEL,
                VF.createLiteral(ordinal(number) + " meeting of the Security Council", "en"));
        e.referenced(meeting, TermIris.LABEL, VF.createLiteral("安全理事会第" + number + "次会议", "zh"));
        Symbol record = Symbol.parse("S/PV." + number).orElseThrow();
        IRI recordIri = TermIris.iri(iris.document(record.key()));
        e.referenced(meeting, TermIris.MEETING_RECORD, recordIri);
        describeCited(recordIri, record, e);
    }

    private void writeAgendaItem(RecognizedDocument doc, IRI document, Emitter e) {
        if (doc.agendaTitle().isEmpty()) {
            return;
        }
        String title = doc.agendaTitle().get();
        Optional<AgendaItems.Item> known = agendaItems.find(title);
        String key = known.map(AgendaItems.Item::key).orElseGet(() -> AgendaItems.keyForUnknown(title));
        IRI item = TermIris.iri(iris.agendaItem(key));
        e.add(document, TermIris.AGENDA_ITEM, item);
        // the vocabulary describes its items under the published base; under another base the item is described here
        if (known.isPresent() && item.stringValue().equals(IriScheme.standard().agendaItem(key))) {
            return;
        }
        e.referenced(item, TermIris.TYPE, TermIris.AGENDA_ITEM_CLASS);
        e.referenced(item, TermIris.IN_SCHEME, TermIris.iri(iris.agendaItemScheme()));
        Map<String, String> labels = known.map(AgendaItems.Item::prefLabels).orElse(Map.of(doc.language(), title));
        for (Map.Entry<String, String> l : labels.entrySet()) {
            e.referenced(item, TermIris.PREF_LABEL, VF.createLiteral(l.getValue(), l.getKey()));
            e.referenced(item, TermIris.LABEL, VF.createLiteral(l.getValue(), l.getKey()));
        }
    }

    private void writeCitations(RecognizedDocument doc, IRI document, List<List<Citation>> citationsByBlock,
            Emitter e) {
        Set<Symbol> cited = new LinkedHashSet<>();
        for (List<Citation> inBlock : citationsByBlock) {
            for (Citation c : inBlock) {
                if (doc.symbol().map(s -> s.key().equals(c.symbol().key())).orElse(false)) {
                    continue;
                }
                cited.add(c.symbol());
            }
        }
        for (Symbol symbol : cited) {
            IRI target = TermIris.iri(iris.document(symbol.key()));
            e.add(document, TermIris.CITES, target);
            describeCited(target, symbol, e);
        }
    }

    /**
     * A cited document's minimal description, from its symbol: the writer of many documents keeps it only for a
     * document the corpus does not hold, whose own graph says more.
     */
    private static void describeCited(IRI target, Symbol symbol, Emitter e) {
        e.referenced(target, TermIris.TYPE, TermIris.documentClass(symbol.type()));
        e.referenced(target, TermIris.SYMBOL, VF.createLiteral(symbol.canonical()));
        e.referenced(target, TermIris.LABEL, VF.createLiteral(symbol.canonical()));
        e.referenced(target, TermIris.SEE_ALSO, VF.createIRI(TermIris.UNDOCS + symbol.key()));
        symbol.securityCouncilResolutionNumber().ifPresent(n ->
                e.referenced(target, TermIris.RESOLUTION_NUMBER, integer(n)));
    }

    private static Literal integer(int n) {
        return VF.createLiteral(String.valueOf(n), XSD.INTEGER);
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /**
     * Sends statements to the output, each at most once: into the document's graph, or into one of the shared
     * graphs. Statements are their own keys: a key spelled out as a string would copy every paragraph's text, and
     * the document's whole text, once more.
     */
    private static final class Emitter {
        private final RDFHandler out;
        private final Resource graph;
        private final Resource discovered;
        private final Resource referenced;
        private final Set<Statement> seen = new java.util.HashSet<>();

        Emitter(RDFHandler out, Resource graph, Resource discovered, Resource referenced) {
            this.out = out;
            this.graph = graph;
            this.discovered = discovered;
            this.referenced = referenced;
        }

        /** A statement of the document's own. */
        void add(Resource s, IRI p, Value o) {
            emit(VF.createStatement(s, p, o, graph));
        }

        /** A statement of the graph of discovered names. */
        void discovered(Resource s, IRI p, Value o) {
            emit(VF.createStatement(s, p, o, discovered));
        }

        /** A statement of the graph of what documents refer to. */
        void referenced(Resource s, IRI p, Value o) {
            emit(VF.createStatement(s, p, o, referenced));
        }

        /** A statement with its graph given. */
        void emit(Statement st) {
            if (seen.add(st)) {
                out.handleStatement(st);
            }
        }

        /** The statements of the document's own graph sent so far. */
        List<Statement> own() {
            return seen.stream().filter(st -> graph.equals(st.getContext())).toList();
        }
    }
}
