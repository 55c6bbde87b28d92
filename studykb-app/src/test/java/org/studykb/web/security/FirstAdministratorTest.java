package org.studykb.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.store.AuditLog;
import org.studykb.store.Passwords;
import org.studykb.access.Role;
import org.studykb.store.StoreDatabase;
import org.studykb.store.UserAccounts;

/** No default password: the first start creates admin with a random password shown once. */
class FirstAdministratorTest {
    @TempDir
    Path data;

    @Test
    void theFirstStartCreatesAnAdministratorWhosePasswordIsPrintedOnceAndStoredHashed() throws Exception {
        DataSource ds = StoreDatabase.openH2(data);
        UserAccounts accounts = new UserAccounts(ds, new AuditLog(ds));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new FirstAdministrator(accounts, Passwords.encoder(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(null);
        String printed = console.toString(StandardCharsets.UTF_8);
        String password = printed.lines().filter(l -> l.contains("密  码：")).findFirst().orElseThrow()
                .replaceAll(".*密  码：", "").strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        UserAccounts.User admin = accounts.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(Passwords.encoder().matches(password, admin.passwordHash())).isTrue();
        assertThat(accounts.mustChangePassword("admin")).as("a printed password is changed at the first login")
                .isTrue();

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new FirstAdministrator(accounts, Passwords.encoder(), new PrintStream(again, true, StandardCharsets.UTF_8))
                .run(null);
        assertThat(again.size()).as("a second start prints nothing and creates no one").isZero();
        assertThat(accounts.count()).isEqualTo(1);

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        DataSource ds2 = StoreDatabase.openH2(data.resolve("other"));
        new FirstAdministrator(new UserAccounts(ds2, new AuditLog(ds2)), Passwords.encoder(),
                new PrintStream(other, true, StandardCharsets.UTF_8)).run(null);
        assertThat(other.toString(StandardCharsets.UTF_8)).doesNotContain(password);
    }

    @Test
    void usersMadeByScriptsBeforeTheFirstStartDoNotStopTheAdministratorBeingCreated() throws Exception {
        DataSource ds = StoreDatabase.openH2(data);
        UserAccounts accounts = new UserAccounts(ds, new AuditLog(ds));
        accounts.create("load", "压测", Passwords.encoder().encode(Passwords.generate()), java.util.EnumSet.of(Role.WRITER));
        accounts.create("admin", "同名的撰写人", Passwords.encoder().encode(Passwords.generate()),
                java.util.EnumSet.of(Role.WRITER));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new FirstAdministrator(accounts, Passwords.encoder(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(null);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("用户名：admin2");
        assertThat(accounts.find("admin2").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly(Role.WRITER);
    }
}
