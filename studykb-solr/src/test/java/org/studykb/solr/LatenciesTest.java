package org.studykb.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOfTheSortedTimes() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = (i + 1) * 1_000_000L; // 1 .. 100 ms
        }
        assertThat(Latencies.ms(sorted, 50)).isEqualTo(50.0);
        assertThat(Latencies.ms(sorted, 95)).isEqualTo(95.0);
        assertThat(Latencies.ms(sorted, 99)).isEqualTo(99.0);
        assertThat(Latencies.ms(new long[] {7_000_000L}, 99)).isEqualTo(7.0);
    }

    @Test
    void everyClientSendsEveryQueryEachRound() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> perQuery = new ConcurrentHashMap<>();
        Latencies.Result r = Latencies.measure(q -> {
            sent.incrementAndGet();
            perQuery.computeIfAbsent(q, k -> new AtomicInteger()).incrementAndGet();
        }, List.of("整改", "民主生活会", "学习"), 4, 8);
        assertThat(r.queries()).isEqualTo(3 * 4 * 8);
        assertThat(sent.get()).isEqualTo(96);
        assertThat(perQuery.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(32));
        assertThat(r.p50()).isLessThanOrEqualTo(r.p95()).isLessThanOrEqualTo(r.p99());
    }

    @Test
    void aFailingQueryFailsTheMeasurementNamingIt() {
        assertThatThrownBy(() -> Latencies.measure(q -> {
            throw new IOException("down");
        }, List.of("整改"), 1, 2)).hasMessageContaining("整改");
    }
}
