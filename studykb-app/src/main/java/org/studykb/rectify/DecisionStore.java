package org.studykb.rectify;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.studykb.store.AuditLog;

/**
 * The people's decisions in the store (tables of {@code V10__rectify_decisions.sql}): confirmed and
 * rejected links and status overrides, each with who, when and why. Rows are only added; the latest
 * one about a link or a problem counts, the others are its history. Each decision also goes to the
 * audit trail ({@link AuditLog}), target {@code problem:<id>}.
 */
public final class DecisionStore {
    static final String LINKS = "rectify_link_decision";
    static final String STATUSES = "rectify_status_override";
    static final String CLEARED = "cleared";
    /** At most this many audit events per problem id on its page. */
    static final int HISTORY = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final AtomicLong changes = new AtomicLong();

    public DecisionStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.audit = new AuditLog(dataSource);
    }

    /** The audit target of a problem's decisions. */
    static String auditTarget(String problemId) {
        return "problem:" + problemId;
    }

    /** True when the store has our tables (a store never opened by {@code serve} has none yet). */
    public boolean ready() {
        try (Connection c = dataSource.getConnection()) {
            return hasTable(c.getMetaData(), LINKS) && hasTable(c.getMetaData(), STATUSES);
        } catch (SQLException e) {
            throw new IllegalStateException("无法打开数据库：" + e.getMessage(), e);
        }
    }

    private static boolean hasTable(DatabaseMetaData meta, String name) throws SQLException {
        for (String n : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, null, n, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Moves the decisions and audit events stored under former, unkeyed ids ({@link StableId#unkeyed}, 12 hex
     * digits; ids now have {@value StableId#LENGTH}) to the ids that replace them, in one transaction. A former id
     * whose text is not in the index now stays as it is until its document is indexed again.
     *
     * @param former former id → id, for everything in the index
     * @return how many former ids were moved
     */
    int renameFormerIds(java.util.Map<String, String> former) {
        int n = StableId.FORMER_LENGTH;
        java.util.Set<String> stored = new java.util.LinkedHashSet<>(jdbc.queryForList("SELECT problem_id FROM "
                + LINKS + " WHERE LENGTH(problem_id) = ? UNION SELECT target_key FROM " + LINKS
                + " WHERE LENGTH(target_key) = ? UNION SELECT problem_id FROM " + STATUSES
                + " WHERE LENGTH(problem_id) = ?", String.class, n, n, n));
        jdbc.queryForList("SELECT DISTINCT target FROM audit_event WHERE target LIKE 'problem:%' AND LENGTH(target) = ?",
                String.class, auditTarget("").length() + n).forEach(t -> stored.add(t.substring(auditTarget("").length())));
        List<String> moving = stored.stream().filter(former::containsKey).toList();
        if (moving.isEmpty()) {
            return 0;
        }
        tx.executeWithoutResult(status -> {
            for (String old : moving) {
                String id = former.get(old);
                jdbc.update("UPDATE " + LINKS + " SET problem_id = ? WHERE problem_id = ?", id, old);
                jdbc.update("UPDATE " + LINKS + " SET target_key = ? WHERE target_key = ?", id, old);
                jdbc.update("UPDATE " + STATUSES + " SET problem_id = ? WHERE problem_id = ?", id, old);
                jdbc.update("UPDATE audit_event SET target = ? WHERE target = ?", auditTarget(id), auditTarget(old));
            }
        });
        changes.incrementAndGet();
        LoggerFactory.getLogger(DecisionStore.class).info("整改记录中 {} 个旧编号已换成不透露内容的新编号", moving.size());
        return moving.size();
    }

    /** Counts changes made through this store, so a cached ledger knows when to apply decisions again. */
    long changes() {
        return changes.get();
    }

    Decisions load() {
        if (!ready()) {
            return Decisions.NONE;
        }
        List<Decisions.LinkDecision> links = new ArrayList<>(jdbc.query(
                "SELECT problem_id, target_key, state, decided_by, decided_at, reason FROM " + LINKS + " ORDER BY id",
                (rs, i) -> new Decisions.LinkDecision(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6))));
        List<Decisions.StatusOverride> statuses = new ArrayList<>();
        for (Object[] row : jdbc.query("SELECT problem_id, status, decided_by, decided_at, reason FROM " + STATUSES
                        + " ORDER BY id", (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), rs.getString(5)})) {
            String status = (String) row[1];
            statuses.add(new Decisions.StatusOverride((String) row[0], status.isEmpty() ? null : Status.parse(status),
                    (String) row[2], (Instant) row[3], (String) row[4]));
        }
        return new Decisions(latestLinks(links), latestStatuses(statuses));
    }

    /** The latest decision per problem and link; a cleared one removes the decision. */
    private static List<Decisions.LinkDecision> latestLinks(List<Decisions.LinkDecision> all) {
        java.util.Map<String, Decisions.LinkDecision> latest = new java.util.LinkedHashMap<>();
        for (Decisions.LinkDecision d : all) {
            latest.put(d.problemId() + "\u0000" + d.targetKey(), d);
        }
        return latest.values().stream().filter(d -> !CLEARED.equals(d.state())).toList();
    }

    private static List<Decisions.StatusOverride> latestStatuses(List<Decisions.StatusOverride> all) {
        java.util.Map<String, Decisions.StatusOverride> latest = new java.util.LinkedHashMap<>();
        for (Decisions.StatusOverride s : all) {
            latest.put(s.problemId(), s);
        }
        return latest.values().stream().filter(s -> s.status() != null).toList();
    }

    /** @param before the link's state before this decision, in words, for the audit trail */
    void decideLink(String problemId, String targetKey, String state, String who, String reason, String problemText,
                    String targetText, String before) {
        Timestamp at = Timestamp.from(Instant.now());
        AuditLog.Action action = switch (state) {
            case Link.CONFIRMED -> AuditLog.Action.CONFIRM_LINK;
            case Link.REJECTED -> AuditLog.Action.REJECT_LINK;
            default -> AuditLog.Action.UNDO_LINK;
        };
        long audited = audit.record(who, action, auditTarget(problemId), before,
                (CLEARED.equals(state) ? "建议" : word(state)) + "「" + cut(targetText) + "」" + because(reason));
        jdbc.update("INSERT INTO " + LINKS + " (problem_id, target_key, state, decided_by, decided_at, reason, "
                        + "problem_text, target_text, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                problemId, targetKey, state, who, at, reason, cut(problemText), cut(targetText), audited);
        changes.incrementAndGet();
    }

    /**
     * Sets (or, with {@code status} null, clears) the status of a problem.
     *
     * @param before the status shown before, in words, for the audit trail
     */
    void overrideStatus(String problemId, Status status, String who, String reason, String problemText,
                        String before) {
        jdbc.update("INSERT INTO " + STATUSES + " (problem_id, status, decided_by, decided_at, reason, problem_text) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", problemId, status == null ? "" : status.name(), who,
                Timestamp.from(Instant.now()), reason, cut(problemText));
        audit.record(who, status == null ? AuditLog.Action.CLEAR_STATUS : AuditLog.Action.OVERRIDE_STATUS,
                auditTarget(problemId), before, (status == null ? "按规则判断" : status.name()) + because(reason));
        changes.incrementAndGet();
    }

    /**
     * The audit trail of a problem, oldest first: every decision recorded under any of its ids (a problem
     * keeps the decisions made while another of its wordings led it), without the decisions about the links
     * whose keys are {@code hiddenKeys}.
     */
    List<HistoryEvent> events(java.util.Collection<String> problemIds, java.util.Set<String> hiddenKeys) {
        List<AuditLog.Event> all = new ArrayList<>();
        java.util.Set<Long> hidden = new java.util.HashSet<>();
        for (String id : new java.util.LinkedHashSet<>(problemIds)) {
            all.addAll(audit.of(auditTarget(id), HISTORY));
            if (!hiddenKeys.isEmpty()) {
                jdbc.query("SELECT target_key, audit_id FROM " + LINKS + " WHERE problem_id = ? AND audit_id IS NOT NULL",
                        (rs, i) -> hiddenKeys.contains(rs.getString(1)) ? hidden.add(rs.getLong(2)) : false, id);
            }
        }
        all.removeIf(e -> hidden.contains(e.id()));
        all.sort(java.util.Comparator.comparing(AuditLog.Event::at).thenComparingLong(AuditLog.Event::id));
        return all.stream().map(e -> new HistoryEvent(
                SECONDS.format(e.at().withOffsetSameInstant(java.time.ZoneOffset.UTC)),
                e.actor(), action(e.action()), e.before() == null ? "" : e.before(),
                e.after() == null ? "" : e.after())).toList();
    }

    /** Always with seconds: LocalDateTime.toString drops ":00" on a whole minute. */
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static String action(String name) {
        return switch (name) {
            case "CONFIRM_LINK" -> "确认链接";
            case "REJECT_LINK" -> "否定链接";
            case "UNDO_LINK" -> "撤销确认或否定";
            case "OVERRIDE_STATUS" -> "改定状态";
            case "CLEAR_STATUS" -> "取消改定";
            default -> name;
        };
    }

    /** Every decision about a problem, oldest first, for its page. */
    List<String> history(String problemId) {
        List<String> out = new ArrayList<>();
        if (!ready()) {
            return out;
        }
        out.addAll(jdbc.query("SELECT decided_at, decided_by, state, target_text, reason FROM " + LINKS
                + " WHERE problem_id = ? ORDER BY id", (rs, i) -> instant(rs.getTimestamp(1)) + " " + rs.getString(2)
                + " " + word(rs.getString(3)) + "「" + rs.getString(4) + "」" + because(rs.getString(5)), problemId));
        out.addAll(jdbc.query("SELECT decided_at, decided_by, status, reason FROM " + STATUSES
                + " WHERE problem_id = ? ORDER BY id", (rs, i) -> instant(rs.getTimestamp(1)) + " " + rs.getString(2)
                + (rs.getString(3).isEmpty() ? " 取消改定状态" : " 改定状态为 " + rs.getString(3))
                + because(rs.getString(4)), problemId));
        out.sort(String::compareTo);
        return out;
    }

    static String word(String state) {
        return switch (state) {
            case "confirmed" -> "确认";
            case "rejected" -> "否定";
            case "suggested" -> "建议";
            default -> "撤销";
        };
    }

    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : "，理由：" + reason;
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static String cut(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
