package org.unkg.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the structure stage found a document to be: its type, symbol, date, meeting, agenda item title and title,
 * and its text as blocks in reading order.
 *
 * @param language the BCP 47 tag of the version's language ({@code zh}, {@code en})
 * @param symbolSource where the symbol came from (text, manifest, file name), for provenance and messages
 */
public record RecognizedDocument(
        String language,
        DocumentType type,
        Optional<Symbol> symbol,
        String symbolSource,
        Optional<LocalDate> date,
        OptionalInt meeting,
        Optional<String> agendaTitle,
        Optional<String> title,
        List<Block> blocks) {

    public List<Block> paragraphs() {
        return blocks.stream().filter(Block::isParagraph).toList();
    }

    /** The same document with another date and meeting, as a check against other documents settled them. */
    public RecognizedDocument withDateAndMeeting(Optional<LocalDate> otherDate, OptionalInt otherMeeting) {
        return new RecognizedDocument(language, type, symbol, symbolSource, otherDate, otherMeeting, agendaTitle, title,
                blocks);
    }

    public RecognizedDocument withSymbol(Symbol s, String source) {
        DocumentType t = type == DocumentType.DOCUMENT ? s.type() : type;
        return new RecognizedDocument(language, t, Optional.of(s), source, date, meeting, agendaTitle, title, blocks);
    }
}
