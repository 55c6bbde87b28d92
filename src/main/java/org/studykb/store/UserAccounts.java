package org.studykb.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users and their roles, ready for logins (issue 6). Only password hashes are stored; hashing belongs to the
 * caller (Spring Security's encoder), so this class never sees a password.
 */
public final class UserAccounts {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public UserAccounts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public record User(long id, String username, String displayName, String passwordHash, boolean enabled,
                       Set<Role> roles) {
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public User create(String username, String displayName, String passwordHash, Set<Role> roles) {
        if (username == null || !username.matches("[\\p{L}\\p{N}._-]{1,64}")) {
            throw new IllegalArgumentException("用户名只能由字母、数字和 . _ - 组成，最长 64 个字符");
        }
        return tx.execute(status -> {
            jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, enabled, created_at) "
                            + "VALUES (:u, :d, :h, TRUE, :at)")
                    .param("u", username).param("d", displayName).param("h", passwordHash)
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
            long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username)
                    .query(Long.class).single();
            for (Role r : roles) {
                jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :r)").param("id", id)
                        .param("r", r.name()).update();
            }
            return find(username).orElseThrow();
        });
    }

    public Optional<User> find(String username) {
        return jdbc.sql("SELECT id, username, display_name, password_hash, enabled FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), roles(rs.getLong(1))))
                .optional();
    }

    private Set<Role> roles(long userId) {
        List<String> names = jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", userId)
                .query(String.class).list();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }
}
