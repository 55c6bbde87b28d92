package org.studykb.web.search;

import java.io.IOException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import org.studykb.index.IndexBackend;

/**
 * Health indicator {@code index}, part of the readiness group: up once the searcher over the committed index
 * answers. Says nothing else: no paths, no counts, no exception text, as the endpoint is public.
 */
@Component("index")
class IndexHealth implements HealthIndicator {
    private final IndexBackend search;

    IndexHealth(IndexBackend search) {
        this.search = search;
    }

    @Override
    public Health health() {
        try {
            search.documentCount();
            return Health.up().build();
        } catch (IOException | RuntimeException e) {
            return Health.down().build();
        }
    }
}
