package org.unkg.mention;

import java.util.Optional;

/**
 * A person a document names: a letter's signatory or a briefer, with the IRI of the country the person speaks for if
 * stated.
 */
public record Person(String iri, String name, String language, Optional<String> represents, boolean signatory) {
}
