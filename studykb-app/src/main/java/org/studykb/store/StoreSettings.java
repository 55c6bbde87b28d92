package org.studykb.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Where the store is, read the way {@code serve} reads it, so that every command reaches the same store:
 * {@code spring.datasource.url}, {@code .username} and {@code .password} as Java system properties
 * ({@code -Dspring.datasource.url=…}) or in the environment ({@code SPRING_DATASOURCE_URL}, …); without a URL,
 * or with the embedded store's own, the embedded store of the data folder.
 *
 * @param url empty for the embedded store of the data folder
 */
public record StoreSettings(Optional<String> url, String username, String password) {
    static final String URL = "spring.datasource.url";
    static final String USERNAME = "spring.datasource.username";
    static final String PASSWORD = "spring.datasource.password";

    /** The settings of this process: system properties first, then the environment. */
    public static StoreSettings current() {
        Optional<String> url = setting(URL).filter(u -> !u.startsWith("jdbc:h2:file:"));
        return new StoreSettings(url, setting(USERNAME).orElse(""), setting(PASSWORD).orElse(""));
    }

    /** True when the store is a server database rather than the data folder's embedded one. */
    public boolean server() {
        return url.isPresent();
    }

    /** Where, for messages: the URL without its password, or the embedded store's folder. */
    public String describe(Path data) {
        return url.map(u -> u.replaceAll("(?i)(password=)[^&;]*", "$1***"))
                .orElse(data.resolve("store").toString());
    }

    /** The store, migrated to the current schema. */
    public DataSource open(Path data) {
        if (url.isEmpty()) {
            return StoreDatabase.openH2(data);
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(url.get(), username, password);
        StoreDatabase.migrate(ds);
        return ds;
    }

    private static Optional<String> setting(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
