package org.unkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 by hand, for what an ordinary client will not do: send a body of any size while the answer is read, send a
 * request a few bytes at a time, or stop halfway.
 */
final class RawClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawClient(int port, Duration readTimeout) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout((int) readTimeout.toMillis());
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Request line and headers, ending with the empty line. */
    static byte[] head(String method, String target, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * Writes {@code bytes} from another thread, so that an answer given before the body is complete can be read;
     * a write failing because the server closed the connection is what such an answer leads to, and is ignored.
     */
    Thread writeInBackground(byte[] head, byte[] body) {
        Thread writer = new Thread(() -> {
            try {
                out.write(head);
                for (int offset = 0; offset < body.length; offset += 65536) {
                    out.write(body, offset, Math.min(65536, body.length - offset));
                }
                out.flush();
            } catch (IOException e) {
                // the server stopped reading: its answer says why
            }
        }, "raw-client-writer");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    /** The status of the answer, or -1 if the server closed the connection without one. */
    int status() throws IOException {
        String line = statusLine();
        if (line == null) {
            return -1;
        }
        String[] parts = line.split(" ", 3);
        return Integer.parseInt(parts[1]);
    }

    /** The first line the server sends, or null if it closes the connection first. */
    String statusLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (java.net.SocketException e) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.US_ASCII).strip();
            }
            line.write(b);
        }
    }

    /** The header lines after the status line, up to the empty line. */
    List<String> headers() throws IOException {
        List<String> headers = new ArrayList<>();
        for (String line = statusLine(); line != null && !line.isEmpty(); line = statusLine()) {
            headers.add(line);
        }
        return headers;
    }

    /** Whether the server has closed the connection: a read ends, or fails with a reset, within the read timeout. */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                int b = in.read();
                if (b == -1) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
