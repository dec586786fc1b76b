package org.unkg.serve.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.unkg.serve.http.Format;
import org.unkg.serve.ontology.OntologyPage.Description;
import org.unkg.serve.ontology.OntologyPage.Diagram;
import org.unkg.serve.ontology.OntologyPage.DiagramEdge;
import org.unkg.serve.ontology.OntologyPage.DiagramNode;
import org.unkg.serve.ontology.OntologyPage.Download;
import org.unkg.serve.ontology.OntologyPage.Expression;
import org.unkg.serve.ontology.OntologyPage.ExternalTerm;
import org.unkg.serve.ontology.OntologyPage.Field;
import org.unkg.serve.ontology.OntologyPage.FieldValue;
import org.unkg.serve.ontology.OntologyPage.LangText;
import org.unkg.serve.ontology.OntologyPage.Language;
import org.unkg.serve.ontology.OntologyPage.Namespace;
import org.unkg.serve.ontology.OntologyPage.Paragraph;
import org.unkg.serve.ontology.OntologyPage.Term;
import org.unkg.serve.ontology.OntologyPage.TermDoc;
import org.unkg.serve.ontology.OntologyPage.TextRun;
import org.unkg.serve.ontology.OntologyPage.TreeNode;

/**
 * Reads the documentation page of an OWL ontology out of its graph: the ontology's metadata, its own classes and
 * properties (those in its namespace) with everything the graph says of them, the terms of other vocabularies it
 * relates to, its prefixes, and the diagram of its main classes. Nothing about a term is written here.
 */
final class OntologyPageBuilder {

    /** The languages of the page and of its language switch, in this order. */
    static final List<String> LANGUAGES = List.of("en", "zh");

    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final Property VANN_PREFIX = property(VANN + "preferredNamespacePrefix");
    private static final Property VANN_URI = property(VANN + "preferredNamespaceUri");

    /** A web address, or a prefixed name such as {@code unkg:Mention} or {@code eli:cites}, in running text. */
    private static final Pattern MENTION = Pattern.compile(
            "(https?://[^\\s<>\"'()\\[\\]{}，。；、（）“”]+)"
            + "|(?<![\\w/.:#-])([a-z][a-zA-Z0-9]*):([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * How many colours the diagram has ({@code c0} to {@code c7}, most distinct first, in {@code ontology.css}), and
     * its line styles, for the properties past the colours.
     */
    private static final int COLOURS = 8;
    private static final List<String> LINES = List.of("solid", "dashed", "dotted");

    private static final Set<Resource> PROPERTY_KINDS = Set.of(OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, RDF.Property);

    private final Model model;
    private final Resource ontology;
    private final String namespace;
    private final String ontologyPath;
    private final String shapesPath;
    private final List<Resource> classes;
    private final List<Resource> objectProperties;
    private final List<Resource> datatypeProperties;
    private final List<Resource> annotationProperties;
    /** Local name of every term that has a section on the page. */
    private final Set<String> documented = new HashSet<>();

    /**
     * @param graph        the ontology
     * @param ontologyPath the path the ontology is served at, e.g. {@code /ontology}
     * @param shapesPath   the path its shapes are served at, or null
     */
    OntologyPageBuilder(PublishedGraph graph, String ontologyPath, String shapesPath) {
        this.model = graph.model();
        this.ontology = model.createResource(graph.iri());
        this.namespace = namespaceOf(model, ontology);
        this.ontologyPath = ontologyPath;
        this.shapesPath = shapesPath;
        this.classes = local(OWL.Class);
        this.objectProperties = local(OWL.ObjectProperty);
        this.datatypeProperties = local(OWL.DatatypeProperty);
        this.annotationProperties = local(OWL.AnnotationProperty);
        for (List<Resource> terms : List.of(classes, objectProperties, datatypeProperties, annotationProperties)) {
            terms.forEach(term -> documented.add(localName(term)));
        }
    }

    /** The ontology's namespace: {@code vann:preferredNamespaceUri}, else its IRI and {@code #}. */
    static String namespaceOf(Model model, Resource ontology) {
        Statement preferred = ontology.getProperty(VANN_URI);
        if (preferred != null && preferred.getObject().isLiteral()) {
            return preferred.getString();
        }
        return ontology.getURI() + "#";
    }

    /** The local name of a term of the ontology's namespace: its anchor on the page. */
    String localName(Resource term) {
        return term.getURI().substring(namespace.length());
    }

    String namespace() {
        return namespace;
    }

    // ---------------------------------------------------------------- the ontology's own terms

    /** The subjects of a type whose IRIs are in the ontology's namespace, by local name. */
    private List<Resource> local(Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(this::isLocal)
                .sorted(Comparator.comparing(this::localName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(this::localName))
                .toList();
    }

    private boolean isLocal(RDFNode node) {
        return node.isURIResource() && node.asResource().getURI().startsWith(namespace)
                && node.asResource().getURI().length() > namespace.length();
    }

    private boolean isDocumented(RDFNode node) {
        return isLocal(node) && documented.contains(localName(node.asResource()));
    }

    static String formatName(Format format) {
        return switch (format) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
            case NTRIPLES -> "N-Triples";
            case NQUADS -> "N-Quads";
            case TRIG -> "TriG";
            case HTML -> "HTML";
        };
    }

    private static FieldValue value(RDFNode node) {
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String text = literal.getLexicalForm();
            boolean iri = text.startsWith("http://") || text.startsWith("https://");
            return new FieldValue(text, literal.getLanguage(), null, iri);
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return new FieldValue(iri, "", safeHref(iri), true);
        }
        return new FieldValue(node.toString(), "", null, false);
    }

    private void flatten(List<TreeNode> nodes, List<Resource> order, Set<String> seen) {
        for (TreeNode node : nodes) {
            if (seen.add(node.term().iri())) {
                order.add(model.createResource(node.term().iri()));
            }
            flatten(node.children(), order, seen);
        }
    }

    private List<Resource> localSuperClasses(Resource cls) {
        return objects(cls, RDFS.subClassOf).stream()
                .filter(node -> isLocal(node) && classes.contains(node.asResource()) && !node.equals(cls))
                .map(RDFNode::asResource)
                .toList();
    }

    private List<Resource> localSubClasses(Resource cls) {
        return classes.stream()
                .filter(sub -> !sub.equals(cls) && model.contains(sub, RDFS.subClassOf, cls))
                .toList();
    }

    /** Whether a property's domain (or range) is the class or an expression naming it. */
    private boolean mentionsClass(Resource property, Property which, Resource cls) {
        for (RDFNode expression : objects(property, which)) {
            if (namedClasses(expression).contains(cls)) {
                return true;
            }
        }
        return false;
    }

    /** The named classes of a class expression: itself, or the members of a union or intersection. */
    private Set<Resource> namedClasses(RDFNode node) {
        Set<Resource> named = new LinkedHashSet<>();
        if (node.isURIResource()) {
            named.add(node.asResource());
        } else if (node.isAnon()) {
            for (Property operator : List.of(OWL.unionOf, OWL.intersectionOf)) {
                Statement operands = node.asResource().getProperty(operator);
                if (operands != null && operands.getObject().canAs(RDFList.class)) {
                    for (RDFNode operand : operands.getObject().as(RDFList.class).asJavaList()) {
                        named.addAll(namedClasses(operand));
                    }
                }
            }
        }
        return named;
    }

    private List<Namespace> namespaces() {
        Set<String> used = new HashSet<>();
        model.listStatements().forEach(statement -> {
            if (statement.getSubject().isURIResource()) {
                used.add(statement.getSubject().getURI());
            }
            used.add(statement.getPredicate().getURI());
            if (statement.getObject().isURIResource()) {
                used.add(statement.getObject().asResource().getURI());
            } else if (statement.getObject().isLiteral()) {
                used.add(statement.getObject().asLiteral().getDatatypeURI());
            }
        });
        List<Namespace> namespaces = new ArrayList<>();
        new TreeMap<>(model.getNsPrefixMap()).forEach((prefix, uri) -> {
            if (used.stream().anyMatch(iri -> iri != null && iri.startsWith(uri))) {
                namespaces.add(new Namespace(prefix, uri));
            }
        });
        return namespaces;
    }

    /** The root classes under which the named classes of some class expressions sit. */
    private Set<Resource> rootsOf(List<RDFNode> expressions, List<Resource> roots) {
        Set<Resource> result = new LinkedHashSet<>();
        for (RDFNode expression : expressions) {
            for (Resource cls : namedClasses(expression)) {
                collectRoots(cls, roots, result, new HashSet<>());
            }
        }
        return result;
    }

    private void collectRoots(Resource cls, List<Resource> roots, Set<Resource> result, Set<Resource> seen) {
        if (!seen.add(cls) || !classes.contains(cls)) {
            return;
        }
        if (roots.contains(cls)) {
            result.add(cls);
            return;
        }
        for (Resource parent : localSuperClasses(cls)) {
            collectRoots(parent, roots, result, seen);
        }
    }

    private String curie(String iri) {
        String shortForm = model.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }

    /** The IRI itself when it is an http or https address; null otherwise, so that no other scheme becomes a link. */
    static String safeHref(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    private static List<RDFNode> objects(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(Statement::getObject).toList();
    }

    /** The literals of a property: the page languages first, in their order, then the others, each sorted. */
    private static List<LangText> texts(Resource subject, Property property) {
        List<LangText> texts = new ArrayList<>();
        for (RDFNode node : objects(subject, property)) {
            if (node.isLiteral()) {
                texts.add(new LangText(node.asLiteral().getLexicalForm(), node.asLiteral().getLanguage()));
            }
        }
        texts.sort(Comparator.comparing((LangText text) -> languageRank(text.lang())).thenComparing(LangText::lang)
                .thenComparing(LangText::value));
        return texts;
    }

    private static int languageRank(String lang) {
        int index = LANGUAGES.indexOf(lang.toLowerCase(Locale.ROOT));
        return index >= 0 ? index : lang.isEmpty() ? LANGUAGES.size() : LANGUAGES.size() + 1;
    }

    /** Running text cut into plain pieces and links: web addresses and prefixed names of known namespaces. */
    List<TextRun> segments(String text) {
        List<TextRun> segments = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        int at = 0;
        while (m.find()) {
            TextRun link = null;
            int end = m.end();
            if (m.group(1) != null) {
                String url = m.group(1);
                while (!url.isEmpty() && ".,;:!?".indexOf(url.charAt(url.length() - 1)) >= 0) {
                    url = url.substring(0, url.length() - 1);
                    end--;
                }
                link = new TextRun(url, safeHref(url), false);
            } else {
                String ns = model.getNsPrefixURI(m.group(2));
                if (ns != null) {
                    Resource named = model.createResource(ns + m.group(3));
                    String href = isDocumented(named) ? "#" + localName(named) : safeHref(named.getURI());
                    link = new TextRun(m.group(), href, true);
                }
            }
            if (link != null) {
                if (m.start() > at) {
                    segments.add(new TextRun(text.substring(at, m.start()), null, false));
                }
                segments.add(link);
                at = end;
            }
        }
        if (at < text.length()) {
            segments.add(new TextRun(text.substring(at), null, false));
        }
        return segments;
    }

    private static Property property(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(iri);
    }

    /** The page in one of {@link #LANGUAGES}; each page is built in a context of its own. */
    OntologyPage build(String lang) {
        return new Context(lang).page();
    }

    /** What the page in one language is built with besides the ontology: the language, and the page's words in it. */
    private final class Context {

        private final String lang;
        private final Map<String, String> t;

        Context(String lang) {
            this.lang = lang;
            this.t = Messages.of(lang);
        }

        OntologyPage page() {
            List<LangText> titles = texts(ontology, DCTerms.title);
            LangText title = pick(titles);
            List<LangText> otherTitles = titles.stream().filter(text -> text != title).toList();
            List<TreeNode> tree = classTree();
            List<Resource> classOrder = new ArrayList<>();
            flatten(tree, classOrder, new HashSet<>());
            return new OntologyPage(
                    lang,
                    languages(),
                    t,
                    title != null ? title : new LangText(ontology.getURI(), ""),
                    otherTitles,
                    ontology.getURI(),
                    fields(),
                    blocks(texts(ontology, DCTerms.description)),
                    downloads(),
                    tree,
                    classOrder.stream().map(this::classDoc).toList(),
                    objectProperties.stream().map(this::propertyDoc).toList(),
                    datatypeProperties.stream().map(this::propertyDoc).toList(),
                    annotationProperties.stream().map(this::propertyDoc).toList(),
                    external(),
                    namespaces(),
                    diagram());
        }

        private List<Language> languages() {
            List<Language> languages = new ArrayList<>();
            for (String code : LANGUAGES) {
                languages.add(new Language(code, Messages.of(code).get("language." + code), "?lang=" + code,
                        code.equals(lang)));
            }
            return languages;
        }

        private List<Download> downloads() {
            List<Download> downloads = new ArrayList<>();
            for (Format format : Format.values()) {
                if (format.isRdf() && !format.isQuads()) {
                    String label = t.get("download.ontology") + t.get("download.separator") + formatName(format);
                    downloads.add(new Download(label, ontologyPath + "." + format.extension(), format.mediaType(), true));
                }
            }
            if (shapesPath != null) {
                for (Format format : Format.values()) {
                    if (format.isRdf() && !format.isQuads()) {
                        String label = t.get("download.shapes") + t.get("download.separator") + formatName(format);
                        downloads.add(new Download(label, shapesPath + "." + format.extension(), format.mediaType(),
                                false));
                    }
                }
            }
            return downloads;
        }

        private List<Field> fields() {
            Map<String, Property> shown = new LinkedHashMap<>();
            shown.put("field.versionIRI", OWL.versionIRI);
            shown.put("field.versionInfo", OWL.versionInfo);
            shown.put("field.issued", DCTerms.issued);
            shown.put("field.modified", DCTerms.modified);
            shown.put("field.creator", DCTerms.creator);
            shown.put("field.contributor", DCTerms.contributor);
            shown.put("field.publisher", DCTerms.publisher);
            shown.put("field.license", DCTerms.license);
            shown.put("field.rights", DCTerms.rights);
            shown.put("field.prefix", VANN_PREFIX);
            shown.put("field.namespace", VANN_URI);
            shown.put("field.priorVersion", OWL.priorVersion);
            shown.put("field.imports", OWL.imports);
            shown.put("field.seeAlso", RDFS.seeAlso);
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, Property> entry : shown.entrySet()) {
                List<FieldValue> values = new ArrayList<>();
                List<RDFNode> objects = ontology.listProperties(entry.getValue()).mapWith(Statement::getObject).toList();
                objects.sort(Comparator.comparing(RDFNode::toString));
                for (RDFNode object : objects) {
                    values.add(value(object));
                }
                if (!values.isEmpty()) {
                    fields.add(new Field(t.get(entry.getKey()), values));
                }
            }
            return fields;
        }

        // ---------------------------------------------------------------- classes

        private List<TreeNode> classTree() {
            List<TreeNode> roots = new ArrayList<>();
            for (Resource cls : classes) {
                if (localSuperClasses(cls).isEmpty()) {
                    roots.add(treeNode(cls, new HashSet<>()));
                }
            }
            return roots;
        }

        private TreeNode treeNode(Resource cls, Set<Resource> path) {
            path.add(cls);
            List<TreeNode> children = new ArrayList<>();
            for (Resource sub : localSubClasses(cls)) {
                if (!path.contains(sub)) {
                    children.add(treeNode(sub, path));
                }
            }
            path.remove(cls);
            return new TreeNode(term(cls), children);
        }

        private TermDoc classDoc(Resource cls) {
            List<Term> inDomainOf = new ArrayList<>();
            List<Term> inRangeOf = new ArrayList<>();
            for (List<Resource> properties : List.of(objectProperties, datatypeProperties, annotationProperties)) {
                for (Resource property : properties) {
                    if (mentionsClass(property, RDFS.domain, cls)) {
                        inDomainOf.add(term(property));
                    }
                    if (mentionsClass(property, RDFS.range, cls)) {
                        inRangeOf.add(term(property));
                    }
                }
            }
            Set<Resource> disjoint = new LinkedHashSet<>();
            objects(cls, OWL.disjointWith).stream().filter(RDFNode::isURIResource)
                    .forEach(node -> disjoint.add(node.asResource()));
            model.listSubjectsWithProperty(OWL.disjointWith, cls).forEach(disjoint::add);
            model.listSubjectsWithProperty(RDF.type, OWL.AllDisjointClasses).forEach(all -> {
                Statement members = all.getProperty(OWL.members);
                if (members != null && members.getObject().canAs(RDFList.class)) {
                    List<RDFNode> list = members.getObject().as(RDFList.class).asJavaList();
                    if (list.contains(cls)) {
                        list.stream().filter(n -> n.isURIResource() && !n.equals(cls))
                                .forEach(n -> disjoint.add(n.asResource()));
                    }
                }
            });
            List<Term> keys = new ArrayList<>();
            for (RDFNode key : objects(cls, OWL.hasKey)) {
                if (key.canAs(RDFList.class)) {
                    key.as(RDFList.class).asJavaList().forEach(k -> keys.add(term(k)));
                }
            }
            return termDoc(cls, List.of(),
                    expressions(objects(cls, RDFS.subClassOf)),
                    localSubClasses(cls).stream().map(this::term).toList(),
                    expressions(objects(cls, OWL.equivalentClass)),
                    sortedTerms(disjoint),
                    keys,
                    List.of(), List.of(), List.of(),
                    inDomainOf, inRangeOf);
        }

        // ---------------------------------------------------------------- properties

        private TermDoc propertyDoc(Resource property) {
            List<String> characteristics = new ArrayList<>();
            for (RDFNode type : objects(property, RDF.type)) {
                if (type.isURIResource() && !PROPERTY_KINDS.contains(type.asResource())) {
                    String name = type.asResource().getLocalName();
                    characteristics.add(t.getOrDefault("char." + name, name));
                }
            }
            Set<Resource> inverse = new LinkedHashSet<>();
            objects(property, OWL.inverseOf).stream().filter(RDFNode::isURIResource)
                    .forEach(node -> inverse.add(node.asResource()));
            model.listSubjectsWithProperty(OWL.inverseOf, property).forEach(inverse::add);
            List<Term> subProperties = model.listSubjectsWithProperty(RDFS.subPropertyOf, property).toList().stream()
                    .filter(sub -> !sub.equals(property))
                    .sorted(Comparator.comparing(Resource::toString))
                    .map(this::term)
                    .toList();
            return termDoc(property, characteristics,
                    expressions(objects(property, RDFS.subPropertyOf)),
                    subProperties,
                    expressions(objects(property, OWL.equivalentProperty)),
                    List.of(), List.of(),
                    expressions(objects(property, RDFS.domain)),
                    expressions(objects(property, RDFS.range)),
                    sortedTerms(inverse),
                    List.of(), List.of());
        }

        private TermDoc termDoc(Resource term, List<String> characteristics, List<Expression> superTerms,
                List<Term> subTerms, List<Expression> equivalents, List<Term> disjoint, List<Term> keys,
                List<Expression> domain, List<Expression> range, List<Term> inverse, List<Term> inDomainOf,
                List<Term> inRangeOf) {
            List<LangText> labels = texts(term, RDFS.label);
            List<LangText> shownLabels = labels.stream().filter(label -> LANGUAGES.contains(label.lang())).toList();
            if (shownLabels.isEmpty()) {
                shownLabels = labels;
            }
            List<Description> comments = blocks(texts(term, RDFS.comment));
            Description comment = comments.isEmpty() ? null : comments.get(0);
            List<Description> otherComments = comments.size() > 1 ? comments.subList(1, comments.size()) : List.of();
            List<Term> seeAlso = objects(term, RDFS.seeAlso).stream().map(this::term).toList();
            LangText label = pick(labels);
            return new TermDoc(localName(term), term.getURI(), curie(term.getURI()),
                    label != null ? label : new LangText(localName(term), ""),
                    shownLabels, comment, otherComments, characteristics, superTerms, subTerms, equivalents, disjoint,
                    keys, domain, range, inverse, inDomainOf, inRangeOf, seeAlso);
        }

        // ---------------------------------------------------------------- other vocabularies, namespaces

        private List<ExternalTerm> external() {
            Map<String, Resource> terms = new TreeMap<>();
            model.listSubjects().forEach(subject -> {
                if (subject.isURIResource() && !isLocal(subject) && !subject.equals(ontology)) {
                    terms.put(curie(subject.getURI()), subject);
                }
            });
            List<ExternalTerm> external = new ArrayList<>();
            for (Resource term : terms.values()) {
                List<Term> aligned = new ArrayList<>();
                for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass,
                        OWL.equivalentProperty)) {
                    model.listSubjectsWithProperty(p, term).forEach(sub -> {
                        if (isDocumented(sub)) {
                            aligned.add(term(sub));
                        }
                    });
                }
                aligned.sort(Comparator.comparing(Term::curie));
                List<LangText> labels = texts(term, RDFS.label).stream()
                        .filter(label -> LANGUAGES.contains(label.lang()) || label.lang().isEmpty()).toList();
                external.add(new ExternalTerm(term(term), labels, kind(term), aligned));
            }
            return external;
        }

        private String kind(Resource term) {
            List<Map.Entry<Resource, String>> kinds = List.of(Map.entry(OWL.Class, "kind.class"),
                    Map.entry(OWL.ObjectProperty, "kind.objectProperty"),
                    Map.entry(OWL.DatatypeProperty, "kind.datatypeProperty"),
                    Map.entry(OWL.AnnotationProperty, "kind.annotationProperty"),
                    Map.entry(RDFS.Datatype, "kind.datatype"),
                    Map.entry(RDF.Property, "kind.property"));
            for (Map.Entry<Resource, String> kind : kinds) {
                if (model.contains(term, RDF.type, kind.getKey())) {
                    return t.get(kind.getValue());
                }
            }
            return "";
        }

        // ---------------------------------------------------------------- the diagram

        /** The main classes (those under no other class of the ontology) and the object properties between them. */
        private Diagram diagram() {
            List<Resource> roots = classes.stream().filter(cls -> localSuperClasses(cls).isEmpty()).toList();
            List<DiagramNode> nodes = roots.stream().map(cls -> new DiagramNode(term(cls))).toList();
            List<Resource> drawn = new ArrayList<>();
            Map<Resource, List<Resource[]>> pairs = new LinkedHashMap<>();
            for (Resource property : objectProperties) {
                Set<Resource> from = rootsOf(objects(property, RDFS.domain), roots);
                Set<Resource> to = rootsOf(objects(property, RDFS.range), roots);
                for (Resource d : from) {
                    for (Resource r : to) {
                        pairs.computeIfAbsent(property, p -> new ArrayList<>()).add(new Resource[] {d, r});
                    }
                }
                if (pairs.containsKey(property)) {
                    drawn.add(property);
                }
            }
            // The properties with the most edges get the most distinct colours, solid, then dashed, then dotted.
            List<Resource> byEdges = new ArrayList<>(drawn);
            byEdges.sort(Comparator.comparingInt((Resource p) -> -pairs.get(p).size()).thenComparing(drawn::indexOf));
            List<DiagramEdge> edges = new ArrayList<>();
            for (Resource property : drawn) {
                int rank = byEdges.indexOf(property);
                Term p = term(property);
                for (Resource[] pair : pairs.get(property)) {
                    edges.add(new DiagramEdge(localName(property) + "-" + localName(pair[0]) + "-" + localName(pair[1]),
                            term(pair[0]), p, term(pair[1]), "c" + rank % COLOURS,
                            LINES.get(rank / COLOURS % LINES.size())));
                }
            }
            return new Diagram(nodes, edges, elements(nodes, edges));
        }

        /** The diagram's elements as Cytoscape.js takes them, as JSON. */
        private static String elements(List<DiagramNode> nodes, List<DiagramEdge> edges) {
            JsonArray elements = new JsonArray();
            for (DiagramNode node : nodes) {
                JsonObject data = new JsonObject();
                data.put("id", node.term().href().substring(1));
                data.put("label", node.name());
                data.put("curie", node.term().curie());
                data.put("href", node.term().href());
                elements.add(element("nodes", data));
            }
            for (DiagramEdge edge : edges) {
                JsonObject data = new JsonObject();
                data.put("id", edge.id());
                data.put("source", edge.source().href().substring(1));
                data.put("target", edge.target().href().substring(1));
                data.put("label", edge.name());
                data.put("curie", edge.property().curie());
                data.put("href", edge.property().href());
                data.put("colour", edge.colour());
                data.put("line", edge.line());
                elements.add(element("edges", data));
            }
            return JSON.toStringFlat(elements);
        }

        private static JsonObject element(String group, JsonObject data) {
            JsonObject element = new JsonObject();
            element.put("group", group);
            element.put("data", data);
            return element;
        }

        // ---------------------------------------------------------------- terms, texts, links

        /** A reference to a term, labelled in the reader's language. */
        Term term(RDFNode node) {
            if (node == null || !node.isURIResource()) {
                return new Term(t.get("term.anonymous"), lang, null, null, null, false);
            }
            String iri = node.asResource().getURI();
            LangText label = pick(texts(node.asResource(), RDFS.label));
            boolean local = isDocumented(node);
            String href = local ? "#" + localName(node.asResource()) : safeHref(iri);
            return new Term(label == null ? null : label.value(), label == null ? null : label.lang(), curie(iri), iri,
                    href, local);
        }

        private List<Term> sortedTerms(Set<Resource> resources) {
            return resources.stream().sorted(Comparator.comparing(Resource::getURI)).map(this::term).toList();
        }

        private List<Expression> expressions(List<RDFNode> nodes) {
            List<Expression> expressions = new ArrayList<>();
            nodes.stream().filter(RDFNode::isURIResource).sorted(Comparator.comparing((RDFNode n) -> !isLocal(n))
                    .thenComparing(RDFNode::toString)).forEach(node -> expressions.add(expression(node)));
            nodes.stream().filter(RDFNode::isAnon).forEach(node -> expressions.add(expression(node)));
            return expressions;
        }

        private Expression expression(RDFNode node) {
            if (node.isAnon()) {
                Resource anon = node.asResource();
                for (Map.Entry<String, Property> operator : List.of(Map.entry("or", OWL.unionOf),
                        Map.entry("and", OWL.intersectionOf))) {
                    Statement operands = anon.getProperty(operator.getValue());
                    if (operands != null && operands.getObject().canAs(RDFList.class)) {
                        return new Expression(operator.getKey(), operands.getObject().as(RDFList.class).asJavaList()
                                .stream().map(this::term).toList());
                    }
                }
                Statement complement = anon.getProperty(OWL.complementOf);
                if (complement != null) {
                    return new Expression("not", List.of(term(complement.getObject())));
                }
            }
            return new Expression("", List.of(term(node)));
        }

        /** The text in the reader's language, else in the page languages' order, else untagged, else any. */
        private LangText pick(List<LangText> texts) {
            for (LangText text : texts) {
                if (text.lang().equalsIgnoreCase(lang)) {
                    return text;
                }
            }
            return texts.isEmpty() ? null : texts.get(0);
        }

        /** Texts as blocks of paragraphs, the reader's language first. */
        private List<Description> blocks(List<LangText> texts) {
            LangText first = pick(texts);
            List<Description> blocks = new ArrayList<>();
            if (first != null) {
                blocks.add(block(first));
            }
            for (LangText text : texts) {
                if (text != first) {
                    blocks.add(block(text));
                }
            }
            return blocks;
        }

        private Description block(LangText text) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (String paragraph : text.value().split("\\s*\\n\\s*")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(new Paragraph(segments(paragraph.strip())));
                }
            }
            String name = t.getOrDefault("language." + text.lang().toLowerCase(Locale.ROOT), text.lang());
            return new Description(text.lang(), name, paragraphs);
        }
    }
}
