package org.studykb.library;

import java.util.ArrayList;
import java.util.List;

/** The page links under results or passages: the current page, the last one, and the numbers around the current. */
public record Paging(int current, int last, List<Integer> numbers) {
    static final int AROUND = 3;

    /** The links for {@code total} items, {@code pageSize} a page, with no page after {@code maxPage}. */
    public static Paging of(long total, int pageSize, int current, int maxPage) {
        int last = (int) Math.min(maxPage, Math.max(1, (total + pageSize - 1) / pageSize));
        List<Integer> numbers = new ArrayList<>();
        for (int n = Math.max(1, current - AROUND); n <= Math.min(last, current + AROUND); n++) {
            numbers.add(n);
        }
        return new Paging(current, last, numbers);
    }
}
