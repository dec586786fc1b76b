package org.unkg.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Passes every step on to another {@link Progress} and keeps, as each step ends, how long it took and how much it
 * counted: what the command line's machine-readable summaries ({@code --json}) report.
 */
public final class TimedProgress implements Progress {

    /**
     * One step that ended.
     *
     * @param unit what it counted, in lower case ({@code quads}, {@code bytes}, {@code documents}...)
     */
    public record Timed(String name, double seconds, long count, String unit) {
    }

    private final Progress shown;
    private final List<Timed> steps = new ArrayList<>();

    public TimedProgress(Progress shown) {
        this.shown = shown;
    }

    @Override
    public Step start(String name, long total, Unit unit) {
        Step step = shown.start(name, total, unit);
        long started = System.nanoTime();
        return new Step() {
            private long count;

            @Override
            public void advance(long n) {
                count += n;
                step.advance(n);
            }

            @Override
            public void close() {
                step.close();
                Timed timed = new Timed(name, (System.nanoTime() - started) / 1e9, count,
                        unit.name().toLowerCase(Locale.ROOT));
                synchronized (steps) {
                    steps.add(timed);
                }
            }
        };
    }

    /** The steps that ended, in the order they ended. */
    public List<Timed> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }
}
