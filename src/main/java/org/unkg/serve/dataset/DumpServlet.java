package org.unkg.serve.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.load.DatasetDump;
import org.unkg.serve.http.Etags;
import org.unkg.serve.http.Origin;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.HtmlResponse;

/**
 * {@code /dumps/}: a page listing the dumps, and the files themselves, {@code /dumps/unkg.nq.gz} and
 * {@code /dumps/unkg.nt.gz} (served as {@code application/n-quads} or {@code application/n-triples} with
 * {@code Content-Encoding: gzip}, or as {@code application/gzip} to a client whose {@code Accept-Encoding} refuses
 * gzip, with {@code Content-Length}, a strong entity tag from its SHA-256, and single byte ranges
 * for resumed downloads) and their {@code .sha256} (for {@code sha256sum -c}). Nothing is made on
 * request: the files were written when the store was built.
 */
final class DumpServlet extends HttpServlet {

    static final String PATH = "/dumps/";

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final transient StoreFacts facts;

    DumpServlet(StoreFacts facts) {
        this.facts = facts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (name.isEmpty()) {
            if (!request.getRequestURI().endsWith("/")) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", PATH);
                return;
            }
            listing(request, response);
            return;
        }
        Optional<StoreFacts.Dump> quads = facts.dump();
        Optional<StoreFacts.Dump> triples = facts.triplesDump();
        if (name.equals(DatasetDump.CHECKSUM_FILE_NAME) && quads.isPresent()) {
            checksum(request, response, quads.get());
        } else if (name.equals(DatasetDump.TRIPLES_CHECKSUM_FILE_NAME) && triples.isPresent()) {
            checksum(request, response, triples.get());
        } else if (name.equals(DatasetDump.FILE_NAME) && quads.isPresent()) {
            file(request, response, quads.get(), DatasetDump.FILE_NAME, "application/n-quads");
        } else if (name.equals(DatasetDump.TRIPLES_FILE_NAME) && triples.isPresent()) {
            file(request, response, triples.get(), DatasetDump.TRIPLES_FILE_NAME, "application/n-triples");
        } else {
            HtmlResponse.error(request, response, HttpServletResponse.SC_NOT_FOUND,
                    Chrome.of(request, null).t().get("dumps.notFound"));
        }
    }

    private static void checksum(HttpServletRequest request, HttpServletResponse response, StoreFacts.Dump dump)
            throws IOException {
        send(request, response, dump.checksumFile(), Files.size(dump.checksumFile()), "text/plain; charset=utf-8",
                "\"" + dump.sha256().substring(16, 32) + "\"");
    }

    /**
     * A gzipped dump: its representation is RDF in {@code mediaType}, coded with gzip; a client that refuses the
     * coding gets the same bytes as a gzip file. Either way a single entity tag, as the bytes are the same.
     */
    private static void file(HttpServletRequest request, HttpServletResponse response, StoreFacts.Dump dump,
            String name, String mediaType) throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.addHeader("Vary", "Accept-Encoding");
        String type = "application/gzip";
        if (GzipCoding.accepted(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            type = mediaType;
        }
        send(request, response, dump.file(), dump.size(), type, "\"" + dump.sha256().substring(0, 16) + "\"");
    }

    private void listing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Chrome chrome = Chrome.of(request, null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("hasDump", facts.dump().isPresent());
        values.put("hasTriples", facts.triplesDump().isPresent());
        values.put("triplesFile", DatasetDump.TRIPLES_FILE_NAME);
        values.put("triplesChecksumFile", DatasetDump.TRIPLES_CHECKSUM_FILE_NAME);
        values.put("triplesSize", facts.triplesDump().map(StoreFacts.Dump::size).orElse(0L));
        values.put("triplesSha256", facts.triplesDump().map(StoreFacts.Dump::sha256).orElse(""));
        values.put("origin", Origin.of(request));
        values.put("file", DatasetDump.FILE_NAME);
        values.put("checksumFile", DatasetDump.CHECKSUM_FILE_NAME);
        values.put("size", facts.dump().map(StoreFacts.Dump::size).orElse(0L));
        values.put("sha256", facts.dump().map(StoreFacts.Dump::sha256).orElse(""));
        values.put("quads", facts.quads());
        values.put("builtAt", HTTP_DATE.format(facts.builtAt()));
        HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "dumps", chrome, values);
    }

    /** Sends a file whole, or the one byte range asked for; 416 for a range outside it. */
    private static void send(HttpServletRequest request, HttpServletResponse response, java.nio.file.Path file,
            long size, String contentType, String etag) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Last-Modified", HTTP_DATE.format(Files.getLastModifiedTime(file).toInstant()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        long start = 0;
        long end = size - 1;
        String range = request.getHeader("Range");
        String ifRange = request.getHeader("If-Range");
        if (range != null && (ifRange == null || ifRange.equals(etag))) {
            Matcher m = RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                if (m.group(1).isEmpty()) {
                    start = Math.max(0, size - Long.parseLong(m.group(2)));
                } else {
                    start = Long.parseLong(m.group(1));
                    end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                }
                if (start >= size || start > end) {
                    response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    response.setHeader("Content-Range", "bytes */" + size);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
            }
            // Several ranges, or a unit other than bytes: the whole file, as RFC 9110 allows.
        }
        long length = end - start + 1;
        response.setContentType(contentType);
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = response.getOutputStream()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
