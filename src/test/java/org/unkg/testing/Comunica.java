package org.unkg.testing;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonObject;

/**
 * Comunica ({@code @comunica/query-sparql}, the version pinned in {@code src/test/resources/clients/comunica/}) run
 * by the system's Node.js, installed as {@link NpmClient} installs its clients.
 */
public final class Comunica {

    /** Comunica 4 runs on Node.js 18 and later (Debian 12 ships 18, Debian 13 ships 20). */
    private static final NpmClient CLIENT = new NpmClient("comunica", "comunica_client.mjs",
            "@comunica/query-sparql", 18);

    private Comunica() {
    }

    /** Why Comunica cannot run here, or empty when node and npm are installed and new enough. */
    public static Optional<String> unavailable() {
        return CLIENT.unavailable();
    }

    /** Runs {@code comunica_client.mjs} on a job (see the script) and returns what it printed. */
    public static JsonObject run(JsonObject job) throws IOException, InterruptedException {
        return CLIENT.run(job, 10);
    }
}
