package org.studykb.store;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Opening the store outside Spring (tests, tools): the embedded database file and its migrations. */
public final class StoreDatabase {
    public static final String MIGRATIONS = "classpath:db/migration";

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
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(data));
        ds.setUser("sa");
        ds.setPassword("");
        migrate(ds);
        return ds;
    }

    /** Brings the schema up to date; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate().migrationsExecuted;
    }
}
