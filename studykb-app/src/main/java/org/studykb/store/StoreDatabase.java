package org.studykb.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

/**
 * Opening the store outside Spring (tests, tools): the embedded database file, its password and its migrations.
 * The embedded store's user {@code sa} has a random password kept in {@code <data>/secret/store-password}
 * (owner-only), created at the first start; a store of an earlier version, which had the empty password, gets it
 * then. Every process that opens the store reads it from there.
 */
public final class StoreDatabase {
    public static final String MIGRATIONS = "classpath:db/migration";
    public static final String USER = "sa";
    public static final String PASSWORD_FILE = "store-password";

    private StoreDatabase() {
    }

    /**
     * The JDBC URL of the embedded store under {@code <data>/store}, as {@code application.yml} has it. H2's
     * automatic mixed mode: the first process to open the store serves it to the others on a local TCP port
     * (named in the store's lock file), so {@code backup} and {@code problems} can read it while {@code serve}
     * runs. Call {@link #localServerOnly()} first so that port listens on the loopback address only.
     * {@code WRITE_DELAY=0}: a commit is in the file before the call returns; H2's default (up to 500 ms later)
     * lost answered uploads when {@code serve} was killed.
     */
    public static String h2Url(Path data) {
        return file(data) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /** The store for this process alone (a restore filling a new data folder): no server for others. */
    public static String h2UrlExclusive(Path data) {
        return file(data) + ";WRITE_DELAY=0;AUTO_SERVER=FALSE";
    }

    private static String file(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("store").resolve("studykb");
    }

    /**
     * Makes the TCP server of H2's mixed mode listen on 127.0.0.1, never on the network. H2 reads this once,
     * when its first class loads, so the entry points call it before anything touches the database.
     */
    public static void localServerOnly() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** The embedded store of a data folder, migrated to the current schema. */
    public static DataSource openH2(Path data) {
        JdbcDataSource ds = h2(data, h2Url(data));
        migrate(ds);
        return ds;
    }

    /** The embedded store of a data folder at this URL ({@link #h2Url} with options), with its password. */
    public static JdbcDataSource h2(Path data, String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(USER);
        ds.setPassword(password(data));
        return ds;
    }

    /** The data folder of a JDBC URL that names the embedded store of one ({@link #h2Url}); else empty. */
    public static Optional<Path> embeddedData(String url) {
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = url.indexOf(';');
        Path file = Path.of(end < 0 ? url.substring(prefix.length()) : url.substring(prefix.length(), end));
        if (!file.getFileName().toString().equals("studykb") || file.getParent() == null
                || !file.getParent().getFileName().toString().equals("store")) {
            return Optional.empty();
        }
        return Optional.ofNullable(file.toAbsolutePath().normalize().getParent().getParent());
    }

    /**
     * The password of the embedded store of {@code data}. The first call makes the data folder owner-only and
     * creates the password; when the store already exists with the empty password of earlier versions, it is
     * changed first ({@code ALTER USER}), so a crash in between leaves the new password pending, never lost.
     */
    public static String password(Path data) {
        Path file = DataFolder.secretFile(data, PASSWORD_FILE);
        try {
            DataFolder.createDirectories(data.resolve("store")); // before H2 makes it with the process's umask
            DataFolder.secure(data);
            if (Files.isRegularFile(file)) {
                return read(file);
            }
            if (!Files.isRegularFile(data.resolve("store").resolve("studykb.mv.db"))) {
                return DataFolder.secret(data, PASSWORD_FILE);
            }
            String pending = PASSWORD_FILE + ".new";
            String password = DataFolder.secret(data, pending);
            setPassword(data, password);
            Files.move(DataFolder.secretFile(data, pending), file, StandardCopyOption.ATOMIC_MOVE);
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建数据库密码 " + file + "：" + e.getMessage(), e);
        }
    }

    /** Gives the store the password unless it has it already: a store of an earlier version has none. */
    private static void setPassword(Path data, String password) throws IOException {
        String url = h2Url(data) + ";IFEXISTS=TRUE";
        try (Connection c = connect(url, password)) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new IOException("无法打开数据库 " + data.resolve("store") + "：" + e.getMessage(), e);
            }
        }
        try (Connection c = connect(url, ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USER + " SET PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("无法给数据库 " + data.resolve("store") + " 设置密码（原先的空密码也打不开）："
                    + e.getMessage(), e);
        }
        LoggerFactory.getLogger(StoreDatabase.class).warn("数据库 {} 原先用空密码：已改为随机密码，保存在 {}",
                data.resolve("store").toAbsolutePath().normalize(), DataFolder.secretFile(data, PASSWORD_FILE));
    }

    private static Connection connect(String url, String password) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(USER);
        ds.setPassword(password);
        return ds.getConnection();
    }

    private static String read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            throw new IOException("密码文件是空的：" + file + "（从备份恢复 secret/ 目录）");
        }
        return s;
    }

    /** Brings the schema up to date; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate().migrationsExecuted;
    }
}
