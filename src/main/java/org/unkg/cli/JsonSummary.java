package org.unkg.cli;

import java.io.PrintWriter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Prints what a command did as one JSON object on one line of standard output ({@code --json}), for programs that
 * drive the command line, such as the benchmark; people read the report on standard error.
 */
final class JsonSummary {

    private JsonSummary() {
    }

    static void print(PrintWriter out, JsonObject summary) {
        out.println(JSON.toStringFlat(summary));
        out.flush();
    }
}
