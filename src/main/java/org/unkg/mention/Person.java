package org.unkg.mention;

import java.util.Optional;
import org.eclipse.rdf4j.model.IRI;

/** A person a document names: a letter's signatory or a briefer, with the country the person speaks for if stated. */
public record Person(IRI iri, String name, String language, Optional<IRI> represents, boolean signatory) {
}
