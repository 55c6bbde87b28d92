package org.studykb.index;

/** Receives progress of an index run; the CLI shows a bar on a terminal and log lines otherwise. */
public interface IndexProgress {

    /** How a file ended in this run. */
    enum Outcome { ADDED, UPDATED, UNCHANGED, FAILED }

    void start(int total);

    /** Called from worker threads as each file finishes. */
    void done(String id, Outcome outcome);

    void finish();

    IndexProgress NONE = new IndexProgress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void done(String id, Outcome outcome) {
        }

        @Override
        public void finish() {
        }
    };
}
