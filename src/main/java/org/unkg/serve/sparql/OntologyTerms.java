package org.unkg.serve.sparql;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.unkg.serve.http.PackagedOntology;

/**
 * The classes and properties the SPARQL editor completes, read once from the packaged ontology: its own terms and
 * the terms of the aligned vocabularies it declares (UNDO, ELI, DCTERMS, ORG, SKOS, FOAF, PROV-O...). They replace
 * the editor's default completion, which asks an outside service (Linked Open Vocabularies) for every word.
 *
 * @param classes    class IRIs, sorted
 * @param properties property IRIs, sorted
 */
record OntologyTerms(List<String> classes, List<String> properties) {

    static OntologyTerms load() {
        Model model = ModelFactory.createModelForGraph(PackagedOntology.get().graph());
        Set<String> classes = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, RDFS.Class)) {
            model.listSubjectsWithProperty(RDF.type, type).filterKeep(Resource::isURIResource)
                    .forEachRemaining(r -> classes.add(r.getURI()));
        }
        Set<String> properties = new TreeSet<>();
        for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)) {
            model.listSubjectsWithProperty(RDF.type, type).filterKeep(Resource::isURIResource)
                    .forEachRemaining(r -> properties.add(r.getURI()));
        }
        return new OntologyTerms(List.copyOf(classes), List.copyOf(properties));
    }
}
