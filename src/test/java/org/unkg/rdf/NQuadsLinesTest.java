package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/** The converter's own N-Quads lines are Rio's, character for character, whatever the IRIs and literals hold. */
class NQuadsLinesTest {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    /** Characters that each take another path through the escaping: quotes, controls, percent-encoded, non-ASCII. */
    private static final String TRICKY = "aZ09 \"\\\n\r\t\u0000\u0001\u000B\u001F\u007F\u0085\u00A0\u00E9<>{}|^`%#/:"
            + "\u4E2D\u6587\uD83D\uDE00\uD800\u2028";

    @Property(tries = 500, seed = "20261122")
    void sameLinesAsRio(@ForAll("statements") List<Statement> statements) {
        for (RDFFormat format : List.of(RDFFormat.NQUADS, RDFFormat.NTRIPLES)) {
            StringWriter rio = new StringWriter();
            RDFWriter writer = Rio.createWriter(format, rio);
            writer.startRDF();
            statements.forEach(writer::handleStatement);
            writer.endRDF();
            StringBuilder ours = new StringBuilder();
            NQuadsLines lines = new NQuadsLines(format == RDFFormat.NQUADS);
            statements.forEach(st -> lines.append(st, ours));
            assertEquals(rio.toString(), ours.toString(), format.getName());
        }
    }

    @Provide
    Arbitrary<List<Statement>> statements() {
        Arbitrary<String> text = Arbitraries.strings().withChars(TRICKY.toCharArray()).ofMaxLength(12);
        Arbitrary<IRI> iri = text.map(t -> VF.createIRI("https://w3id.org/unkg/id/" + t));
        Arbitrary<Value> literal = Combinators.combine(text, Arbitraries.integers().between(0, 4)).as((t, kind) ->
                switch (kind) {
                    case 0 -> VF.createLiteral(t);
                    case 1 -> VF.createLiteral(t, "zh");
                    case 2 -> VF.createLiteral(t, XSD.INTEGER);
                    case 3 -> VF.createLiteral(t, VF.createIRI("https://example.org/dt#" + t));
                    default -> VF.createLiteral(t, "en-GB");
                });
        Arbitrary<Value> object = Arbitraries.oneOf(iri.map(Value.class::cast), literal,
                text.map(t -> VF.createBNode("b" + t.replaceAll("[^A-Za-z0-9]", ""))));
        Arbitrary<Statement> statement = Combinators.combine(iri, iri, object, iri, Arbitraries.of(true, false))
                .as((s, p, o, g, inGraph) -> inGraph ? VF.createStatement(s, p, o, g) : VF.createStatement(s, p, o));
        return statement.list().ofMaxSize(8);
    }
}
