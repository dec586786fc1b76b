package org.unkg.up;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.unkg.common.Sha256;
import org.unkg.common.Version;

/**
 * One SHA-256 over everything a store built by {@code up} depends on: every corpus, ontology, query gallery and configuration file
 * (by path and content) and the program itself (the jar's bytes, so that a rebuilt converter is a new input).
 */
public final class SourceFingerprint {

    private SourceFingerprint() {
    }

    public static String of(Workspace ws) throws IOException {
        MessageDigest all = Sha256.newDigest();
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(ws.home().resolve("data"), ws.home().resolve("ontology"),
                ws.home().resolve("queries"), ws.home().resolve("fuseki-config"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        for (Path f : files) {
            all.update(ws.home().relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(Files.readAllBytes(f));
        }
        all.update(program().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(all.digest());
    }

    /** The running jar's digest, or the version when running from compiled classes. */
    private static String program() throws IOException {
        try {
            Path code = Path.of(SourceFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                MessageDigest d = Sha256.newDigest();
                try (InputStream in = new DigestInputStream(Files.newInputStream(code), d)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                return HexFormat.of().formatHex(d.digest());
            }
        } catch (URISyntaxException | SecurityException e) {
            // no code location: fall back to the version
        }
        return Version.current();
    }
}
