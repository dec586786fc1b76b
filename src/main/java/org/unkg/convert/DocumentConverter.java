package org.unkg.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.unkg.structure.LanguageReader;
import org.unkg.structure.LanguageReaders;
import org.unkg.structure.RecognizedDocument;
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

    public ConvertedDocument convert(SourceDocument source) throws ConversionException {
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
                decoded.encoding(), source.sha256()),
                cited, found, new AbstractRDFHandler() {
                    @Override
                    public void handleStatement(Statement st) {
                        statements.add(st);
                    }
                });
        return new ConvertedDocument(name, key.key(), doc, cited, found, statements, warnings);
    }
}
