package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.studykb.access.Role;

/**
 * The migrations and the store on a real PostgreSQL server: runs when {@code STUDYKB_TEST_PG_URL} is set
 * ({@code scripts/ci-postgres.sh} starts one and sets it). Each run works in a schema of its own, dropped after.
 */
@EnabledIfEnvironmentVariable(named = "STUDYKB_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class StorePostgresTest {
    static final String URL = System.getenv("STUDYKB_TEST_PG_URL");
    static final String SCHEMA = "studykb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static DataSource ds;

    @BeforeAll
    static void migrate() {
        ds = new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        var result = Flyway.configure().dataSource(ds).schemas(SCHEMA).locations(StoreDatabase.MIGRATIONS)
                .load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        assertThat(JdbcClient.create(ds).sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @AfterAll
    static void drop() {
        if (ds != null) {
            JdbcClient.create(ds).sql("DROP SCHEMA " + SCHEMA + " CASCADE").update();
        }
    }

    @Test
    void manualValuesTagsAndAuditWork() {
        ManualValuesStore store = new ManualValuesStore(ds, new AuditLog(ds));
        store.set("学习调研/讲稿.txt", new ManualEdit("党课讲稿", "学习调研", null, List.of("党课", "重点")), "张三");
        store.set("学习调研/讲稿.txt", new ManualEdit(null, "", "学习实践活动", null), "李四");
        var v = store.of("学习调研/讲稿.txt");
        assertThat(v.single("type").orElseThrow().value()).isEqualTo("党课讲稿");
        assertThat(v.single("phase")).isEmpty();
        assertThat(v.tags()).containsExactly("党课", "重点");
        var events = new AuditLog(ds).of("学习调研/讲稿.txt", 10);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).after()).contains("campaign=学习实践活动");
        assertThat(store.snapshot().ids()).containsExactly("学习调研/讲稿.txt");
    }

    @Test
    void uploadsAndUsersWork() {
        UploadRecords uploads = new UploadRecords(ds, new AuditLog(ds));
        uploads.add(new UploadRecords.Upload("20090115-083000-abcdef12.docx", "uploads/20090115-083000-abcdef12.docx",
                "整改方案.docx", "application/msword", 1234, "a".repeat(64), "张三", UploadRecords.now()));
        assertThat(uploads.bySha256("a".repeat(64)).orElseThrow().originalName()).isEqualTo("整改方案.docx");
        UserAccounts users = new UserAccounts(ds, new AuditLog(ds));
        users.create("zhangsan", "张三", "{bcrypt}$2a$10$hash", EnumSet.of(Role.WRITER));
        assertThat(users.find("zhangsan").orElseThrow().roles()).containsExactly(Role.WRITER);
        assertThat(users.count()).isEqualTo(1);
        assertThatThrownBy(() -> users.create("zhangsan", "again", "x", EnumSet.of(Role.MEMBER)))
                .hasMessageContaining("已存在");
        String token = users.createToken("zhangsan", "脚本", "admin");
        assertThat(users.byToken(token).orElseThrow().username()).isEqualTo("zhangsan");
        users.setRoles("zhangsan", EnumSet.of(Role.LEADER), "admin");
        assertThat(new AuditLog(ds).page("USER_ROLES", "zhang", 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("领导"));
        assertThatThrownBy(() -> JdbcClient.create(ds).sql("INSERT INTO user_role (user_id, role) VALUES (1, 'KING')")
                .update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
