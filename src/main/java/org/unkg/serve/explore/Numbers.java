package org.unkg.serve.explore;

/** Whole numbers of a request's parameters. */
final class Numbers {

    private Numbers() {
    }

    /** The parameter's value, {@code absent} when it is missing, null when it is not a number between the bounds. */
    static Integer of(String value, int absent, int least, int most) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!value.matches("\\d{1,10}")) {
            return null;
        }
        long n = Long.parseLong(value);
        return n < least || n > most ? null : (int) n;
    }
}
