package org.unkg.structure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The language readers the converter knows, and the choice of one for a text. */
public final class LanguageReaders {

    private final List<LanguageReader> readers;

    public LanguageReaders(List<LanguageReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static LanguageReaders standard() {
        return new LanguageReaders(List.of(new ChineseReader(), new EnglishReader()));
    }

    /** The reader for a declared language, else the one that claims the text most strongly. */
    public LanguageReader choose(String text, Optional<String> declared) {
        if (declared.isPresent()) {
            String tag = declared.get().toLowerCase();
            for (LanguageReader r : readers) {
                if (tag.equals(r.language()) || tag.startsWith(r.language() + "-")) {
                    return r;
                }
            }
        }
        return readers.stream().max(Comparator.comparingDouble(r -> r.affinity(text))).orElseThrow();
    }
}
