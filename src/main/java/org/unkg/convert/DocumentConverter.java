package org.unkg.convert;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.unkg.cite.BareNumberResolver;
import org.unkg.cite.Citation;
import org.unkg.cite.CitationFinder;
import org.unkg.mention.DocumentMentions;
import org.unkg.mention.MentionFinder;
import org.unkg.rdf.DocumentGraphWriter;
import org.unkg.source.SourceDocument;
import org.unkg.source.SourceReader;
import org.unkg.source.SourceText;
import org.unkg.source.UnreadableSourceException;
import org.unkg.structure.Block;
import org.unkg.structure.HeaderField;
import org.unkg.structure.LanguageReader;
import org.unkg.structure.LanguageReaders;
import org.unkg.structure.RecognizedDocument;
import org.unkg.structure.StatedHeader;
import org.unkg.structure.StructureDoubts;
import org.unkg.structure.Symbol;
import org.unkg.text.PageNoiseFilter;
import org.unkg.text.SourceLine;
import org.unkg.text.SourceLines;
import org.unkg.text.TextNormalizer;

/** Runs one source file through the pipeline's stages: decode, clean, recognize structure, find citations, map. */
public final class DocumentConverter {

    private final SourceReader sources = new SourceReader();
    private final PageNoiseFilter noise = new PageNoiseFilter();
    private final LanguageReaders readers;
    private final CitationFinder citations = new CitationFinder();
    private final BareNumberResolver bareNumbers = new BareNumberResolver();
    private final DocumentGraphWriter writer;

    private final MentionFinder mentions;

    public DocumentConverter(LanguageReaders readers, MentionFinder mentions, DocumentGraphWriter writer) {
        this.readers = readers;
        this.mentions = mentions;
        this.writer = writer;
    }

    /** Whether a statement goes to a graph that every document may write into (see {@link DocumentGraphWriter}). */
    public boolean isShared(Statement st) {
        return writer.isShared(st);
    }

    /** The IRI of the document of a key. */
    public String documentIri(String documentKey) {
        return writer.documentIri(documentKey);
    }

    /** A document read as far as its structure: what the corpus-level checks need before it is written. */
    record Recognized(String fileName, String sha256, SourceText decoded, DocumentKeys.Decision key,
            RecognizedDocument document, StatedHeader stated, List<String> warnings) {
    }

    public ConvertedDocument convert(SourceDocument source) throws ConversionException {
        return convert(source, Optional.empty());
    }

    /**
     * Converts a file; a verdict of the numbering check, if any, sets its date and meeting, marks its fields in doubt
     * and adds its warnings.
     */
    ConvertedDocument convert(SourceDocument source, Optional<NumberingCheck.Verdict> verdict)
            throws ConversionException {
        return convert(recognize(source), verdict);
    }

    /** As {@link #convert(SourceDocument, Optional)}, for a file whose structure was read already. */
    ConvertedDocument convert(Recognized r, Optional<NumberingCheck.Verdict> verdict) {
        RecognizedDocument doc = r.document();
        List<String> warnings = new ArrayList<>(r.warnings());
        Set<HeaderField> inDoubt = EnumSet.noneOf(HeaderField.class);
        if (verdict.isPresent()) {
            doc = doc.withDateAndMeeting(verdict.get().date(), verdict.get().meeting());
            inDoubt.addAll(verdict.get().inDoubt());
            warnings.addAll(verdict.get().warnings());
        }
        return complete(r, doc, inDoubt, warnings);
    }

    /** Decodes, cleans and reads the structure of a file: its type, symbol, date, meeting and blocks. */
    Recognized recognize(SourceDocument source) throws ConversionException {
        String name = source.fileName();
        SourceText decoded;
        try {
            decoded = sources.read(source);
        } catch (UnreadableSourceException e) {
            throw new ConversionException(name + ": " + e.getMessage(), e);
        }
        String normalized = TextNormalizer.normalize(decoded.text());
        List<SourceLine> lines = noise.filter(SourceLines.of(normalized));
        if (lines.isEmpty()) {
            throw new ConversionException(name + ": the file holds no text");
        }
        LanguageReader reader = readers.choose(normalized, source.manifestEntry().flatMap(e -> e.language()));
        RecognizedDocument doc = reader.read(lines, normalized);
        if (doc.paragraphs().isEmpty()) {
            throw new ConversionException(name + ": no paragraphs were recognized (lines " + lines.get(0).number()
                    + "-" + lines.get(lines.size() - 1).number() + "); is it a UN document?");
        }

        List<String> warnings = new ArrayList<>();
        DocumentKeys.Decision key = DocumentKeys.decide(doc.symbol(), source);
        Optional<Symbol> named = DocumentKeys.fromFileName(name);
        if (named.isPresent() && doc.symbol().isPresent() && !named.get().equals(doc.symbol().get())) {
            warnings.add(name + ": the text gives the symbol " + doc.symbol().get() + " but the file name says "
                    + named.get() + "; the text's symbol is used");
        }
        if (key.symbol().isPresent() && doc.symbol().isEmpty()) {
            doc = doc.withSymbol(key.symbol().get(), key.source());
        }
        if (doc.date().isEmpty()) {
            warnings.add(name + ": no date found");
        }
        return new Recognized(name, source.sha256(), decoded, key, doc, reader.stated(doc), warnings);
    }

    private ConvertedDocument complete(Recognized r, RecognizedDocument doc, Set<HeaderField> inDoubt,
            List<String> warnings) {
        String name = r.fileName();
        SourceText decoded = r.decoded();
        DocumentKeys.Decision key = r.key();
        List<CitationFinder.Found> scans = new ArrayList<>();
        for (Block block : doc.blocks()) {
            // The header states the document's own symbol and its draft's; neither is a citation.
            scans.add(block.role() == Block.Role.HEADER ? new CitationFinder.Found(List.of(), List.of())
                    : citations.scan(block.text()));
        }
        List<List<Citation>> cited = bareNumbers.resolve(scans,
                doc.symbol().map(s -> s.securityCouncilResolutionNumber()).orElse(java.util.OptionalInt.empty()));
        DocumentMentions found = mentions.find(doc);
        List<Statement> statements = new ArrayList<>();
        writer.write(doc, new DocumentGraphWriter.Source(key.key(), name, decoded.format().mediaType(),
                decoded.encoding(), r.sha256(), inDoubt),
                cited, found, new AbstractRDFHandler() {
                    @Override
                    public void handleStatement(Statement st) {
                        statements.add(st);
                    }
                });
        List<String> uncertain = StructureDoubts.of(doc).stream()
                .map(d -> name + ": uncertain structure: " + d).toList();
        List<String> all = new ArrayList<>(warnings);
        all.addAll(uncertain);
        return new ConvertedDocument(name, key.key(), doc, cited, found, statements, all, uncertain);
    }
}
