package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.store.StoreDatabase;

/**
 * The data folder is its owner's alone (folders rwx------, files without group and other bits), an older one is
 * tightened with a log line, and the embedded store has a random password kept in {@code secret/} that every
 * command uses; a store of an earlier version with the empty password gets it. CI runs as root, where read
 * checks pass anyway: these assert the permission bits.
 */
class OwnerOnlyDataTest {
    static final Path CONFIG = Path.of("indexer");
    static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path root;

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    private Path corpus() throws IOException {
        Path corpus = root.resolve("corpus");
        Files.createDirectories(corpus.resolve("分析检查"));
        Files.writeString(corpus.resolve("分析检查/意见建议汇总.txt"), "意见建议汇总\n\n一、存在的突出问题\n\n"
                + "1. 领导干部下基层调研少，有时走马观花。\n\n2. 会议多、文件多，会议时间长。\n");
        return corpus;
    }

    /** Every folder under {@code dir} (and itself) and every file whose permissions let group or others in. */
    private static List<String> open(Path dir) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (perms.stream().anyMatch(OTHERS::contains)) {
                    open.add(dir.relativize(p) + " " + PosixFilePermissions.toString(perms));
                }
            }
        }
        return open;
    }

    private static Set<PosixFilePermission> perms(Path p) throws IOException {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    void aNewDataFolderAndEverythingWrittenIntoItAreOwnerOnly() throws IOException {
        Path data = root.resolve("data");
        ok("index", "--corpus", corpus().toString(), "--data", data.toString(), "--config", CONFIG.toString());
        ok("users", "add", "wang", "--role", "撰写", "--data", data.toString());
        ok("problems", "--data", data.toString(), "--config", CONFIG.toString(), "--json");
        assertThat(perms(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(data.resolve("secret/store-password")).isRegularFile();
        assertThat(perms(data.resolve("secret/store-password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(data.resolve("secret/problem-id.key")).isRegularFile();
        assertThat(data.resolve("store/studykb.mv.db")).isRegularFile();
        assertThat(open(data)).isEmpty();

        Path backup = root.resolve("backup");
        ok("backup", "--data", data.toString(), "--to", backup.toString());
        assertThat(open(backup)).isEmpty();
        assertThat(backup.resolve("files/secret/store-password")).hasSameTextualContentAs(
                data.resolve("secret/store-password"));
        assertThat(backup.resolve("files/secret/problem-id.key")).hasSameTextualContentAs(
                data.resolve("secret/problem-id.key"));
        Path restored = root.resolve("restored");
        ok("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(open(restored)).isEmpty();
        assertThat(restored.resolve("secret/store-password")).hasSameTextualContentAs(
                data.resolve("secret/store-password"));
        assertThat(restored.resolve("secret/problem-id.key")).hasSameTextualContentAs(
                data.resolve("secret/problem-id.key"));
        assertThat(ok("users", "list", "--data", restored.toString()).out()).contains("wang");
    }

    @Test
    void anOlderDataFolderIsTightenedWithALogLine() throws IOException {
        Path data = root.resolve("data");
        ok("index", "--corpus", corpus().toString(), "--data", data.toString(), "--config", CONFIG.toString());
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Files.setPosixFilePermissions(uploads, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path upload = Files.writeString(uploads.resolve("a.txt"), "内部材料");
        Files.setPosixFilePermissions(upload, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun r = ok("problems", "--data", data.toString(), "--config", CONFIG.toString());
        assertThat(r.err()).contains("原先其他用户也能读取").contains("仅所有者可访问");
        assertThat(perms(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(perms(upload)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(open(data)).isEmpty();
    }

    @Test
    void theStoreHasARandomPasswordAndAnOlderStoreWithTheEmptyOneGetsIt() throws IOException, SQLException {
        Path data = root.resolve("data");
        ok("index", "--corpus", corpus().toString(), "--data", data.toString(), "--config", CONFIG.toString());
        JdbcDataSource old = new JdbcDataSource(); // as earlier versions opened it: sa with the empty password
        old.setURL(StoreDatabase.h2Url(data));
        old.setUser("sa");
        old.setPassword("");
        Flyway.configure().dataSource(old).locations(StoreDatabase.MIGRATIONS).load().migrate();

        CliRun add = ok("users", "add", "wang", "--role", "撰写", "--data", data.toString());
        assertThat(add.err()).contains("原先用空密码");
        String password = Files.readString(data.resolve("secret/store-password")).strip();
        assertThat(password).hasSize(64);
        assertThatThrownBy(() -> {
            try (Connection c = old.getConnection()) {
                c.isValid(1);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        JdbcDataSource withPassword = new JdbcDataSource();
        withPassword.setURL(StoreDatabase.h2Url(data));
        withPassword.setUser("sa");
        withPassword.setPassword(password);
        try (Connection c = withPassword.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(ok("users", "list", "--data", data.toString()).out()).contains("wang");
        assertThat(ok("problems", "--data", data.toString(), "--config", CONFIG.toString()).err())
                .doesNotContain("无法读取数据库");
        assertThat(ok("backup", "--data", data.toString(), "--to", root.resolve("b").toString()).out())
                .contains("备份完成");
    }
}
