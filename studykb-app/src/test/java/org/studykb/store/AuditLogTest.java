package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail in the embedded store: repeated failures as counted rows, and old rows purged. */
class AuditLogTest {
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-26T08:00:10Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path data;
    DataSource ds;
    /** Held open so that H2 keeps the database open between calls (each call takes a new connection). */
    Connection open;

    @BeforeEach
    void store() throws SQLException {
        ds = StoreDatabase.openH2(data);
        open = ds.getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        open.close();
    }

    private List<AuditLog.Event> failures(AuditLog audit) {
        return audit.page(AuditLog.Action.LOGIN_FAILED.name(), null, 0, 1000);
    }

    @Test
    void failuresFromOneSourceWithinAMinuteAreOneRowWithACount() {
        MovingClock clock = new MovingClock();
        AuditLog audit = new AuditLog(ds, clock);
        for (int i = 0; i < 100; i++) {
            audit.recordFailure("10.0.0.1", AuditLog.Action.LOGIN_FAILED, "user:nobody", "用户名或密码错误");
            clock.now = clock.now.plusMillis(400);
        }
        assertThat(failures(audit)).singleElement().satisfies(e -> {
            assertThat(e.count()).isEqualTo(100);
            assertThat(e.at().toInstant()).isEqualTo(Instant.parse("2026-11-26T08:00:10Z"));
            assertThat(e.last().toInstant()).isEqualTo(Instant.parse("2026-11-26T08:00:49.600Z"));
            assertThat(e.after()).isEqualTo("用户名或密码错误");
        });
        audit.recordFailure("10.0.0.2", AuditLog.Action.LOGIN_FAILED, "user:nobody", "用户名或密码错误");
        audit.recordFailure("10.0.0.1", AuditLog.Action.LOGIN_FAILED, "user:wang", "用户名或密码错误");
        assertThat(failures(audit)).hasSize(3);
        clock.now = clock.now.plusSeconds(60);
        audit.recordFailure("10.0.0.1", AuditLog.Action.LOGIN_FAILED, "user:nobody", "已限制：30 秒后再试");
        assertThat(failures(audit)).as("a new minute, a new row").hasSize(4);
        assertThat(failures(audit).get(0)).satisfies(e -> {
            assertThat(e.count()).isEqualTo(1);
            assertThat(e.last()).isNull();
        });
    }

    @Test
    void oneAddressTryingManyNamesFillsOnlyAFewRowsAMinute() {
        AuditLog audit = new AuditLog(ds, new MovingClock());
        for (int i = 0; i < 500; i++) {
            audit.recordFailure("10.0.0.1", AuditLog.Action.LOGIN_FAILED, "user:made-up-" + i, "用户名或密码错误");
        }
        List<AuditLog.Event> rows = failures(audit);
        assertThat(rows).hasSize(AuditLog.TARGETS_PER_MINUTE + 1);
        assertThat(rows.get(0).target()).isEqualTo(AuditLog.OTHER_TARGETS);
        assertThat(rows.stream().mapToInt(AuditLog.Event::count).sum()).isEqualTo(500);
    }

    @Test
    void eventsOlderThanTheRetentionArePurged() {
        MovingClock clock = new MovingClock();
        AuditLog audit = new AuditLog(ds, clock);
        audit.record("admin", AuditLog.Action.USER_CREATED, "user:old", null, "党员");
        audit.recordFailure("10.0.0.1", AuditLog.Action.LOGIN_FAILED, "user:old", "用户名或密码错误");
        clock.now = clock.now.plus(Duration.ofDays(200));
        audit.record("admin", AuditLog.Action.USER_CREATED, "user:new", null, "党员");
        clock.now = clock.now.plus(Duration.ofDays(200));
        assertThat(audit.purge(Duration.ofDays(365))).isEqualTo(2);
        assertThat(audit.recent(10)).extracting(AuditLog.Event::target).containsExactly("user:new");
        assertThat(audit.purge(Duration.ofDays(365))).isZero();
    }
}
