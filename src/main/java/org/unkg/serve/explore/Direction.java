package org.unkg.serve.explore;

import java.util.Locale;

/** Which way a link runs from the node it is listed for: to the things it names, or from the things that name it. */
enum Direction {
    OUT, IN;

    /** {@code out} or {@code in}, as the API writes it. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction a request names, or null for anything else. */
    static Direction of(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "out" -> OUT;
            case "in" -> IN;
            default -> null;
        };
    }
}
