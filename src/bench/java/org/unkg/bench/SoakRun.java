package org.unkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.unkg.bench.SoakTargets.Target;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A soak run against a running server: N clients, each asking the gallery's queries (or the README's) and the given
 * pages one after another as fast as it is answered, for a fixed time; then requests, errors by status, client
 * timeouts, latency percentiles and the server's resident memory (sampled every second) as a Markdown table row.
 *
 * <pre>
 * ./unkg soak --endpoint http://localhost:3030/sparql --pid PID \
 *     --clients 8,32 --seconds 60 --page /ontology --page /ontology.ttl
 * </pre>
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Keeps a running server busy with N clients for a while and reports what it saw.")
public final class SoakRun implements Callable<Integer> {

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://localhost:3030/sparql",
            description = "The SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    private URI endpoint;

    @Option(names = "--pid", paramLabel = "PID", description = "The server's process, for its resident memory.")
    private Long pid;

    @Option(names = "--clients", paramLabel = "N,...", split = ",", defaultValue = "8,32",
            description = "Concurrent clients, one run per number (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "How long each run lasts (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5",
            description = "Seconds of the same load before each run, not counted (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "60",
            description = "A request not answered in this many seconds counts as a timeout (default: ${DEFAULT-VALUE}).")
    private int timeout;

    @Option(names = "--gallery", paramLabel = "FILE", defaultValue = "queries/gallery.ttl",
            description = "The query gallery (default: ${DEFAULT-VALUE}); the README's queries if it does not exist.")
    private Path gallery;

    @Option(names = "--readme", paramLabel = "FILE", defaultValue = "README.md", hidden = true)
    private Path readme;

    @Option(names = "--page", paramLabel = "URL",
            description = "A page to ask for too, absolute or relative to the endpoint (repeatable).")
    private List<String> pages = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> queries = SoakTargets.queries(gallery, readme);
        List<Target> targets = SoakTargets.targets(endpoint, queries, pages);
        PrintStream out = System.out;
        System.err.printf("soak: %d queries (%s) and %d pages at %s%n", queries.size(),
                gallery.toFile().isFile() ? gallery : readme, pages.size(), endpoint);
        out.println("| clients | requests | per second | errors by status | client timeouts | p50 | p95 | p99 "
                + "| server RSS start / end / max |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (int n : clients) {
            if (warmup > 0) {
                System.err.printf("soak: %d clients, %d s warm-up%n", n, warmup);
                run(n, warmup, targets, new LoadFigures());
            }
            System.err.printf("soak: %d clients for %d s%n", n, seconds);
            LoadFigures figures = new LoadFigures();
            long start = System.nanoTime();
            run(n, seconds, targets, figures);
            double elapsed = (System.nanoTime() - start) / 1e9;
            out.println(String.format(Locale.ROOT, "| %d | %d | %.1f | %s | %d | %.0f ms | %.0f ms | %.0f ms | %s |",
                    n, figures.requests(), figures.requests() / elapsed, figures.errors(), figures.timeouts(),
                    figures.percentileMillis(0.50), figures.percentileMillis(0.95), figures.percentileMillis(0.99),
                    figures.rss()));
            out.flush();
            for (String line : figures.errorsByTarget()) {
                System.err.println("soak: " + n + " clients, " + line);
            }
        }
        return 0;
    }

    /** {@code n} clients for {@code seconds}, recording into {@code figures}; memory sampled every second. */
    private void run(int n, int seconds, List<Target> targets, LoadFigures figures) throws InterruptedException {
        ResidentMemory memory = pid == null ? null : new ResidentMemory(pid);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        if (memory != null) {
            sampler.scheduleAtFixedRate(() -> memory.kib().ifPresent(figures::rss), 0, 1, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int first = i;
            Thread worker = new Thread(() -> client(first, deadline, targets, figures), "soak-client-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (memory != null) {
            memory.kib().ifPresent(figures::rss);
        }
        sampler.shutdownNow();
    }

    /** One client: its own connection, the targets in turn from {@code first} on, until the deadline. */
    private void client(int first, long deadline, List<Target> targets, LoadFigures figures) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = first; System.nanoTime() < deadline; i++) {
            Target target = targets.get(i % targets.size());
            HttpRequest request = HttpRequest.newBuilder(target.uri())
                    .timeout(Duration.ofSeconds(timeout))
                    .header("Accept", "application/sparql-results+json, text/html;q=0.9, */*;q=0.1")
                    .GET().build();
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                figures.answered(target.name(), response.statusCode(), (System.nanoTime() - sent) / 1000);
            } catch (HttpTimeoutException e) {
                figures.timedOut();
            } catch (IOException e) {
                figures.failed(e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
