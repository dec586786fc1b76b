package org.unkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unkg bench aggregates}: the gallery's aggregate queries, each live and precomputed (read from the statistics
 * graph the load writes), timed side by side on one server over one store, in one run, with their ratios. Live and
 * precomputed are timed in turn in two halves (live then precomputed, then precomputed then live), so that a change
 * in a shared machine's load falls on both alike; both must give the same number of rows.
 */
@Command(name = "aggregates", mixinStandardHelpOptions = true, versionProvider = BenchMain.BenchVersion.class,
        description = {"Times the gallery's aggregate queries live and precomputed, side by side on one server",
            "over a built store (by default the one './unkg up' built), and writes a Markdown table with the ratios."})
public final class AggregatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "The store's directory, as 'unkg serve --db' takes it"
            + " (default: work/db of the checkout).")
    private Path db;

    @Option(names = "--clients", split = ",", paramLabel = "N", defaultValue = "1,8",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20",
            description = "Timed requests per client, per query and version (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warm-up-passes", paramLabel = "N", defaultValue = "3",
            description = "Untimed passes over every query first (default: ${DEFAULT-VALUE}).")
    private int warmUpPasses;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "The server's heap (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "The query gallery (default: queries/gallery.ttl of the checkout).")
    private Path queries;

    @Option(names = "--unkg-jar", paramLabel = "JAR",
            description = "The program to serve with (default: target/unkg.jar of the checkout).")
    private Path unkgJar;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the Markdown to this file.")
    private Path out;

    private final HttpProbe http = new HttpProbe();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(System.getProperty("unkg.home", ".")).toAbsolutePath().normalize();
        Path store = (db != null ? db : home.resolve("work/db")).toAbsolutePath();
        if (!Files.isDirectory(store)) {
            err.println(store + ": no store there; run './unkg up' first or give --db");
            return 2;
        }
        List<GalleryQueries.Pair> pairs = GalleryQueries.pairs(queries != null ? queries
                : home.resolve(GalleryQueries.PATH));
        Path logs = Files.createDirectories(home.resolve("target/bench/logs"));
        JavaProcess java = new JavaProcess(heap, logs);
        Product unkg = Product.jar(unkgJar != null ? unkgJar : home.resolve("target/unkg.jar"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/sparql";
        Report report = new Report();
        report.heading("Aggregate queries, live against precomputed (ms)");
        report.line(Machine.describe() + "; load average at the start: " + loadAverage() + ".");
        report.line("");
        List<List<String>> rows = new ArrayList<>();
        Process server = java.start("aggregates-serve", java.command(unkg.launch(), List.of(), List.of("serve",
                "--db", store.toString(), "--port", String.valueOf(port), "--host", "127.0.0.1")), home);
        try {
            awaitReady(server, endpoint);
            for (int pass = 1; pass <= warmUpPasses; pass++) {
                err.println("aggregates: warm-up pass " + pass + " of " + warmUpPasses);
                err.flush();
                for (GalleryQueries.Pair pair : pairs) {
                    http.once(HttpProbe.sparql(endpoint, pair.live().text(), false));
                    http.once(HttpProbe.sparql(endpoint, pair.precomputed().text(), false));
                }
            }
            for (GalleryQueries.Pair pair : pairs) {
                HttpRequest live = HttpProbe.sparql(endpoint, pair.live().text(), false);
                HttpRequest precomputed = HttpProbe.sparql(endpoint, pair.precomputed().text(), false);
                String liveRows = rows(live);
                String precomputedRows = rows(precomputed);
                if (!liveRows.equals(precomputedRows)) {
                    report.note(pair.id() + ": " + liveRows + " rows live, " + precomputedRows + " precomputed.");
                }
                for (int c : clients) {
                    err.println("aggregates: " + pair.id() + ", " + c + " client(s)");
                    err.flush();
                    int half = Math.max(1, requests / 2);
                    Latencies a1 = http.run(live, c, 1, half);
                    Latencies b1 = http.run(precomputed, c, 1, half);
                    Latencies b2 = http.run(precomputed, c, 0, requests - half);
                    Latencies a2 = http.run(live, c, 0, requests - half);
                    Latencies a = Latencies.concat(a1, a2);
                    Latencies b = Latencies.concat(b1, b2);
                    if (a.errors() + b.errors() > 0) {
                        report.note(pair.id() + ", " + c + " clients: " + (a.errors() + b.errors())
                                + " requests failed or did not answer 200 and are not counted.");
                    }
                    rows.add(List.of(pair.id(), String.valueOf(c), ms(a, 50), ms(a, 99), ms(b, 50), ms(b, 99),
                            Report.num(a.percentileMs(50) / b.percentileMs(50), 1),
                            Report.num(a.percentileMs(99) / b.percentileMs(99), 1), liveRows));
                }
            }
        } finally {
            JavaProcess.stop(server);
        }
        report.table(List.of("query", "clients", "live p50", "live p99", "precomputed p50", "precomputed p99",
                "live/precomputed p50", "live/precomputed p99", "rows"), rows);
        report.line("");
        report.line("Load average at the end: " + loadAverage() + ".");
        String markdown = report.markdown();
        spec.commandLine().getOut().print(markdown);
        spec.commandLine().getOut().flush();
        if (out != null) {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        }
        return 0;
    }

    /** The rows the query gives, asked once; the status when it fails. */
    private String rows(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.once(request);
        if (r.statusCode() != 200) {
            return "HTTP " + r.statusCode();
        }
        JsonObject json = JSON.parse(r.body());
        return String.valueOf(json.getObj("results").get("bindings").getAsArray().size());
    }

    private void awaitReady(Process p, String endpoint) throws IOException, InterruptedException {
        HttpRequest ask = HttpProbe.sparql(endpoint, "ASK {}", false);
        long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("the server stopped (exit " + p.exitValue() + "); see target/bench/logs");
            }
            try {
                if (http.once(ask).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("the server did not answer within 15 minutes; see target/bench/logs");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String ms(Latencies l, double p) {
        return Report.num(l.percentileMs(p), 1);
    }
}
