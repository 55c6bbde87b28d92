package org.studykb.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** 审计记录: who did what to which target, when, and the value before and after. Append only. */
public final class AuditLog {
    static final int MAX_VALUE = 4000;

    private final JdbcClient jdbc;

    public AuditLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** What was done; the rectification decisions target {@code problem:<id>}. */
    public enum Action { EDIT_METADATA, EDIT_TAGS, EDIT_ACCESS, ACCESS_REFUSED, UPLOAD, CONFIRM_LINK, REJECT_LINK, UNDO_LINK,
        OVERRIDE_STATUS, CLEAR_STATUS, LOGIN_FAILED, USER_CREATED, USER_ROLES, USER_PASSWORD, USER_ENABLED,
        TOKEN_CREATED, TOKEN_REVOKED }

    /** One audited change. */
    public record Event(long id, OffsetDateTime at, String actor, String action, String target, String before,
                        String after) {
    }

    public void record(String actor, Action action, String target, String before, String after) {
        jdbc.sql("INSERT INTO audit_event (happened_at, actor, action, target, before_value, after_value) "
                        + "VALUES (:at, :actor, :action, :target, :before, :after)")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("actor", cut(actor, 100))
                .param("action", action.name())
                .param("target", cut(target, 1000))
                .param("before", before == null ? null : cut(before, MAX_VALUE))
                .param("after", after == null ? null : cut(after, MAX_VALUE))
                .update();
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
                rs.getString("after_value"));
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
