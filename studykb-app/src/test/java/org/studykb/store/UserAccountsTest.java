package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.access.Role;

/** Users and roles in the embedded store, ready for logins. */
class UserAccountsTest {
    @TempDir
    Path data;

    @Test
    void usersHaveRolesAndUniqueNames() {
        javax.sql.DataSource ds = StoreDatabase.openH2(data);
        UserAccounts users = new UserAccounts(ds, new AuditLog(ds));
        assertThat(users.count()).isZero();
        users.create("admin", "管理员", "{bcrypt}$2a$10$x", EnumSet.of(Role.ADMIN, Role.MEMBER));
        assertThat(users.find("admin").orElseThrow().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
        assertThat(users.find("nobody")).isEmpty();
        assertThatThrownBy(() -> users.create("admin", "x", "y", EnumSet.of(Role.MEMBER)))
                .hasMessageContaining("已存在");
        assertThatThrownBy(() -> users.create("a b", "x", "y", EnumSet.of(Role.MEMBER))).hasMessageContaining("用户名");
    }

    @Test
    void tokensAreShownOnceAndKeptOnlyAsDigests() {
        javax.sql.DataSource ds = StoreDatabase.openH2(data);
        UserAccounts users = new UserAccounts(ds, new AuditLog(ds));
        users.create("li", "李静", "{bcrypt}x", EnumSet.of(Role.MEMBER));
        String token = users.createToken("li", "压测脚本", "admin");
        assertThat(token).startsWith("skb_").hasSizeGreaterThan(40);
        assertThat(users.byToken(token).orElseThrow().username()).isEqualTo("li");
        assertThat(users.byToken(token + "x")).isEmpty();
        String stored = org.springframework.jdbc.core.simple.JdbcClient.create(ds)
                .sql("SELECT token_sha256 FROM api_token").query(String.class).single();
        assertThat(stored).isNotEqualTo(token).isEqualTo(UserAccounts.digest(token));
        users.setEnabled("li", false, "admin");
        assertThat(users.byToken(token)).as("a disabled user's token stops working").isEmpty();
        users.setEnabled("li", true, "admin");
        users.revokeToken(users.tokens().get(0).id(), "admin");
        assertThat(users.byToken(token)).isEmpty();
    }

    @Test
    void theLastAdministratorStaysAndEveryChangeIsAudited() {
        javax.sql.DataSource ds = StoreDatabase.openH2(data);
        AuditLog audit = new AuditLog(ds);
        UserAccounts users = new UserAccounts(ds, audit);
        users.create("admin", "管理员", "{bcrypt}x", EnumSet.of(Role.ADMIN), "系统");
        users.create("wang", "王强", "{bcrypt}x", EnumSet.of(Role.MEMBER), "admin");
        assertThatThrownBy(() -> users.setRoles("admin", EnumSet.of(Role.MEMBER), "admin"))
                .hasMessageContaining("最后一位管理员");
        assertThatThrownBy(() -> users.setEnabled("admin", false, "admin")).hasMessageContaining("最后一位管理员");
        users.setRoles("wang", EnumSet.of(Role.LEADER), "admin");
        users.setPassword("wang", "{bcrypt}y", "admin");
        var events = audit.recent(10);
        assertThat(events).extracting(AuditLog.Event::action)
                .containsExactly("USER_PASSWORD", "USER_ROLES", "USER_CREATED", "USER_CREATED");
        assertThat(events.get(1).before()).isEqualTo("党员");
        assertThat(events.get(1).after()).isEqualTo("领导");
        assertThat(events.get(1).actor()).isEqualTo("admin");
        assertThat(audit.page("USER_ROLES", "wang", 0, 10)).hasSize(1);
        assertThat(audit.page(null, "100%_", 0, 10)).isEmpty();
    }

    /** Sessions signed in before a change of the login, the password or the roles must be told apart. */
    @Test
    void everyChangeThatEndsSessionsGivesANewSessionVersion() {
        javax.sql.DataSource ds = StoreDatabase.openH2(data);
        UserAccounts users = new UserAccounts(ds, new AuditLog(ds));
        users.create("zhao", "赵敏", "{bcrypt}x", EnumSet.of(Role.LEADER));
        java.util.List<Long> seen = new java.util.ArrayList<>();
        seen.add(users.sessionVersion("zhao").orElseThrow());
        users.setRoles("zhao", EnumSet.of(Role.MEMBER), "admin");
        seen.add(users.sessionVersion("zhao").orElseThrow());
        users.setPassword("zhao", "{bcrypt}y", "admin");
        seen.add(users.sessionVersion("zhao").orElseThrow());
        users.setEnabled("zhao", false, "admin");
        assertThat(users.sessionVersion("zhao")).as("a login that is off has no valid session").isEmpty();
        users.setEnabled("zhao", true, "admin");
        seen.add(users.sessionVersion("zhao").orElseThrow());
        assertThat(seen).doesNotHaveDuplicates();
        users.createToken("zhao", "脚本", "admin");
        assertThat(users.sessionVersion("zhao")).as("a new token ends no session").hasValue(seen.get(3));
        assertThat(users.sessionVersion("nobody")).isEmpty();
    }
}
