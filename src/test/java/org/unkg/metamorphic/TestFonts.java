package org.unkg.metamorphic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts the generated PDFs embed, found where Debian's packages put them: a Latin font for English documents and
 * a CJK font for Chinese ones ({@code .ci/run} installs both). A missing font fails the test with the package to
 * install, rather than skipping it.
 */
final class TestFonts {

    /** A font file and the Debian package that provides it. */
    private record Candidate(String path, String debianPackage) {
    }

    private static final List<Candidate> LATIN = List.of(
            new Candidate("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
            new Candidate("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "fonts-liberation"));
    private static final List<Candidate> CJK = List.of(
            new Candidate("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "fonts-wqy-zenhei"),
            new Candidate("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
            new Candidate("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei"));

    private TestFonts() {
    }

    /** A font that draws Latin text. */
    static TrueTypeFont latin() throws IOException {
        return open(LATIN, "a Latin TrueType font");
    }

    /** A font that draws Chinese text (and Latin, less well). */
    static TrueTypeFont cjk() throws IOException {
        return open(CJK, "a CJK TrueType font");
    }

    private static TrueTypeFont open(List<Candidate> candidates, String what) throws IOException {
        for (Candidate c : candidates) {
            Path file = Path.of(c.path());
            if (Files.isReadable(file)) {
                return c.path().endsWith(".ttc") ? firstOf(file) : new TTFParser().parse(
                        new RandomAccessReadBufferedFile(file.toFile()));
            }
        }
        throw new IllegalStateException("No " + what + " for the generated PDFs: install the Debian package "
                + candidates.get(0).debianPackage() + " (apt-get install " + candidates.get(0).debianPackage()
                + "; .ci/run does), or one of " + candidates.stream().map(Candidate::path).toList());
    }

    /** The first font of a collection; the collection stays open for as long as the font is used. */
    @SuppressWarnings("resource")
    private static TrueTypeFont firstOf(Path file) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        if (first[0] == null) {
            throw new IOException(file + " holds no font");
        }
        return first[0];
    }
}
