package org.unkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes synthetic copies of the bundled English resolutions, so that the corpus can be multiplied to see how costs
 * grow. Copy {@code k} of {@code S-RES-1373(2001).txt} is {@code synthetic-k/synthetic-k-S-RES-1373(2001).txt}:
 * <ul>
 *   <li>its own resolution number becomes {@code 1kk1373} (a 1, the copy on two digits, the number on four), a
 *       number no real resolution has and that the converter does not read as a symbol; the copy's IRI is then
 *       derived from its content ({@code id/document/nosymbol/...}) and cannot collide with a real document's;</li>
 *   <li>the resolutions it cites stay as they are, so that the copies cite the real documents as often as the
 *       originals do and the store grows the way a larger corpus would;</li>
 *   <li>a last paragraph says that it is a synthetic copy, made for benchmarks and not a United Nations document,
 *       and the file name (kept as {@code unkg:sourceFile}) starts with {@code synthetic-}.</li>
 * </ul>
 * Bytes other than the number and the last paragraph are kept as they are, whatever the file's encoding.
 */
public final class SyntheticCorpus {

    /** The most copies: the copy number has two digits in the synthetic resolution numbers. */
    public static final int MAX_COPIES = 99;

    private static final Pattern RESOLUTION_FILE = Pattern.compile("S-RES-(\\d{1,4})\\((\\d{4})\\)\\.txt");

    private final Path resolutions;

    /** @param resolutions the folder of English resolutions, {@code S-RES-N(YYYY).txt} */
    public SyntheticCorpus(Path resolutions) {
        this.resolutions = resolutions;
    }

    /**
     * Writes copies 1 to {@code copies} under {@code out}, one folder per copy, and returns the folders. A folder that
     * already holds as many files as the originals is taken as made before and left alone.
     */
    public List<Path> write(int copies, Path out) throws IOException {
        if (copies < 0 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be between 0 and " + MAX_COPIES + ", not " + copies);
        }
        List<Path> originals = originals();
        List<Path> folders = new ArrayList<>();
        for (int k = 1; k <= copies; k++) {
            String prefix = String.format("synthetic-%02d", k);
            Path folder = out.resolve(prefix);
            folders.add(folder);
            if (Files.isDirectory(folder) && count(folder) == originals.size()) {
                continue;
            }
            Files.createDirectories(folder);
            for (Path original : originals) {
                String name = original.getFileName().toString();
                Files.write(folder.resolve(prefix + "-" + name), copy(Files.readAllBytes(original), name, k));
            }
        }
        return folders;
    }

    /** Copy {@code k} of one original's bytes. */
    static byte[] copy(byte[] original, String name, int k) {
        Matcher file = RESOLUTION_FILE.matcher(name);
        if (!file.matches()) {
            throw new IllegalArgumentException(name + ": not a resolution file name (S-RES-N(YYYY).txt)");
        }
        String number = file.group(1);
        String synthetic = String.format("1%02d%04d", k, Integer.parseInt(number));
        // ISO-8859-1 maps every byte to one character and back, so the rest of the file stays byte for byte
        String text = new String(original, StandardCharsets.ISO_8859_1);
        // the number with a year in brackets (any year: some texts misprint their own), or after S/RES/
        Pattern own = Pattern.compile("(?<![\\d/])" + number + "(?=\\s*\\(\\s*\\d{4}\\s*\\))"
                + "|(?<=S\\s?/\\s?RES\\s?/\\s?)" + number + "(?!\\d)", Pattern.CASE_INSENSITIVE);
        String renumbered = own.matcher(text).replaceAll(synthetic);
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        String marker = lineEnd + lineEnd + "Synthetic copy " + k + " of " + name
                + ", made for benchmarks by unkg synth; it is not a United Nations document." + lineEnd;
        return (renumbered + marker).getBytes(StandardCharsets.ISO_8859_1);
    }

    private List<Path> originals() throws IOException {
        try (Stream<Path> files = Files.list(resolutions)) {
            List<Path> found = files.filter(f -> RESOLUTION_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted().toList();
            if (found.isEmpty()) {
                throw new IOException(resolutions + ": no resolution files (S-RES-N(YYYY).txt) to copy");
            }
            return found;
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
