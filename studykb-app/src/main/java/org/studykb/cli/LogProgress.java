package org.studykb.cli;

import java.io.PrintStream;

import org.studykb.index.IndexProgress;

/** Plain lines when not on a terminal: about twenty progress lines per run, and every failure at once. */
final class LogProgress implements IndexProgress {
    private final PrintStream out;
    private long t0;
    private int total;
    private int done;
    private int every;

    LogProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start(int total) {
        this.t0 = System.nanoTime();
        this.total = total;
        this.every = Math.max(1, total / 20);
        out.printf("开始索引 %d 个文件%n", total);
    }

    @Override
    public synchronized void done(String id, Outcome outcome) {
        done++;
        if (outcome == Outcome.FAILED) {
            out.printf("失败：%s%n", id);
        }
        if (done % every == 0 || done == total) {
            double seconds = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
            double rate = done / seconds;
            long eta = Math.round((total - done) / Math.max(rate, 1e-3));
            out.printf("[%d/%d] %.1f 个文件/秒，预计还需 %d 秒，当前 %s%n", done, total, rate, eta, id);
        }
    }

    @Override
    public void finish() {
    }
}
