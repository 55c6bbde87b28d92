package org.studykb.web.admin;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.studykb.store.AuditLog;

/**
 * Keeps the audit trail to {@code studykb.audit.retention}: events older than that are deleted at start-up and
 * then once a day, on a thread of its own that {@link #close()} stops.
 */
public final class AuditRetention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLog audit;
    private final Duration retention;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "audit-retention");
        t.setDaemon(true);
        return t;
    });

    public AuditRetention(AuditLog audit, Duration retention) {
        this.audit = audit;
        this.retention = retention;
    }

    Duration retention() {
        return retention;
    }

    /** Purges now (a failure stops the start-up) and then every 24 hours. */
    public void start() {
        purge();
        daily.scheduleAtFixedRate(this::purgeDaily, 1, 1, TimeUnit.DAYS);
    }

    /** Deletes the events older than the retention; returns how many. */
    int purge() {
        int deleted = audit.purge(retention);
        if (deleted > 0) {
            LOG.info("audit trail: {} events older than {} deleted (studykb.audit.retention)", deleted, retention);
        }
        return deleted;
    }

    /** An exception would cancel the later runs; it is logged and tomorrow's run tries again. */
    private void purgeDaily() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.error("audit trail: deleting events older than {} failed; tried again in 24 hours", retention, e);
        }
    }

    @Override
    public void close() {
        daily.shutdownNow();
    }
}
