package org.studykb.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.studykb.index.IndexProgress;

/** A live bar on a terminal: files done / total, rate, ETA and the current file. */
final class BarProgress implements IndexProgress {
    private ProgressBar bar;

    @Override
    public void start(int total) {
        bar = new ProgressBarBuilder().setTaskName("索引").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" 个文件", 1).showSpeed().build();
    }

    @Override
    public synchronized void done(String id, Outcome outcome) {
        bar.step();
        bar.setExtraMessage(shorten(id));
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
        }
    }

    private static String shorten(String id) {
        return id.length() <= 30 ? id : "…" + id.substring(id.length() - 29);
    }
}
