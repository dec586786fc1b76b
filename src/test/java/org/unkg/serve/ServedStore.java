package org.unkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.unkg.load.ConfigFile;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreLayout;

/** The small test store, served with the shipped settings or with some of them changed, for the hardening tests. */
final class ServedStore {

    private static final String CROSS_PRODUCT =
            "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r";
    /** A query that never yields a row: the count of a six-fold cross product of every triple. */
    static final String FOREVER_COUNT = "SELECT (COUNT(*) AS ?n) { " + CROSS_PRODUCT + " }";
    /** A query whose first row comes at once and whose second never does. */
    static final String FOREVER_AFTER_FIRST_ROW =
            "SELECT ?x ?n { { BIND(1 AS ?x) } UNION { SELECT (COUNT(*) AS ?n) { " + CROSS_PRODUCT + " } } }";
    static final String CHEAP = "ASK { ?s ?p ?o }";

    private ServedStore() {
    }

    static Store build(Path dir) throws IOException {
        return new StoreBuilder(new StoreLayout(dir.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, dir)),
                        InputFile.of(Fixtures.copy(Fixtures.AGENDA_ITEMS, dir))))
                .store();
    }

    /** The shipped limits with some changed. */
    static ServerLimits limits(Map<String, String> changes) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(ServerLimits.LIMITS_PROPERTIES))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changes.forEach(properties::setProperty);
        return ServerLimits.of(properties, "test limits " + changes);
    }

    /** A copy of the shipped {@code config.ttl} with other query timeouts, e.g. {@code "1000,3000"}. */
    static StoreConfig configWithTimeouts(Path dir, String timeouts) throws IOException {
        String text = Files.readString(Path.of(ConfigFile.CONFIG_TTL), StandardCharsets.UTF_8);
        String changed = text.replace("ja:cxtValue \"5000,30000\"", "ja:cxtValue \"" + timeouts + "\"");
        if (changed.equals(text)) {
            throw new IllegalStateException(ConfigFile.CONFIG_TTL + " no longer sets the timeouts as this test expects");
        }
        return StoreConfig.read(Files.writeString(dir.resolve("config-" + timeouts.replace(',', '-') + ".ttl"),
                changed, StandardCharsets.UTF_8));
    }

    static SparqlServer.Builder server(Store store) {
        return SparqlServer.builder(store).config(Fixtures.config()).port(0).host("127.0.0.1");
    }

    static URI query(SparqlServer server, String query) {
        return URI.create(server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** Sends on a connection of its own: the server closes those whose request it refuses unread. */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
