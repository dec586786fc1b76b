package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.StoreException;

/** The limits file is read strictly: a key left out, misspelt or out of range stops the server, saying which. */
class ServerLimitsTest {

    @TempDir
    Path tmp;

    private String shipped() throws IOException {
        return Files.readString(Path.of(ServerLimits.LIMITS_PROPERTIES), StandardCharsets.UTF_8);
    }

    private StoreException refused(String text) throws IOException {
        Path file = Files.writeString(tmp.resolve("limits.properties"), text, StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> ServerLimits.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e;
    }

    @Test
    void theShippedFileIsRead() {
        ServerLimits limits = ServerLimits.read(Path.of(ServerLimits.LIMITS_PROPERTIES));
        assertEquals(100_000, limits.maxResultRows());
        assertEquals(1_048_576, limits.maxRequestBytes());
        assertEquals(Duration.ofSeconds(30), limits.idleTimeout());
        assertTrue(limits.maxConcurrentRequests() < limits.maxThreads());
    }

    @Test
    void everyProblemIsNamed() throws IOException {
        String text = shipped().replaceAll("(?m)^maxThreads=.*$", "")
                .replaceAll("(?m)^maxResultRows=.*$", "maxResultRows=lots")
                .replaceAll("(?m)^idleTimeoutMs=.*$", "idleTimeoutMs=0")
                + "\nmaxRequestSize=5\n";
        String message = refused(text).getMessage();
        assertTrue(message.contains("maxThreads is missing"), message);
        assertTrue(message.contains("maxResultRows is \"lots\", not a whole number"), message);
        assertTrue(message.contains("idleTimeoutMs is 0, not between 1 and"), message);
        assertTrue(message.contains("unknown key maxRequestSize"), message);
    }

    @Test
    void requestsMustLeaveThreadsToTheServer() throws IOException {
        String text = shipped().replaceAll("(?m)^maxConcurrentRequests=.*$", "maxConcurrentRequests=48");
        assertTrue(refused(text).getMessage().contains("maxConcurrentRequests (48) must be less than maxThreads (48)"));
    }
}
