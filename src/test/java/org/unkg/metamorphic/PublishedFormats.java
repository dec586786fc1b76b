package org.unkg.metamorphic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The forms in which the UN publishes its documents, as kinds of variant: PDF, Word and a web page. */
final class PublishedFormats {

    private PublishedFormats() {
    }

    static List<Variant> all(PdfLayout pdf) {
        return List.of(
                new Variant("pdf", true, true, d -> file(d, "pdf", () -> pdf.typeset(d))),
                new Variant("docx", true, true, d -> file(d, "docx", () -> WordLayout.write(d))),
                new Variant("html", true, true,
                        d -> file(d, "html", () -> WebPageLayout.write(d).getBytes(StandardCharsets.UTF_8))));
    }

    private interface Maker {
        byte[] make() throws IOException;
    }

    private static Optional<Variant.File> file(LogicalDocument d, String extension, Maker maker) {
        try {
            return Optional.of(new Variant.File(d.nameWith(extension), maker.make()));
        } catch (IOException e) {
            throw new UncheckedIOException(d.name() + " as " + extension, e);
        }
    }
}
