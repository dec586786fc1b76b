package org.unkg.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the mention stage found in one document, block by block (in the order of the document's blocks):
 * the names it found, the themes (IRIs) of each block, the themes of the whole document (heaviest first, the main
 * ones marked), the people it names, whom a letter is addressed to, and the bodies and instruments it names that no
 * vocabulary lists ({@code discovered}).
 */
public record DocumentMentions(List<List<Mention>> byBlock, List<Set<String>> themesByBlock,
        List<DocumentTheme> documentThemes, List<Person> people, Optional<String> addressee, List<Entity> discovered) {

    /** The IRIs of the document's main themes, heaviest first. */
    public List<String> mainThemes() {
        return documentThemes.stream().filter(DocumentTheme::main).map(DocumentTheme::iri).toList();
    }
}
