package de.ikz.rest.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.TestDatabases;

/** Databases with the REST bundle's migrations (the login failure table) applied, from {@code target/classes}. */
final class ThrottleDatabase {

    private ThrottleDatabase() {
    }

    static Database migrated(DataSource ds) {
        Database db = new JdbcDatabase(ds);
        db.migrate(LoginThrottle.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        return db;
    }

    /** A new Derby database in the folder (a JUnit {@code @TempDir}). */
    static Database derby(Path dir) {
        return migrated(TestDatabases.derby(dir));
    }
}
