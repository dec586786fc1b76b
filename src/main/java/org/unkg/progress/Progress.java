package org.unkg.progress;

/**
 * Where a long step (a conversion, a load) reports how far it got. The command line shows a progress bar; tests and embedding
 * code can stay silent.
 */
public interface Progress {

    /** What a step counts. */
    enum Unit {
        BYTES(" MB", 1_000_000),
        DOCUMENTS(" docs", 1),
        QUADS(" quads", 1),
        LITERALS(" literals", 1),
        QUERIES(" queries", 1);

        final String label;
        final long size;

        Unit(String label, long size) {
            this.label = label;
            this.size = size;
        }
    }

    /**
     * Starts reporting a step.
     *
     * @param total how many units the step will count, or a negative number when that is not known
     */
    Step start(String name, long total, Unit unit);

    /** One step under way; closing it ends its report. */
    interface Step extends AutoCloseable {

        void advance(long count);

        @Override
        void close();
    }

    /** Reports nothing. */
    static Progress silent() {
        return (name, total, unit) -> new Step() {
            @Override
            public void advance(long count) {
            }

            @Override
            public void close() {
            }
        };
    }
}
