package org.studykb.store;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 审计记录: who did what to which target, when, and the value before and after. Changes are appended, a row
 * each; failures ({@link #recordFailure}) are counted in one row per actor, action and target and minute, so
 * that a flood of failed logins stays a few rows. Rows older than the retention go ({@link #purge}).
 */
public final class AuditLog {
    static final int MAX_VALUE = 4000;
    /** How many targets one actor's failures get rows of their own for in a minute; then they share one. */
    static final int TARGETS_PER_MINUTE = 10;
    /** The target of the shared row: the name typed last is in its after value. */
    static final String OTHER_TARGETS = "（其他用户名）";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public AuditLog(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /**
     * What was done; the rectification decisions target {@code problem:<id>}, the changes of a 备课夹
     * {@code folder:<id>}.
     */
    public enum Action { EDIT_METADATA, EDIT_TAGS, EDIT_ACCESS, ACCESS_REFUSED, UPLOAD, CONFIRM_LINK, REJECT_LINK, UNDO_LINK,
        OVERRIDE_STATUS, CLEAR_STATUS, LOGIN_FAILED, USER_CREATED, USER_ROLES, USER_PASSWORD, USER_ENABLED,
        TOKEN_CREATED, TOKEN_REVOKED, FOLDER_CREATED, FOLDER_RENAMED, FOLDER_DELETED, FOLDER_ITEM_ADDED, FOLDER_ITEM_MOVED,
        FOLDER_ITEM_NOTE, FOLDER_ITEM_REMOVED, SEARCH_SAVED, SEARCH_DELETED, RETRY_INDEX }

    /**
     * One audited change, or {@code count} failures of one actor and target within a minute, the first
     * {@code at}, the last at {@code last} (null when there was only one).
     */
    public record Event(long id, OffsetDateTime at, String actor, String action, String target, String before,
                        String after, int count, OffsetDateTime last) {
    }

    /** Records one change; returns the id of its row. */
    public long record(String actor, Action action, String target, String before, String after) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO audit_event (happened_at, actor, action, target, before_value, after_value) "
                        + "VALUES (:at, :actor, :action, :target, :before, :after)")
                .param("at", now())
                .param("actor", cut(actor, 100))
                .param("action", action.name())
                .param("target", cut(target, 1000))
                .param("before", before == null ? null : cut(before, MAX_VALUE))
                .param("after", after == null ? null : cut(after, MAX_VALUE))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * A failure (a wrong password, an unknown token): added to the count of this actor's row for this action and
     * target in the current minute, or a new row. Past {@value #TARGETS_PER_MINUTE} targets in a minute, an
     * actor's further targets share the row {@link #OTHER_TARGETS}, whose after value names the last one.
     * Synchronized so that concurrent failures of one source add to one row.
     */
    public synchronized void recordFailure(String actor, Action action, String target, String after) {
        OffsetDateTime now = now();
        OffsetDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        String who = cut(actor, 100);
        String what = cut(target, 1000);
        String why = cut(after, MAX_VALUE);
        if (addTo(who, action, what, why, minute, now)) {
            return;
        }
        long targets = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :actor AND action = :action "
                        + "AND happened_at >= :minute")
                .param("actor", who).param("action", action.name()).param("minute", minute)
                .query(Long.class).single();
        if (targets >= TARGETS_PER_MINUTE) {
            why = cut(what + "：" + after, MAX_VALUE);
            what = OTHER_TARGETS;
            if (addTo(who, action, what, why, minute, now)) {
                return;
            }
        }
        record(who, action, what, null, why);
    }

    private boolean addTo(String actor, Action action, String target, String after, OffsetDateTime minute,
                          OffsetDateTime now) {
        return jdbc.sql("UPDATE audit_event SET repeat_count = repeat_count + 1, last_at = :now, after_value = :after "
                        + "WHERE actor = :actor AND action = :action AND target = :target AND happened_at >= :minute")
                .param("now", now).param("after", after).param("actor", actor).param("action", action.name())
                .param("target", target).param("minute", minute)
                .update() > 0;
    }

    /** Deletes the events whose last moment is older than the retention; returns how many. */
    public int purge(Duration retention) {
        return jdbc.sql("DELETE FROM audit_event WHERE COALESCE(last_at, happened_at) < :cutoff")
                .param("cutoff", now().minus(retention))
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The latest events, newest first. */
    public List<Event> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC" + first(limit)).query(this::event).list();
    }

    /** A page of events, newest first, optionally only one action or those whose actor or target contains a text. */
    public List<Event> page(String action, String text, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE 1 = 1");
        if (action != null && !action.isBlank()) {
            sql.append(" AND action = :action");
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (actor LIKE :text ESCAPE '!' OR target LIKE :text ESCAPE '!')");
        }
        sql.append(" ORDER BY id DESC OFFSET ").append(Math.max(0, offset)).append(" ROWS").append(first(limit));
        var stmt = jdbc.sql(sql.toString());
        if (action != null && !action.isBlank()) {
            stmt = stmt.param("action", action);
        }
        if (text != null && !text.isBlank()) {
            stmt = stmt.param("text", "%" + likeEscape(text.strip()) + "%");
        }
        return stmt.query(this::event).list();
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The events of one target (a document id), newest first. */
    public List<Event> of(String target, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE target = :target ORDER BY id DESC" + first(limit))
                .param("target", target).query(this::event).list();
    }

    private Event event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Event(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("before_value"),
                rs.getString("after_value"), rs.getInt("repeat_count"),
                rs.getObject("last_at", OffsetDateTime.class));
    }

    /** A row limit both H2 and PostgreSQL read; a literal, as the count is an int. */
    static String first(int limit) {
        return " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
    }

    /** A user name as typed at a login, cut short and stripped of control characters. */
    public static String cutName(String s) {
        return cut(s.replaceAll("\\p{Cntrl}", "?"), 80);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
