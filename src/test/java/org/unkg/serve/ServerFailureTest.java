package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.ConfigFile;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;

/** A server that cannot start says why and leaves its store closed, ready to be served by the next try. */
class ServerFailureTest {

    @TempDir
    Path tmp;

    private Store store;

    @BeforeEach
    void load() throws IOException {
        store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp))))
                .store();
    }

    @Test
    void aBusyPortIsReportedAndTheStoreReleased() throws IOException {
        try (ServerSocket busy = new ServerSocket(0)) {
            StoreException failure = assertThrows(StoreException.class,
                    () -> SparqlServer.builder(store).config(Fixtures.config()).port(busy.getLocalPort()).start());
            assertTrue(failure.getMessage().contains("port " + busy.getLocalPort()), failure.getMessage());
        }
        try (SparqlServer server = SparqlServer.builder(store).config(Fixtures.config()).port(0).start()) {
            assertTrue(server.port() > 0);
        }
    }

    @Test
    void aConfigurationOfferingUpdatesIsRefused() throws IOException {
        String text = Files.readString(Path.of(ConfigFile.CONFIG_TTL), StandardCharsets.UTF_8);
        String withUpdate = text.replace("fuseki:endpoint [ fuseki:operation fuseki:query ] ;",
                "fuseki:endpoint [ fuseki:operation fuseki:query ] ;\n"
                        + "    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name \"update\" ] ;");
        Path file = Files.writeString(tmp.resolve("config-with-update.ttl"), withUpdate, StandardCharsets.UTF_8);

        StoreException failure = assertThrows(StoreException.class,
                () -> SparqlServer.builder(store).config(StoreConfig.read(file)).port(0).start());
        assertTrue(failure.getMessage().startsWith(file + ": the server is read-only"), failure.getMessage());
        assertTrue(failure.getMessage().contains("/sparql offers update"), failure.getMessage());

        try (SparqlServer server = SparqlServer.builder(store).config(Fixtures.config()).port(0).start()) {
            assertTrue(server.port() > 0);
        }
    }
}
