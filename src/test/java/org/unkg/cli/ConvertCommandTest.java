package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code unkg convert --json}: the summary programs read, here against the file written and the report. */
class ConvertCommandTest {

    @TempDir
    Path tmp;

    @Test
    void jsonTellsWhatTheConversionDid() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("data/en-resolutions/S-RES-1373(2001).txt"), input.resolve("S-RES-1373(2001).txt"));
        Files.writeString(input.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.nq");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        assertEquals(1, cli.execute("convert", "--json", "--out", out.toString(), input.toString()),
                "a file failed");

        JsonObject summary = JSON.parse(stdout.toString().strip());
        assertEquals(1, summary.get("converted").getAsNumber().value().intValue());
        assertEquals(Files.readAllLines(out, StandardCharsets.UTF_8).size(),
                summary.get("statements").getAsNumber().value().longValue());
        assertEquals(1, summary.get("failed").getAsNumber().value().intValue());
        assertTrue(summary.get("failures").getAsArray().get(0).getAsString().value()
                .startsWith("empty.txt: the file is empty"), summary::toString);
        assertEquals(out.toAbsolutePath().toString(), summary.get("out").getAsString().value());
        assertTrue(stderr.toString().contains("1 documents converted"), "the report stays on standard error");
    }
}
