package org.unkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unkg bench}: measures conversion, load, SPARQL queries, entity pages and {@code up} in one run, side by
 * side with Jena's own loader and a plain Fuseki, and writes the figures as Markdown tables.
 *
 * <p>Every program measured runs in a process of its own with the same heap: conversions, our load and
 * {@code tdb2.tdbloader}, our server and the plain Fuseki. Ours runs through its command line ({@link Product}), and
 * tells what it did in the JSON of {@code convert --json} and {@code load --json}. The two servers serve the same
 * store and are measured in turn, query by query, so that the noise of a shared machine falls on both alike.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = BenchMain.BenchVersion.class,
        subcommands = AggregatesCommand.class,
        description = {"Measures convert (1 thread and all cores), load (against Jena's tdb2.tdbloader), the gallery's",
            "SPARQL queries and the entity pages (at 1, 2 and 8 clients, against a plain Fuseki on the same store)",
            "and 'up', and writes Markdown tables to standard output and to --out. A figure is for comparing",
            "within one run: shared machines are noisy."})
public final class BenchCommand implements Callable<Integer> {

    static final List<String> DEFAULT_PAGES = List.of("/page/document/S/RES/1373(2001)", "/page/organization/CTED",
            "/page/theme/counter-terrorism");
    private static final String READY_QUERY = "ASK {}";
    /** A query that needs the store: what {@code up} serves must answer it. */
    private static final String FIRST_QUERY = "SELECT ?r WHERE { ?r a <https://w3id.org/unkg/ontology#Resolution> }"
            + " LIMIT 1";

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the Markdown to this file.")
    private Path out;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the converted files, stores and logs go"
            + " (default: target/bench of the checkout).")
    private Path work;

    @Option(names = "--scale", split = ",", paramLabel = "N", defaultValue = "1",
            description = "Corpus sizes: 1 is the bundled corpus, N adds N-1 synthetic copies of its resolutions"
                    + " (default: ${DEFAULT-VALUE}; e.g. 1,10,30).")
    private List<Integer> scales;

    @Option(names = "--clients", split = ",", paramLabel = "N", defaultValue = "1,2,8",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20",
            description = "Timed requests per client, per query and server (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warm-up-passes", paramLabel = "N", defaultValue = "3",
            description = "Passes over every query and page on both servers before anything is timed, so that both"
                    + " JVMs have compiled the code every query runs (default: ${DEFAULT-VALUE}).")
    private int warmUpPasses;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "3",
            description = "Untimed requests per client first (default: ${DEFAULT-VALUE}).")
    private int warmUp;

    @Option(names = "--threads", split = ",", paramLabel = "N",
            description = "Conversion threads to measure (default: 1 and the number of cores).")
    private List<Integer> threads;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "The heap of every process measured (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "The query gallery (default: queries/gallery.ttl of the checkout, else of the jar).")
    private Path queries;

    @Option(names = "--pages", split = ",", paramLabel = "PATH",
            description = "Entity pages to time, as paths on the server (default: a resolution, CTED, a theme).")
    private List<String> pages = new ArrayList<>(DEFAULT_PAGES);

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folders (default: data/zh and"
            + " data/en-resolutions of the checkout); synthetic copies are made of the last one.")
    private List<Path> corpus;

    @Option(names = "--manifest", paramLabel = "CSV", description = "The corpus manifest (default: data/zh/manifest.csv"
            + " of the checkout, when there is one).")
    private Path manifest;

    @Option(names = "--jena-cmds", paramLabel = "JAR", description = "The jena-cmds 5.6.0 jar for tdb2.tdbloader"
            + " (default: target/bench-lib/ of the checkout, else the local Maven repository).")
    private Path jenaCmds;

    @Option(names = "--unkg-jar", paramLabel = "JAR",
            description = "The program to measure (default: target/unkg.jar of the checkout).")
    private Path unkgJar;

    @Option(names = "--unkg-classpath", paramLabel = "CLASSPATH", hidden = true,
            description = "The program's classes and libraries instead of its jar, for the tests.")
    private String unkgClasspath;

    @Option(names = "--no-up", description = "Leave out the timing of 'up'.")
    private boolean noUp;

    @Option(names = "--no-peer", description = "Leave out the peer (Oxigraph, from npm, run by Node.js), which"
            + " otherwise loads each scale's dumps and answers the gallery's queries without full-text search.")
    private boolean noPeer;

    @Option(names = "--keep", description = "Keep the stores and converted files of every scale (they are deleted"
            + " after each scale otherwise, to spare the disk).")
    private boolean keep;

    private JavaProcess java;
    private Product unkg;
    private Path home;
    private final Report report = new Report();
    private final HttpProbe http = new HttpProbe();
    /** How many rows each query gave on our server, by scale and label, for the peer's table. */
    private final Map<String, String> rowCounts = new HashMap<>();
    private static final String OXIGRAPH = "0.5.11";

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        home = Path.of(System.getProperty("unkg.home", ".")).toAbsolutePath().normalize();
        work = (work != null ? work : home.resolve("target/bench")).toAbsolutePath().normalize();
        java = new JavaProcess(heap, work.resolve("logs"));
        unkg = unkgClasspath != null ? Product.classpath(unkgClasspath)
                : Product.jar(unkgJar != null ? unkgJar : home.resolve("target/unkg.jar"));
        List<Path> folders = corpus != null ? corpus : List.of(home.resolve("data/zh"), home.resolve("data/en-resolutions"));
        Path csv = manifest != null ? manifest : home.resolve("data/zh/manifest.csv");
        List<GalleryQueries.Query> gallery = queries != null ? GalleryQueries.read(queries)
                : GalleryQueries.locate(home);
        Optional<Path> cmds = jenaCmds != null ? Optional.of(jenaCmds) : findJenaCmds();

        report.line("Machine: " + Machine.describe() + ". Every process measured ran with -Xmx" + heap + ".");
        double startUp = java.run("startup", java.command(unkg.launch(), List.of(), List.of("--version")), home, 2)
                .seconds();
        report.line("");
        report.line("JVM start-up (`unkg --version`): " + Report.num(startUp, 2) + " s; it is part of every figure"
                + " below that runs a program from its start (convert, load).");

        List<List<String>> convertRows = new ArrayList<>();
        List<List<String>> loadRows = new ArrayList<>();
        List<List<String>> stepRows = new ArrayList<>();
        List<List<String>> queryRows = new ArrayList<>();
        List<List<String>> pageRows = new ArrayList<>();
        List<List<String>> upRows = new ArrayList<>();
        List<List<String>> peerRows = new ArrayList<>();
        List<List<String>> peerLoadRows = new ArrayList<>();
        Path peerSource = home.resolve("bench/oxigraph");
        Optional<String> noPeerWhy = noPeer ? Optional.of("--no-peer") : OxigraphPeer.unavailable(peerSource);
        noPeerWhy.ifPresent(why -> report.note("The peer (Oxigraph) was not run: " + why + "."));
        for (int scale : scales) {
            err.println("bench: scale ×" + scale);
            err.flush();
            Path dir = work.resolve("x" + scale);
            deleteTree(dir);
            Files.createDirectories(dir);
            List<Path> inputs = new ArrayList<>(folders);
            if (scale > 1) {
                inputs.addAll(new SyntheticCorpus(folders.get(folders.size() - 1))
                        .write(scale - 1, work.resolve("synthetic")));
            }
            long[] text = textSize(inputs);
            Path nq = dir.resolve("corpus.nq");
            long statements = convert(scale, inputs, csv, nq, text, convertRows, err);
            statements += StoreFile.appendTo(nq, StoreFile.upParts(home));
            double[] loadSeconds = new double[1];
            Path storeDir = load(scale, nq, statements, dir, cmds, loadRows, stepRows, loadSeconds, err);
            Map<String, Latencies> oursAlone = new HashMap<>();
            serve(scale, dir.resolve("db"), storeDir, gallery, queryRows, pageRows, oursAlone, err);
            if (noPeerWhy.isEmpty()) {
                peer(scale, storeDir, gallery, oursAlone, loadSeconds[0], new OxigraphPeer(peerSource,
                        work.resolve("oxigraph")), peerRows, peerLoadRows, err);
            }
            if (!keep) {
                deleteTree(dir);
            }
        }
        if (!noUp) {
            up(upRows, err);
        }

        report.heading("Convert");
        report.table(List.of("scale", "documents", "MB of text", "quads", "threads", "seconds", "documents/s", "MB/s",
                "quads/s"), convertRows);
        report.heading("Load: ours against tdb2.tdbloader on the same N-Quads file");
        report.table(List.of("scale", "quads in file", "ours: s", "ours: quads/s", "tdbloader: s", "tdbloader: quads/s",
                "ours / tdbloader", "ours: quads stored", "quads stored per s, ours / tdbloader"), loadRows);
        report.line("");
        report.line("The first ratio is of the times on the same file (quads in the file per second). Ours stores more"
                + " quads than the file has (what the ontology entails) and builds more than the quads' indexes (the"
                + " text index, the statistics, the dump), so the second ratio is of quads stored per second.");
        report.line("");
        report.line("Our load's steps (the loading step also writes what the ontology entails; the dump and the"
                + " statistics are written at the same time, after the text index):");
        report.line("");
        report.table(List.of("scale", "step", "seconds", "done", "rate"), stepRows);
        report.heading("SPARQL: the gallery's queries, ours against a plain Fuseki on the same store (ms)");
        report.table(List.of("scale", "query", "clients", "ours p50", "p95", "p99", "q/s", "plain p50", "p95", "p99",
                "q/s", "p50 ours/plain", "p99 ours/plain", "rows"), queryRows);
        report.heading("Entity pages (ms; ours only: a plain Fuseki has no pages)");
        report.table(List.of("scale", "page", "clients", "p50", "p95", "p99", "pages/s"), pageRows);
        if (noPeerWhy.isEmpty()) {
            report.heading("A peer: Oxigraph on the same quads");
            report.line("Oxigraph (the npm package `oxigraph`, " + OXIGRAPH + ", in memory, run by Node.js) loads the"
                    + " dumps our load wrote (every quad of our store into its named graph, and the distinct triples"
                    + " of their union into the default graph, which is what our default graph is) and answers the"
                    + " gallery's queries that need no full-text search, one at a time after the same warm-up. Our figure is the p50 at one client from the table above, over HTTP; Oxigraph's is"
                    + " in its own process, the answer serialised as a server would but not sent, so the ratio favours"
                    + " Oxigraph by the HTTP round trip (about 1 ms here).");
            report.line("");
            report.table(List.of("scale", "statements in Oxigraph", "our load: s", "Oxigraph load of the dumps: s",
                    "ours / Oxigraph"), peerLoadRows);
            report.line("");
            report.table(List.of("scale", "query", "ours p50", "Oxigraph p50", "p95", "ours / Oxigraph", "rows ours",
                    "rows Oxigraph"), peerRows);
        }
        if (!noUp) {
            report.heading("up: from the start of the process to the first answered query");
            report.table(List.of("store", "seconds"), upRows);
        }
        String md = report.markdown();
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, md, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private long convert(int scale, List<Path> inputs, Path csv, Path nq, long[] text, List<List<String>> rows,
            PrintWriter err) throws IOException, InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        long statements = -1;
        List<Integer> counts = threads != null ? threads : cores > 1 ? List.of(1, cores) : List.of(1);
        for (int t : counts) {
            err.println("bench: convert, " + t + " thread(s)");
            err.flush();
            List<String> args = new ArrayList<>(List.of("convert", "--json", "--threads", String.valueOf(t), "--out",
                    nq.toString()));
            if (Files.isRegularFile(csv)) {
                args.addAll(List.of("--manifest", csv.toString()));
            }
            inputs.forEach(i -> args.add(i.toString()));
            JavaProcess.Result r = java.run("convert-x" + scale + "-t" + t,
                    java.command(unkg.launch(), List.of(), args), home, 120);
            JsonObject summary = summary(r, "convert");
            long documents = number(summary, "converted");
            statements = number(summary, "statements");
            long failed = number(summary, "failed");
            if (failed != 0) {
                report.note("×" + scale + ": " + failed + " of " + text[1] + " files were not converted (see the log"
                        + " convert-x" + scale + "-t" + t + ".log).");
            }
            double s = r.seconds();
            rows.add(List.of("×" + scale, Report.num(documents, 0), Report.num(text[0] / 1e6, 1),
                    Report.num(statements, 0), String.valueOf(t), Report.num(s, 2), Report.num(documents / s, 0),
                    Report.num(text[0] / 1e6 / s, 2), Report.num(statements / s, 0)));
        }
        return statements;
    }

    /** Loads the file with our loader and with Jena's, and gives the directory of the store ours built. */
    private Path load(int scale, Path nq, long statements, Path dir, Optional<Path> cmds, List<List<String>> rows,
            List<List<String>> steps, double[] seconds, PrintWriter err) throws IOException, InterruptedException {
        err.println("bench: load (ours)");
        err.flush();
        Path db = dir.resolve("db");
        JavaProcess.Result ours = java.run("load-x" + scale, java.command(unkg.launch(), List.of(),
                List.of("load", "--json", "--db", db.toString(), nq.toString())), home, 600);
        JsonObject summary = summary(ours, "load");
        seconds[0] = ours.seconds();
        long stored = number(summary, "quads");
        for (JsonValue value : summary.get("steps").getAsArray()) {
            JsonObject step = value.getAsObject();
            double s = step.get("seconds").getAsNumber().value().doubleValue();
            long count = number(step, "count");
            String unitName = step.get("unit").getAsString().value();
            boolean bytes = unitName.equals("bytes");
            String unit = bytes ? "MB" : unitName;
            double n = bytes ? count / 1e6 : count;
            steps.add(List.of("×" + scale, step.get("name").getAsString().value(), Report.num(s, 1),
                    Report.num(n, bytes ? 1 : 0) + " " + unit,
                    count > 0 ? Report.num(n / s, bytes ? 1 : 0) + " " + unit + "/s" : ""));
        }
        String tdbSeconds = "n/a";
        String tdbRate = "n/a";
        String ratio = "n/a";
        String storedRatio = "n/a";
        if (cmds.isPresent() && Files.isRegularFile(cmds.get())) {
            err.println("bench: load (tdb2.tdbloader)");
            err.flush();
            JavaProcess.Result jena = java.run("tdbloader-x" + scale, java.command("tdb2.tdbloader", List.of(cmds.get()),
                    List.of(), List.of("--loc", dir.resolve("tdbloader").toString(), nq.toString())), home, 600);
            if (jena.exit() == 0) {
                tdbSeconds = Report.num(jena.seconds(), 1);
                tdbRate = Report.num(statements / jena.seconds(), 0);
                ratio = Report.num(jena.seconds() / ours.seconds(), 2);
                storedRatio = Report.num(stored / ours.seconds() / (statements / jena.seconds()), 2);
            } else {
                report.note("tdb2.tdbloader failed (exit " + jena.exit() + "), see its log in " + work.resolve("logs"));
            }
            deleteTree(dir.resolve("tdbloader"));
        } else {
            report.note("tdb2.tdbloader was not run: no jena-cmds jar (fetch it with `mvn dependency:copy"
                    + " -Dartifact=org.apache.jena:jena-cmds:5.6.0 -DoutputDirectory=target/bench-lib`, or give"
                    + " --jena-cmds).");
        }
        rows.add(List.of("×" + scale, Report.num(statements, 0), Report.num(ours.seconds(), 1),
                Report.num(statements / ours.seconds(), 0), tdbSeconds, tdbRate, ratio, Report.num(stored, 0),
                storedRatio));
        return Path.of(summary.get("dir").getAsString().value());
    }

    /** The JSON a command of ours printed with {@code --json}; fails pointing at its log when it did not succeed. */
    private JsonObject summary(JavaProcess.Result r, String command) throws IOException {
        String out = r.output().strip();
        if (r.exit() != 0 && !command.equals("convert") || !out.startsWith("{")) {
            throw new IOException(command + " failed (exit " + r.exit() + "): see " + work.resolve("logs"));
        }
        return JSON.parse(out.substring(out.lastIndexOf("\n{") + 1));
    }

    private static long number(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }

    private void serve(int scale, Path db, Path storeDir, List<GalleryQueries.Query> gallery,
            List<List<String>> queryRows, List<List<String>> pageRows, Map<String, Latencies> oursAlone,
            PrintWriter err) throws IOException, InterruptedException {
        err.println("bench: SPARQL and pages");
        err.flush();
        // TDB2 locks a database for one process: the plain Fuseki gets a copy of the store, byte for byte, at the
        // place fuseki-config/config.ttl names for a stock Fuseki (store/ of its working directory)
        Path plainDir = db.resolveSibling("plain-fuseki");
        Path copy = plainDir.resolve("store");
        copyTree(storeDir, copy);
        Path config = home.resolve("fuseki-config/config.ttl").toAbsolutePath();
        int ourPort = freePort();
        int plainPort = freePort();
        Process ours = java.start("serve-x" + scale, java.command(unkg.launch(), List.of(),
                List.of("serve", "--db", db.toString(), "--port", String.valueOf(ourPort), "--host", "127.0.0.1")),
                home);
        Process plain = java.start("plain-fuseki-x" + scale, java.command(
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", List.of(), List.of(),
                List.of("--config=" + config, "--port=" + plainPort, "--localhost")), plainDir);
        try {
            String ourBase = "http://127.0.0.1:" + ourPort;
            String plainBase = "http://127.0.0.1:" + plainPort;
            awaitReady(ours, ourBase + "/sparql", "our server");
            awaitReady(plain, plainBase + "/sparql", "the plain Fuseki");
            warmUp(gallery, ourBase, plainBase, err);
            for (GalleryQueries.Query q : gallery) {
                HttpRequest ourRequest = HttpProbe.sparql(ourBase + "/sparql", q.text(), q.construct());
                HttpRequest plainRequest = HttpProbe.sparql(plainBase + "/sparql", q.text(), q.construct());
                String rows = rows(ourRequest, q, "ours");
                rowCounts.put(scale + " " + q.label(), rows);
                String plainRows = rows(plainRequest, q, "plain");
                if (!rows.equals(plainRows)) {
                    report.note("×" + scale + ", " + q.label() + ": " + rows + " rows from ours, " + plainRows
                            + " from the plain Fuseki.");
                }
                for (int c : clients) {
                    err.println("bench: " + q.label() + ", " + c + " client(s)");
                    err.flush();
                    // in two halves, ours then plain, then plain then ours, so that a change in the machine's
                    // load during the measurement falls on both alike
                    int half = Math.max(1, requests / 2);
                    Latencies a1 = http.run(ourRequest, c, warmUp, half);
                    Latencies b1 = http.run(plainRequest, c, warmUp, half);
                    Latencies b2 = http.run(plainRequest, c, 0, requests - half);
                    Latencies a2 = http.run(ourRequest, c, 0, requests - half);
                    Latencies a = Latencies.concat(a1, a2);
                    Latencies b = Latencies.concat(b1, b2);
                    errors(scale, q.label(), c, a, b);
                    if (c == clients.get(0)) {
                        oursAlone.put(q.label(), a);
                    }
                    queryRows.add(List.of("×" + scale, q.label(), String.valueOf(c), ms(a, 50), ms(a, 95), ms(a, 99),
                            Report.num(a.throughput(), 1), ms(b, 50), ms(b, 95), ms(b, 99),
                            Report.num(b.throughput(), 1),
                            Report.num(a.percentileMs(50) / b.percentileMs(50), 2),
                            Report.num(a.percentileMs(99) / b.percentileMs(99), 2), rows));
                }
            }
            for (String page : pages) {
                HttpRequest request = HttpProbe.page(ourBase + page);
                HttpResponse<String> first = http.once(request);
                if (first.statusCode() != 200) {
                    report.note("×" + scale + ": the page " + page + " answered " + first.statusCode()
                            + "; it was not timed.");
                    continue;
                }
                for (int c : clients) {
                    Latencies a = http.run(request, c, warmUp, requests);
                    errors(scale, page, c, a, null);
                    pageRows.add(List.of("×" + scale, page, String.valueOf(c), ms(a, 50), ms(a, 95), ms(a, 99),
                            Report.num(a.throughput(), 1)));
                }
            }
        } finally {
            JavaProcess.stop(ours);
            JavaProcess.stop(plain);
            deleteTree(plainDir);
        }
    }

    /**
     * Loads the store's dumps into the peer and times there the gallery's queries that it can answer (those without
     * jena-text's {@code text:query}), beside our p50 at the first number of clients.
     */
    private void peer(int scale, Path storeDir, List<GalleryQueries.Query> gallery, Map<String, Latencies> ours,
            double ourLoad, OxigraphPeer oxigraph, List<List<String>> rows, List<List<String>> loadRows,
            PrintWriter err) throws IOException, InterruptedException {
        Path quads = storeDir.resolve("dumps/unkg.nq.gz");
        Path triples = storeDir.resolve("dumps/unkg.nt.gz");
        if (!Files.isRegularFile(quads) || !Files.isRegularFile(triples)) {
            report.note("×" + scale + ": no dumps in " + quads.getParent() + "; the peer was not run.");
            return;
        }
        List<GalleryQueries.Query> answerable = gallery.stream().filter(q -> !q.text().contains("text:query"))
                .toList();
        err.println("bench: the peer (Oxigraph), " + answerable.size() + " queries");
        err.flush();
        OxigraphPeer.Run run;
        try {
            run = oxigraph.run(quads, triples, answerable, warmUpPasses, requests, 60);
        } catch (IOException e) {
            report.note("×" + scale + ": the peer failed: " + e.getMessage());
            return;
        }
        loadRows.add(List.of("×" + scale, Report.num(run.quads(), 0), Report.num(ourLoad, 1),
                Report.num(run.loadSeconds(), 1), Report.num(ourLoad / run.loadSeconds(), 2)));
        for (GalleryQueries.Query q : answerable) {
            OxigraphPeer.Answer answer = run.answer(q.label()).orElseThrow();
            Latencies mine = ours.get(q.label());
            String oursP50 = mine == null ? "n/a" : ms(mine, 50);
            if (answer.error() != null) {
                rows.add(List.of("×" + scale, q.label(), oursP50, "error: " + answer.error().replace("|", "/"), "",
                        "", rowCounts.getOrDefault(scale + " " + q.label(), "n/a"), ""));
                continue;
            }
            Latencies theirs = answer.latencies();
            rows.add(List.of("×" + scale, q.label(), oursP50, ms(theirs, 50), ms(theirs, 95),
                    mine == null ? "n/a" : Report.num(mine.percentileMs(50) / theirs.percentileMs(50), 2),
                    rowCounts.getOrDefault(scale + " " + q.label(), "n/a"), answer.rows()));
        }
    }

    /**
     * Asks every query of the gallery and every page of both servers, in turn, {@code warmUpPasses} times, untimed: a
     * few requests of one query are not enough for the JIT to compile what a large query runs, and the first server
     * measured would otherwise pay for it.
     */
    private void warmUp(List<GalleryQueries.Query> gallery, String ourBase, String plainBase, PrintWriter err)
            throws IOException, InterruptedException {
        for (int pass = 1; pass <= warmUpPasses; pass++) {
            err.println("bench: warm-up pass " + pass + " of " + warmUpPasses);
            err.flush();
            for (GalleryQueries.Query q : gallery) {
                http.once(HttpProbe.sparql(ourBase + "/sparql", q.text(), q.construct()));
                http.once(HttpProbe.sparql(plainBase + "/sparql", q.text(), q.construct()));
            }
            for (String page : pages) {
                http.once(HttpProbe.page(ourBase + page));
            }
        }
    }

    /** Times {@code up} from no store (a fresh workspace beside the checkout's corpus), then with that store. */
    private void up(List<List<String>> rows, PrintWriter err) throws IOException, InterruptedException {
        Path upHome = work.resolve("up-home");
        deleteTree(upHome);
        Files.createDirectories(upHome);
        for (String part : List.of("data", "ontology", "fuseki-config")) {
            Files.createSymbolicLink(upHome.resolve(part), home.resolve(part));
        }
        for (String state : List.of("none (converts and loads the bundled corpus first)", "up to date")) {
            err.println("bench: up, store " + state);
            err.flush();
            int port = freePort();
            long t0 = System.nanoTime();
            Process p = java.start("up-" + (rows.size() + 1), java.command(unkg.launch(),
                    List.of("-Dunkg.home=" + upHome), List.of("up", "--port", String.valueOf(port), "--host",
                            "127.0.0.1")), upHome);
            try {
                HttpRequest q = HttpProbe.sparql("http://127.0.0.1:" + port + "/sparql", FIRST_QUERY, false);
                double seconds = awaitAnswer(p, q, t0, "up");
                rows.add(List.of(state, Report.num(seconds, 1)));
            } finally {
                JavaProcess.stop(p);
            }
        }
        deleteTree(upHome);
    }

    private void errors(int scale, String what, int c, Latencies a, Latencies b) {
        int n = a.errors() + (b == null ? 0 : b.errors());
        if (n > 0) {
            report.note("×" + scale + ", " + what + ", " + c + " clients: " + n + " requests failed or did not answer"
                    + " 200 and are not counted.");
        }
    }

    /** How many rows (or triples) the query gives, asked once. */
    private String rows(HttpRequest request, GalleryQueries.Query q, String server) throws IOException, InterruptedException {
        HttpResponse<String> r = http.once(request);
        if (r.statusCode() != 200) {
            return "HTTP " + r.statusCode() + " (" + server + ")";
        }
        if (q.construct()) {
            return String.valueOf(r.body().lines().filter(l -> !l.isBlank()).count());
        }
        JsonObject json = JSON.parse(r.body());
        return json.hasKey("boolean") ? json.get("boolean").toString()
                : String.valueOf(json.getObj("results").get("bindings").getAsArray().size());
    }

    private void awaitReady(Process p, String endpoint, String what) throws IOException, InterruptedException {
        awaitAnswer(p, HttpProbe.sparql(endpoint, READY_QUERY, false), System.nanoTime(), what);
    }

    /** Polls until the query is answered with 200; the seconds since {@code t0}. */
    private double awaitAnswer(Process p, HttpRequest request, long t0, String what) throws IOException,
            InterruptedException {
        long deadline = t0 + 15L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException(what + " stopped (exit " + p.exitValue() + "); see " + work.resolve("logs"));
            }
            try {
                if (http.once(request).statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IOException(what + " did not answer within 15 minutes; see " + work.resolve("logs"));
    }

    private static String ms(Latencies l, double p) {
        return Report.num(l.percentileMs(p), 1);
    }

    /** Bytes and number of the text files under the folders. */
    private static long[] textSize(List<Path> folders) throws IOException {
        long bytes = 0;
        long files = 0;
        for (Path f : folders) {
            try (Stream<Path> walk = Files.walk(f)) {
                for (Path p : walk.filter(x -> x.toString().endsWith(".txt")).toList()) {
                    bytes += Files.size(p);
                    files++;
                }
            }
        }
        return new long[] {bytes, files};
    }

    private Optional<Path> findJenaCmds() {
        String name = "jena-cmds-5.6.0.jar";
        for (Path p : List.of(home.resolve("target/bench-lib").resolve(name),
                Path.of(System.getProperty("user.home"), ".m2/repository/org/apache/jena/jena-cmds/5.6.0", name))) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
