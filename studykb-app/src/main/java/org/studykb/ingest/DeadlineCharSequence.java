package org.studykb.ingest;

/**
 * A {@link CharSequence} that gives up when a deadline passes, so a runaway regular expression stops: every
 * {@code charAt} past the deadline throws {@link Timeout}. Regexes read their input only through {@code charAt}.
 */
final class DeadlineCharSequence implements CharSequence {

    /** The deadline passed while a regex was reading. */
    static final class Timeout extends RuntimeException {
        Timeout() {
            super("regex time limit exceeded", null, false, false);
        }
    }

    private final CharSequence inner;
    private final long deadlineNanos;
    private int reads;

    DeadlineCharSequence(CharSequence inner, long deadlineNanos) {
        this.inner = inner;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFF) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new Timeout();
        }
        return inner.charAt(index);
    }

    @Override
    public int length() {
        return inner.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(inner.subSequence(start, end), deadlineNanos);
    }

    @Override
    public String toString() {
        return inner.toString();
    }
}
