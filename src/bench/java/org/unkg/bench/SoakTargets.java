package org.unkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

/**
 * The requests a soak run makes: the gallery's SELECT queries ({@code sh:SPARQLSelectExecutable} with
 * {@code sh:select}, their {@code sh:prefixes} declared before them) or, without a gallery, the README's example
 * queries; each sent as a GET to the endpoint. Pages are added as they are given.
 */
final class SoakTargets {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Resource SELECT_EXECUTABLE = ResourceFactory.createResource(SH + "SPARQLSelectExecutable");
    private static final Property SELECT = ResourceFactory.createProperty(SH + "select");
    private static final Property PREFIXES = ResourceFactory.createProperty(SH + "prefixes");
    private static final Property DECLARE = ResourceFactory.createProperty(SH + "declare");
    private static final Property PREFIX = ResourceFactory.createProperty(SH + "prefix");
    private static final Property NAMESPACE = ResourceFactory.createProperty(SH + "namespace");
    private static final Pattern README_QUERY = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    /** A request to make: what to call it in messages, and its address. */
    record Target(String name, URI uri) {
    }

    private SoakTargets() {
    }

    /** The gallery's queries if the file exists, else the README's. */
    static List<String> queries(Path gallery, Path readme) throws IOException {
        if (Files.isRegularFile(gallery)) {
            return galleryQueries(gallery);
        }
        if (Files.isRegularFile(readme)) {
            return readmeQueries(readme);
        }
        throw new IOException("neither " + gallery + " nor " + readme + " exists: no queries to send");
    }

    static List<String> galleryQueries(Path gallery) throws IOException {
        Model model;
        try {
            model = RDFDataMgr.loadModel(gallery.toString());
        } catch (RiotException e) {
            throw new IOException(gallery + ": " + e.getMessage(), e);
        }
        List<String> queries = new ArrayList<>();
        for (Resource executable : model.listResourcesWithProperty(RDF.type, SELECT_EXECUTABLE).toList()) {
            for (RDFNode select : model.listObjectsOfProperty(executable, SELECT).toList()) {
                queries.add(prologue(model, executable) + select.asLiteral().getLexicalForm());
            }
        }
        if (queries.isEmpty()) {
            throw new IOException(gallery + ": no sh:SPARQLSelectExecutable with sh:select");
        }
        return check(queries, gallery.toString());
    }

    /** The {@code PREFIX} lines of the declarations an executable names with {@code sh:prefixes}. */
    private static String prologue(Model model, Resource executable) {
        StringBuilder prologue = new StringBuilder();
        for (RDFNode declarer : model.listObjectsOfProperty(executable, PREFIXES).toList()) {
            if (!declarer.isResource()) {
                continue;
            }
            for (Statement declare : declarer.asResource().listProperties(DECLARE).toList()) {
                Resource declaration = declare.getResource();
                if (declaration.hasProperty(PREFIX) && declaration.hasProperty(NAMESPACE)) {
                    prologue.append("PREFIX ").append(declaration.getProperty(PREFIX).getString()).append(": <")
                            .append(declaration.getProperty(NAMESPACE).getObject().asNode().isURI()
                                    ? declaration.getProperty(NAMESPACE).getResource().getURI()
                                    : declaration.getProperty(NAMESPACE).getString())
                            .append(">\n");
                }
            }
        }
        return prologue.toString();
    }

    static List<String> readmeQueries(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        List<String> queries = new ArrayList<>();
        Matcher m = README_QUERY.matcher(text);
        while (m.find()) {
            queries.add(m.group(1));
        }
        if (queries.isEmpty()) {
            throw new IOException(readme + ": no ```sparql block");
        }
        return check(queries, readme.toString());
    }

    /** Every query must parse: a soak run of broken queries would measure error pages. */
    private static List<String> check(List<String> queries, String source) throws IOException {
        for (int i = 0; i < queries.size(); i++) {
            try {
                QueryFactory.create(queries.get(i));
            } catch (QueryParseException e) {
                throw new IOException(source + ": query " + (i + 1) + " does not parse: " + e.getMessage(), e);
            }
        }
        return queries;
    }

    /** GET requests for the queries at the endpoint, then the pages (absolute, or relative to the endpoint). */
    static List<Target> targets(URI endpoint, List<String> queries, List<String> pages) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            targets.add(new Target("query " + (i + 1), URI.create(endpoint + "?query="
                    + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8))));
        }
        for (String page : pages) {
            targets.add(new Target(page, endpoint.resolve(page)));
        }
        return targets;
    }
}
