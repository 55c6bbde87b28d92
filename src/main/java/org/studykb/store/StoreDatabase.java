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

    /** The JDBC URL of the embedded store under {@code <data>/store}, as {@code application.yml} has it. */
    public static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("store").resolve("studykb")
                + ";AUTO_SERVER=FALSE";
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
