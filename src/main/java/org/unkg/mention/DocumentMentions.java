package org.unkg.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;

/**
 * Everything the mention stage found in one document, block by block (in the order of the document's blocks):
 * the names it found, the themes of each block and of the whole document, the people it names, and whom a letter is
 * addressed to.
 */
public record DocumentMentions(List<List<Mention>> byBlock, List<Set<IRI>> themesByBlock, Set<IRI> documentThemes,
        List<Person> people, Optional<IRI> addressee) {
}
