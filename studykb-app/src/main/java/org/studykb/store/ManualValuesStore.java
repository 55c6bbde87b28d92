package org.studykb.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.studykb.index.Fields;
import org.studykb.index.ManualValues;
import org.studykb.index.Overrides;

/**
 * The manual type, phase, campaign, tags and access (内部) of documents: the truth that every index run applies over the
 * inferred values. Each change is written with its audit event in one transaction.
 */
public final class ManualValuesStore implements Overrides {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    public ManualValuesStore(DataSource dataSource, AuditLog audit) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.audit = audit;
    }

    /** The values before and after a change. */
    public record Change(ManualValues before, ManualValues after) {
        public boolean changed() {
            return !before.fingerprint().equals(after.fingerprint());
        }
    }

    @Override
    public ManualValues of(String id) {
        return all(id).getOrDefault(id, ManualValues.NONE);
    }

    @Override
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT doc_id FROM manual_value")
                .query(String.class).list());
        ids.addAll(jdbc.sql("SELECT DISTINCT doc_id FROM doc_tag").query(String.class).list());
        return ids;
    }

    /** Every document's manual values, as an index run applies them. */
    public Overrides snapshot() {
        return Overrides.of(all(null));
    }

    /** Applies an edit and audits it; returns the values before and after (equal when nothing changed). */
    public Change set(String id, ManualEdit edit, String actor) {
        return tx.execute(status -> {
            ManualValues before = of(id);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            setSingle(id, Fields.TYPE, edit.type(), actor, now);
            setSingle(id, Fields.PHASE, edit.phase(), actor, now);
            setSingle(id, Fields.CAMPAIGN, edit.campaign(), actor, now);
            setSingle(id, Fields.ACCESS, edit.access() == null ? null : ManualEdit.accessValue(edit.access()), actor,
                    now);
            if (edit.tags() != null && !edit.tags().equals(before.tags())) {
                jdbc.sql("DELETE FROM doc_tag WHERE doc_id = :id").param("id", id).update();
                for (int i = 0; i < edit.tags().size(); i++) {
                    jdbc.sql("INSERT INTO doc_tag (doc_id, tag, sort_order, set_by, set_at) "
                                    + "VALUES (:id, :tag, :n, :who, :at)")
                            .param("id", id).param("tag", edit.tags().get(i)).param("n", i)
                            .param("who", actor).param("at", now).update();
                }
            }
            ManualValues after = of(id);
            Change change = new Change(before, after);
            if (change.changed()) {
                boolean noMetadata = edit.type() == null && edit.phase() == null && edit.campaign() == null;
                AuditLog.Action action = !noMetadata ? AuditLog.Action.EDIT_METADATA
                        : edit.tags() == null ? AuditLog.Action.EDIT_ACCESS
                        : edit.access() == null ? AuditLog.Action.EDIT_TAGS : AuditLog.Action.EDIT_METADATA;
                audit.record(actor, action, id, describe(before), describe(after));
            }
            return change;
        });
    }

    private void setSingle(String id, String field, String value, String actor, OffsetDateTime now) {
        if (value == null) {
            return;
        }
        String current = jdbc.sql("SELECT val FROM manual_value WHERE doc_id = :id AND field_name = :f")
                .param("id", id).param("f", field).query(String.class).optional().orElse(null);
        if (value.equals(current == null ? "" : current)) {
            return;
        }
        jdbc.sql("DELETE FROM manual_value WHERE doc_id = :id AND field_name = :f")
                .param("id", id).param("f", field).update();
        if (!value.isEmpty()) {
            jdbc.sql("INSERT INTO manual_value (doc_id, field_name, val, set_by, set_at) "
                            + "VALUES (:id, :f, :v, :who, :at)")
                    .param("id", id).param("f", field).param("v", value).param("who", actor).param("at", now)
                    .update();
        }
    }

    /** The audit line's key of the tags, whose values are joined by 、. */
    public static final String TAG = "tag";

    /** type=党课讲稿；phase=学习调研；tag=a、b；access=LEADER,ADMIN — for the audit trail ({@link #fieldsOf} reads it). */
    static String describe(ManualValues values) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of(Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN, Fields.ACCESS)) {
            values.single(field).ifPresent(m -> parts.add(field + "=" + m.value()));
        }
        if (!values.tags().isEmpty()) {
            parts.add(TAG + "=" + String.join("、", values.tags()));
        }
        return String.join("；", parts);
    }

    /** An audit line {@link #describe} wrote, by field (tags joined by 、 under {@link #TAG}); parts of another form are left out. */
    public static java.util.Map<String, String> fieldsOf(String line) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        if (line == null || line.isBlank()) {
            return values;
        }
        for (String part : line.split("；")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return values;
    }

    /** The values of one document ({@code id}), or of all documents when {@code id} is null. */
    private Map<String, ManualValues> all(String id) {
        String where = id == null ? "" : " WHERE doc_id = :id";
        Map<String, List<ManualValues.Manual>> byId = new LinkedHashMap<>();
        var single = jdbc.sql("SELECT doc_id, field_name, val, set_by, set_at FROM manual_value" + where
                + " ORDER BY doc_id, field_name");
        var tags = jdbc.sql("SELECT doc_id, tag, set_by, set_at FROM doc_tag" + where + " ORDER BY doc_id, sort_order");
        if (id != null) {
            single = single.param("id", id);
            tags = tags.param("id", id);
        }
        single.query((rs, n) -> byId.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new ManualValues.Manual(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))).list();
        tags.query((rs, n) -> byId.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new ManualValues.Manual(Fields.TAG, rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))).list();
        Map<String, ManualValues> out = new LinkedHashMap<>();
        byId.forEach((k, v) -> out.put(k, new ManualValues(v)));
        return out;
    }
}
