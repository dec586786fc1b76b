package org.unkg.serve.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.unkg.load.DatasetStatistics;
import org.unkg.serve.site.EntityPages;

/**
 * What the HTML view of the dataset description shows, read from the description itself, so that the page and the
 * RDF can never disagree: titles, licence, access, the counts, the subsets, linksets, example resources,
 * vocabularies, and the class and property partitions, largest first.
 */
final class VoidPage {

    private static final Property FOAF_NAME = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://xmlns.com/foaf/0.1/", "name");
    private static final Property FOAF_HOMEPAGE = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://xmlns.com/foaf/0.1/", "homepage");

    private final StoreFacts facts;
    private final PrefixMapping prefixes;
    private final EntityPages pages;

    VoidPage(StoreFacts facts, PrefixMapping prefixes, EntityPages pages) {
        this.facts = facts;
        this.prefixes = prefixes;
        this.pages = pages;
    }

    Map<String, Object> values(Model model, String lang) {
        Resource dataset = model.createResource(VoidDocument.DATASET);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("iri", VoidDocument.DATASET);
        v.put("title", text(dataset, DCTerms.title, lang));
        v.put("description", text(dataset, DCTerms.description, lang));
        v.put("rights", text(dataset, DCTerms.rights, lang));
        v.put("licence", iri(dataset, DCTerms.license));
        Resource publisher = dataset.getPropertyResourceValue(DCTerms.publisher);
        v.put("publisher", publisher == null ? "" : text(publisher, FOAF_NAME, lang));
        v.put("modified", dataset.hasProperty(DCTerms.modified)
                ? dataset.getProperty(DCTerms.modified).getLiteral().getLexicalForm().replaceFirst("\\.\\d+", "") : "");
        v.put("endpoint", iri(dataset, VOID.sparqlEndpoint));
        v.put("dump", iri(dataset, VOID.dataDump));
        v.put("dumpSize", facts.dump().map(d -> d.size()).orElse(0L));
        v.put("dumpSha256", facts.dump().map(d -> d.sha256()).orElse(""));
        v.put("uriSpace", dataset.hasProperty(VOID.uriSpace) ? dataset.getProperty(VOID.uriSpace).getString() : "");

        List<Map<String, Object>> counts = new ArrayList<>();
        for (Property p : List.of(VOID.triples, VOID.entities, VOID.distinctSubjects, VOID.distinctObjects,
                VOID.properties, VOID.classes)) {
            if (dataset.hasProperty(p)) {
                counts.add(Map.of("key", "void." + p.getLocalName(), "term", "void:" + p.getLocalName(),
                        "value", dataset.getProperty(p).getLong()));
            }
        }
        v.put("counts", counts);
        v.put("quads", facts.quads());

        List<Map<String, Object>> subsets = new ArrayList<>();
        List<Map<String, Object>> linksets = new ArrayList<>();
        for (Statement s : dataset.listProperties(VOID.subset).toList()) {
            Resource subset = s.getResource();
            long triples = subset.hasProperty(VOID.triples) ? subset.getProperty(VOID.triples).getLong() : 0;
            if (subset.hasProperty(RDF.type, VOID.Linkset)) {
                Resource target = subset.getPropertyResourceValue(VOID.objectsTarget);
                Resource predicate = subset.getPropertyResourceValue(VOID.linkPredicate);
                String targetName = target == null ? "" : target.hasProperty(DCTerms.title)
                        ? text(target, DCTerms.title, lang)
                        : target.hasProperty(VOID.uriSpace) ? target.getProperty(VOID.uriSpace).getString() : "";
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("predicate", predicate == null ? "" : prefixes.shortForm(predicate.getURI()));
                row.put("predicateIri", predicate == null ? "" : predicate.getURI());
                row.put("target", targetName);
                row.put("targetHref", target == null ? "" : iri(target, FOAF_HOMEPAGE));
                row.put("triples", triples);
                linksets.add(row);
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                Resource graph = subset.getPropertyResourceValue(DatasetStatistics.SD_NAME);
                row.put("name", subset.hasProperty(DCTerms.title) ? text(subset, DCTerms.title, lang)
                        : graph != null ? graph.getURI() : "");
                row.put("graph", graph != null ? graph.getURI() : "");
                row.put("description", text(subset, DCTerms.description, lang));
                row.put("documents", subset.hasProperty(VOID.documents) ? subset.getProperty(VOID.documents).getLong()
                        : 1L);
                row.put("triples", triples);
                subsets.add(row);
            }
        }
        subsets.sort(Comparator.comparing((Map<String, Object> m) -> -(Long) m.get("triples")));
        linksets.sort(Comparator.comparing((Map<String, Object> m) -> -(Long) m.get("triples")));
        v.put("subsets", subsets);
        v.put("linksets", linksets);

        List<Map<String, Object>> examples = new ArrayList<>();
        for (RDFNode example : model.listObjectsOfProperty(dataset, VOID.exampleResource).toList()) {
            String iri = example.asResource().getURI();
            String href = pages.href(iri);
            examples.add(Map.of("iri", iri, "href", href == null ? iri : href));
        }
        examples.sort(Comparator.comparing(m -> (String) m.get("iri")));
        v.put("examples", examples);

        v.put("vocabularies", model.listObjectsOfProperty(dataset, VOID.vocabulary).toList().stream()
                .map(n -> n.asResource().getURI()).sorted().toList());

        List<Map<String, Object>> classes = new ArrayList<>();
        for (RDFNode node : model.listObjectsOfProperty(dataset, VOID.classPartition).toList()) {
            Resource partition = node.asResource();
            Resource c = partition.getPropertyResourceValue(VOID._class);
            if (c != null && partition.hasProperty(VOID.entities)) {
                classes.add(Map.of("name", prefixes.shortForm(c.getURI()), "iri", c.getURI(),
                        "entities", partition.getProperty(VOID.entities).getLong()));
            }
        }
        classes.sort(Comparator.comparing((Map<String, Object> m) -> -(Long) m.get("entities")));
        v.put("classes", classes);

        List<Map<String, Object>> properties = new ArrayList<>();
        for (RDFNode node : model.listObjectsOfProperty(dataset, VOID.propertyPartition).toList()) {
            Resource partition = node.asResource();
            Resource p = partition.getPropertyResourceValue(VOID.property);
            if (p != null && partition.hasProperty(VOID.triples)) {
                properties.add(Map.of("name", prefixes.shortForm(p.getURI()), "iri", p.getURI(),
                        "triples", partition.getProperty(VOID.triples).getLong(),
                        "subjects", count(partition, VOID.distinctSubjects),
                        "objects", count(partition, VOID.distinctObjects)));
            }
        }
        properties.sort(Comparator.comparing((Map<String, Object> m) -> -(Long) m.get("triples")));
        v.put("properties", properties);
        v.put("catalog", VoidDocument.NS + "catalog");
        v.put("hasDump", model.contains(null, DCAT.downloadURL, (RDFNode) null));
        return v;
    }

    private static long count(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getLong() : 0L;
    }

    /** A literal in the language, else in English, else any; empty if none. */
    static String text(Resource r, Property p, String lang) {
        String english = null;
        String any = null;
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral()) {
                continue;
            }
            Literal l = s.getLiteral();
            if (l.getLanguage().equals(lang)) {
                return l.getString();
            }
            if (l.getLanguage().equals("en")) {
                english = l.getString();
            }
            if (any == null) {
                any = l.getString();
            }
        }
        return english != null ? english : any != null ? any : "";
    }

    private static String iri(Resource r, Property p) {
        Resource value = r.getPropertyResourceValue(p);
        return value == null || !value.isURIResource() ? "" : value.getURI();
    }
}
