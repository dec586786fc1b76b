package org.unkg.image;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Where an image is: a file, or an {@code http:} or {@code https:} URL, from which it is streamed as it is read (a
 * replica keeps no copy of the image, only the store unpacked from it).
 *
 * <pre>{@code
 * ImageLocation image = ImageLocation.parse("https://example.org/unkg-20261122.tar.zst");
 * try (ImageLocation.Opened opened = image.open()) { ... opened.in() ... }
 * }</pre>
 */
public final class ImageLocation {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final Path file;
    private final URI url;

    private ImageLocation(Path file, URI url) {
        this.file = file;
        this.url = url;
    }

    /** An {@code http(s)://} URL, else a path. */
    public static ImageLocation parse(String fileOrUrl) {
        String lower = fileOrUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return new ImageLocation(null, new URI(fileOrUrl));
            } catch (URISyntaxException e) {
                throw new ImageException(fileOrUrl + ": not a URL: " + e.getMessage(), e);
            }
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw new ImageException(fileOrUrl + ": only files and http(s) URLs are read");
        }
        return new ImageLocation(Path.of(fileOrUrl), null);
    }

    public static ImageLocation of(Path file) {
        return new ImageLocation(file, null);
    }

    /** The image's bytes, and their number when known. */
    public record Opened(InputStream in, OptionalLong length) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Opens the file, or sends the GET and checks its answer; the caller reads and closes the stream. */
    public Opened open() {
        return file != null ? openFile() : openUrl();
    }

    private Opened openFile() {
        try {
            if (Files.isDirectory(file)) {
                throw new ImageException(file + ": a directory, not an image file");
            }
            return new Opened(Files.newInputStream(file), OptionalLong.of(Files.size(file)));
        } catch (NoSuchFileException e) {
            throw new ImageException(file + ": no such file", e);
        } catch (IOException e) {
            throw new ImageException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private Opened openUrl() {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        HttpRequest request = HttpRequest.newBuilder(url).GET()
                .header("Accept", "application/zstd, application/octet-stream;q=0.9, */*;q=0.1")
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ImageException(url + ": cannot fetch: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageException(url + ": interrupted while fetching", e);
        }
        if (response.statusCode() != 200) {
            try (InputStream ignored = response.body()) {
                // the error page is not wanted; closing the body releases the connection
            } catch (IOException ignored) {
                // the status says enough
            }
            throw new ImageException(url + ": cannot fetch: the server answered " + response.statusCode());
        }
        return new Opened(response.body(), response.headers().firstValueAsLong("Content-Length"));
    }

    @Override
    public String toString() {
        return file != null ? file.toString() : url.toString();
    }
}
