package org.doorman.batch.progress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar drawn on standard error, redrawn at most a few times a second and cleared at the end. */
final class TerminalBar implements Progress {

    private final ProgressBar bar;

    private TerminalBar(ProgressBar bar) {
        this.bar = bar;
    }

    static TerminalBar bytes(String task, long total) {
        return new TerminalBar(builder(task, total).setUnit(" MB", 1_000_000).build());
    }

    static TerminalBar items(String task, String unit, long total) {
        return new TerminalBar(builder(task, total).setUnit(" " + unit, 1).build());
    }

    private static ProgressBarBuilder builder(String task, long total) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .clearDisplayOnFinish();
    }

    @Override
    public void advance(long done) {
        bar.stepBy(done);
    }

    @Override
    public void close() {
        bar.close();
    }
}
