package org.unkg.metamorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.metamorphic.Originals.Original;
import org.unkg.convert.DocumentConverter;

/**
 * The metamorphic suite: every Chinese document of {@code data/zh} and every tenth English resolution of
 * {@code data/en-resolutions} (224, from 1946 to 2015) laid out and written otherwise ({@link Variant#all()}), each
 * variant converted and compared with the original's conversion ({@link DocumentDigest}). The agreement per kind of
 * variant is printed and written to {@code target/metamorphic-report.txt}; every variant must agree.
 */
class MetamorphicTest {

    /** Every tenth resolution by number: all decades, as many from each as the Council adopted then. */
    private static final int EVERY = 10;

    private static List<Original> originals;
    private static DocumentConverter converter;

    @BeforeAll
    static void convertOriginals() throws Exception {
        converter = Originals.converter();
        originals = Originals.read(converter, EVERY);
    }

    @Test
    void everyVariantReadsAsItsOriginal() throws IOException {
        assertTrue(originals.stream().filter(o -> !o.logical().chinese()).count() >= 200, "the English sample");
        Agreement.Outcome outcome = Agreement.run(originals, Variant.all(), converter,
                Path.of("target/metamorphic-report.txt"));
        assertEquals(outcome.total(), outcome.agreed(),
                "variants that read otherwise than their original: see target/metamorphic-report.txt");
    }
}
