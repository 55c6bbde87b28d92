package org.studykb.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.studykb.access.Role;

/**
 * Users, their roles and their API tokens. Only password hashes are stored; hashing belongs to the caller
 * (Spring Security's encoder), so this class never sees a password. Tokens are random 256-bit values shown
 * once and stored as SHA-256 digests. Every change is written to the audit trail with who made it. Turning a
 * login off or on, a new password and other roles also end the user's sessions ({@link #sessionVersion}).
 */
public final class UserAccounts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    public UserAccounts(DataSource dataSource, AuditLog audit) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.audit = audit;
    }

    public record User(long id, String username, String displayName, String passwordHash, boolean enabled,
                       Set<Role> roles) {
    }

    /** A token as listed: never the token itself. */
    public record Token(long id, String username, String label, OffsetDateTime createdAt) {
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public User create(String username, String displayName, String passwordHash, Set<Role> roles) {
        return create(username, displayName, passwordHash, roles, "系统");
    }

    public User create(String username, String displayName, String passwordHash, Set<Role> roles, String by) {
        if (username == null || !username.matches("[\\p{L}\\p{N}._-]{1,64}")) {
            throw new IllegalArgumentException("用户名只能由字母、数字和 . _ - 组成，最长 64 个字符");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("至少要有一个角色");
        }
        String display = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (display.length() > 100) {
            throw new IllegalArgumentException("姓名最长 100 个字符");
        }
        User created = tx.execute(status -> {
            if (find(username).isPresent()) {
                throw new IllegalArgumentException("用户名已存在：" + username);
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, enabled, created_at, password_set_at) "
                            + "VALUES (:u, :d, :h, TRUE, :at, :at)")
                    .param("u", username).param("d", display).param("h", passwordHash).param("at", now).update();
            long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username)
                    .query(Long.class).single();
            insertRoles(id, roles);
            return find(username).orElseThrow();
        });
        audit.record(by, AuditLog.Action.USER_CREATED, user(username), null, describe(created));
        return created;
    }

    /** Marks a new user's password as generated: it must be changed at the first page login. */
    public void passwordGenerated(String username) {
        jdbc.sql("UPDATE app_user SET password_generated = TRUE WHERE id = :id").param("id", existing(username).id())
                .update();
    }

    /** Whether the user still has a generated password (false for a name the store does not know). */
    public boolean mustChangePassword(String username) {
        return jdbc.sql("SELECT password_generated FROM app_user WHERE username = :u").param("u", username)
                .query(Boolean.class).optional().orElse(false);
    }

    public Optional<User> find(String username) {
        return jdbc.sql("SELECT id, username, display_name, password_hash, enabled FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), roles(rs.getLong(1))))
                .optional();
    }

    public List<User> list() {
        return jdbc.sql("SELECT id, username, display_name, password_hash, enabled FROM app_user ORDER BY username")
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), roles(rs.getLong(1))))
                .list();
    }

    /** Replaces a user's roles; the last enabled administrator cannot lose the role. */
    public User setRoles(String username, Set<Role> roles, String by) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("至少要有一个角色");
        }
        User before = existing(username);
        if (before.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && before.enabled()
                && enabledAdmins() <= 1) {
            throw new IllegalArgumentException("不能撤销最后一位管理员的管理员角色");
        }
        User after = tx.execute(status -> {
            jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", before.id()).update();
            insertRoles(before.id(), roles);
            endSessions(before.id());
            return existing(username);
        });
        audit.record(by, AuditLog.Action.USER_ROLES, user(username), roleLabels(before.roles()),
                roleLabels(after.roles()));
        return after;
    }

    /** Sets a password the user chose: it need not be changed at the next login. */
    public void setPassword(String username, String passwordHash, String by) {
        setPassword(username, passwordHash, false, by);
    }

    /**
     * Sets a password; {@code generated} when the system made it up (and showed it once), so that the user must
     * change it at the first page login ({@link #mustChangePassword}).
     */
    public void setPassword(String username, String passwordHash, boolean generated, String by) {
        User u = existing(username);
        jdbc.sql("UPDATE app_user SET password_hash = :h, password_set_at = :at, password_generated = :g, "
                        + "session_version = session_version + 1 WHERE id = :id")
                .param("h", passwordHash).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("g", generated)
                .param("id", u.id()).update();
        audit.record(by, AuditLog.Action.USER_PASSWORD, user(username), null, "密码已更改");
    }

    /** Turns a login on or off; the last enabled administrator cannot be turned off. */
    public void setEnabled(String username, boolean enabled, String by) {
        User u = existing(username);
        if (!enabled && u.enabled() && u.roles().contains(Role.ADMIN) && enabledAdmins() <= 1) {
            throw new IllegalArgumentException("不能停用最后一位管理员");
        }
        jdbc.sql("UPDATE app_user SET enabled = :e, session_version = session_version + 1 WHERE id = :id")
                .param("e", enabled).param("id", u.id()).update();
        audit.record(by, AuditLog.Action.USER_ENABLED, user(username), u.enabled() ? "启用" : "停用",
                enabled ? "启用" : "停用");
    }

    /**
     * The number a session of this user must have signed in with to be still valid: one more with every change
     * of the login (on or off), the password or the roles. Empty when there is no such user or the login is
     * off. One lookup by the unique user name, made for every request of a signed-in page.
     */
    public OptionalLong sessionVersion(String username) {
        return jdbc.sql("SELECT session_version FROM app_user WHERE username = :u AND enabled = TRUE")
                .param("u", username).query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** A new API token for a user: the token is returned once; only its digest is kept. */
    public String createToken(String username, String label, String by) {
        User u = existing(username);
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "skb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String name = tokenLabel(label);
        jdbc.sql("INSERT INTO api_token (user_id, label, token_sha256, created_at) VALUES (:u, :l, :d, :at)")
                .param("u", u.id()).param("l", name).param("d", digest(token))
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
        audit.record(by, AuditLog.Action.TOKEN_CREATED, user(username), null, name);
        return token;
    }

    /**
     * A new token for a user, creating the user first with {@code role} and an unusable random password when
     * there is none (an account only scripts use).
     */
    public String createToken(String username, Role role, String label, String by) {
        tokenLabel(label);
        if (find(username).isEmpty()) {
            create(username, username, Passwords.encoder().encode(Passwords.generate()), EnumSet.of(role), by);
        }
        return createToken(username, label, by);
    }

    /** A token's label as kept: {@code 脚本} when none is given; at most 100 characters (the column's size). */
    private static String tokenLabel(String label) {
        String name = label == null || label.isBlank() ? "脚本" : label.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("令牌说明最长 100 个字符，这次写了 " + name.length() + " 个");
        }
        return name;
    }

    public List<Token> tokens() {
        return jdbc.sql("SELECT t.id, u.username, t.label, t.created_at FROM api_token t "
                        + "JOIN app_user u ON u.id = t.user_id ORDER BY u.username, t.id")
                .query((rs, n) -> new Token(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    public void revokeToken(long id, String by) {
        Optional<Token> t = tokens().stream().filter(x -> x.id() == id).findFirst();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("没有这个令牌");
        }
        jdbc.sql("DELETE FROM api_token WHERE id = :id").param("id", id).update();
        audit.record(by, AuditLog.Action.TOKEN_REVOKED, user(t.get().username()), t.get().label(), null);
    }

    /** The enabled user a token belongs to, if the token is known. */
    public Optional<User> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id "
                        + "WHERE t.token_sha256 = :d AND u.enabled = TRUE")
                .param("d", digest(token)).query(String.class).optional().flatMap(this::find);
    }

    private User existing(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("没有这个用户：" + username));
    }

    private long enabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = u.id "
                + "WHERE u.enabled = TRUE AND r.role = 'ADMIN'").query(Long.class).single();
    }

    private void endSessions(long id) {
        jdbc.sql("UPDATE app_user SET session_version = session_version + 1 WHERE id = :id").param("id", id).update();
    }

    private void insertRoles(long id, Set<Role> roles) {
        for (Role r : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :r)").param("id", id)
                    .param("r", r.name()).update();
        }
    }

    private Set<Role> roles(long userId) {
        List<String> names = jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", userId)
                .query(String.class).list();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    private static String user(String username) {
        return "user:" + username;
    }

    private static String describe(User u) {
        return u.displayName() + "；" + roleLabels(u.roles());
    }

    static String roleLabels(Set<Role> roles) {
        return roles.stream().map(Role::label).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining("、"));
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
