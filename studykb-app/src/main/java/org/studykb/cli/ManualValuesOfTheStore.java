package org.studykb.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.studykb.index.Overrides;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreSettings;

/**
 * The values people set by hand, for an {@code index} run: read from the store {@code serve} uses (the same
 * data-source settings, {@link StoreSettings}); none before the embedded store exists. While {@code serve} holds
 * the embedded store, it is reached through serve (H2's mixed mode).
 */
final class ManualValuesOfTheStore {
    private ManualValuesOfTheStore() {
    }

    static Overrides read(Path data) {
        StoreSettings settings = StoreSettings.current();
        if (!settings.server() && !Files.isRegularFile(data.resolve("store").resolve("studykb.mv.db"))) {
            return Overrides.NONE;
        }
        DataSource ds = settings.open(data);
        return new ManualValuesStore(ds, new AuditLog(ds)).snapshot();
    }
}
