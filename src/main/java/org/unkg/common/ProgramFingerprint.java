package org.unkg.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of the running program: of its jar, or, when it runs from compiled classes (tests, an IDE), of every
 * file under the classes folder by path and content. Two programs with the same fingerprint write the same stores and
 * the same pages; the version number alone does not say that of two builds of one version.
 */
public final class ProgramFingerprint {

    private static volatile String cached;

    private ProgramFingerprint() {
    }

    /** Computed once per process: the code does not change while it runs. */
    public static String sha256() {
        String value = cached;
        if (value == null) {
            value = compute(codeLocation());
            cached = value;
        }
        return value;
    }

    static String compute(Path code) {
        try {
            if (code != null && Files.isRegularFile(code)) {
                MessageDigest digest = Sha256.newDigest();
                try (InputStream in = new DigestInputStream(Files.newInputStream(code), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                return HexFormat.of().formatHex(digest.digest());
            }
            if (code != null && Files.isDirectory(code)) {
                return folder(code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(code + ": cannot read the program to fingerprint it: " + e.getMessage(), e);
        }
        throw new IllegalStateException("the program's code is neither a jar nor a folder: " + code);
    }

    private static String folder(Path root) throws IOException {
        MessageDigest all = Sha256.newDigest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            all.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static Path codeLocation() {
        try {
            return Path.of(ProgramFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
