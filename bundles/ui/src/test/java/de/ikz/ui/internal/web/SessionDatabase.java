package de.ikz.ui.internal.web;

import java.nio.file.Path;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.TestDatabases;

/**
 * Databases with the UI's migrations applied. The shell tests share one Derby database per test JVM
 * (under {@code target/}, so a fixture costs a DELETE, not a new database) and empty the session table
 * for each fixture; the session store's own tests take fresh ones ({@link #migrated}).
 */
final class SessionDatabase {

    private static Database shared;

    private SessionDatabase() {
    }

    /** A database over the data source with the UI's migrations applied (from {@code target/classes}). */
    static Database migrated(javax.sql.DataSource ds) {
        Database db = new JdbcDatabase(ds);
        db.migrate(Sessions.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        return db;
    }

    /** The shared Derby database, its session table empty. */
    static synchronized Database cleared() {
        if (shared == null) {
            shared = migrated(TestDatabases.derby(Path.of("target/ui-test-db")));
        }
        shared.inTransaction(s -> s.update("DELETE FROM ikz_ui_session"));
        return shared;
    }
}
