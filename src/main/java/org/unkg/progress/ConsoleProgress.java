package org.unkg.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on standard error (the library's default), which keeps standard output free for results. */
public final class ConsoleProgress implements Progress {

    @Override
    public Step start(String name, long total, Unit unit) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total < 0 ? -1 : total)
                .setUnit(unit.label, unit.size)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .build();
        return new Step() {
            @Override
            public void advance(long count) {
                bar.stepBy(count);
            }

            @Override
            public void close() {
                if (total < 0) {
                    // an open-ended bar ends at whatever it counted, so that the last line shows the total
                    bar.maxHint(bar.getCurrent());
                }
                bar.close();
            }
        };
    }
}
