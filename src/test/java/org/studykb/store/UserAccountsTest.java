package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users and roles in the embedded store, ready for logins. */
class UserAccountsTest {
    @TempDir
    Path data;

    @Test
    void usersHaveRolesAndUniqueNames() {
        UserAccounts users = new UserAccounts(StoreDatabase.openH2(data));
        assertThat(users.count()).isZero();
        users.create("admin", "管理员", "{bcrypt}$2a$10$x", EnumSet.of(Role.ADMIN, Role.MEMBER));
        assertThat(users.find("admin").orElseThrow().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
        assertThat(users.find("nobody")).isEmpty();
        assertThatThrownBy(() -> users.create("admin", "x", "y", EnumSet.of(Role.MEMBER)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThatThrownBy(() -> users.create("a b", "x", "y", EnumSet.of(Role.MEMBER))).hasMessageContaining("用户名");
    }
}
