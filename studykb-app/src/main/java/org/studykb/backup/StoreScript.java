package org.studykb.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.studykb.store.StoreDatabase;

/**
 * The embedded H2 store as SQL (H2's {@code SCRIPT}): plain text that any later H2 version reads back, taken in
 * one repeatable-read transaction, so it is one consistent moment of the store. The store URL runs H2 in
 * automatic mixed mode: while {@code serve} holds the database, this connects to it through serve's local TCP
 * server instead of failing; the script is read over the connection and written here, never by the server.
 */
final class StoreScript {
    private StoreScript() {
    }

    static boolean exists(Path data) {
        return Files.isRegularFile(data.resolve("store").resolve("studykb.mv.db"));
    }

    /** Writes the script; returns how many statements it holds. */
    static int dump(Path data, Path script) throws IOException {
        Files.createDirectories(script.getParent());
        try (Connection c = connect(data, StoreDatabase.h2Url(data) + ";IFEXISTS=TRUE")) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            int n = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT");
                 BufferedWriter out = Files.newBufferedWriter(script, StandardCharsets.UTF_8)) {
                while (rs.next()) {
                    out.write(rs.getString(1));
                    out.write('\n');
                    n++;
                }
            } finally {
                c.rollback();
            }
            return n;
        } catch (SQLException e) {
            throw new BackupException("无法读取数据库 " + data.resolve("store") + "：" + e.getMessage(), e);
        }
    }

    /** Creates the store of an empty data folder from a script; nobody else may have it open meanwhile. */
    static void load(Path script, Path data) {
        String url = StoreDatabase.h2UrlExclusive(data);
        try (Connection c = connect(data, url);
             PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ? CHARSET 'UTF-8'")) {
            s.setString(1, script.toAbsolutePath().toString());
            s.execute();
        } catch (SQLException e) {
            throw new BackupException("无法从 " + script + " 恢复数据库：" + e.getMessage(), e);
        }
    }

    /** Opens the store for this process alone and closes it again: fails while serve or another tool holds it. */
    static void ensureNotInUse(Path data) {
        try (Connection c = connect(data, StoreDatabase.h2UrlExclusive(data) + ";IFEXISTS=TRUE")) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new BackupException("数据库正被使用或无法打开（" + data.resolve("store") + "）：请先停止 serve。"
                    + e.getMessage(), e);
        }
    }

    /** Rows of a table in a restored or live store, to report and compare. */
    static long rows(Path data, String table) {
        try (Connection c = connect(data, StoreDatabase.h2Url(data) + ";IFEXISTS=TRUE");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new BackupException("无法读取数据库表 " + table + "：" + e.getMessage(), e);
        }
    }

    private static Connection connect(Path data, String url) throws SQLException {
        return StoreDatabase.h2(data, url).getConnection();
    }
}
