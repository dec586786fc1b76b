package org.unkg.convert;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.source.SourceDocument;
import org.unkg.structure.Symbol;

/**
 * Decides a document's symbol and the key of its IRI: the symbol its text states; else the manifest's; else the
 * one a file name in the {@code S-RES-N(YYYY).txt} convention gives; else a key from the SHA-256 of the file's
 * bytes, which stays the same from one run to the next.
 */
final class DocumentKeys {

    private static final Pattern RESOLUTION_FILE = Pattern.compile("S-RES-(\\d{1,4}) ?\\((\\d{4})\\)\\.txt",
            Pattern.CASE_INSENSITIVE);

    private DocumentKeys() {
    }

    record Decision(Optional<Symbol> symbol, String source, String key) {
    }

    static Decision decide(Optional<Symbol> fromText, SourceDocument source) throws ConversionException {
        if (fromText.isPresent()) {
            return new Decision(fromText, "text", fromText.get().key());
        }
        Optional<String> manifestSymbol = source.manifestEntry().flatMap(e -> e.symbol());
        if (manifestSymbol.isPresent()) {
            Symbol s = Symbol.parse(manifestSymbol.get()).orElseThrow(() -> new ConversionException(
                    source.fileName() + ": the manifest gives the symbol '" + manifestSymbol.get()
                            + "', which is not a UN document symbol"));
            return new Decision(Optional.of(s), "manifest", s.key());
        }
        Optional<Symbol> fromName = fromFileName(source.fileName());
        if (fromName.isPresent()) {
            return new Decision(fromName, "file name", fromName.get().key());
        }
        return new Decision(Optional.empty(), "none", "nosymbol/" + source.sha256().substring(0, 16));
    }

    static Optional<Symbol> fromFileName(String fileName) {
        Matcher m = RESOLUTION_FILE.matcher(fileName);
        return m.matches()
                ? Optional.of(Symbol.securityCouncilResolution(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }
}
