package org.unkg.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the mention stage found in one document, block by block (in the order of the document's blocks):
 * the names it found, the themes (IRIs) of each block and of the whole document, the people it names, and whom a
 * letter is addressed to.
 */
public record DocumentMentions(List<List<Mention>> byBlock, List<Set<String>> themesByBlock, Set<String> documentThemes,
        List<Person> people, Optional<String> addressee) {
}
