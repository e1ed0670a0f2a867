package de.ikz.persistence.internal;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A new, empty embedded Derby database per test, in a folder of the test's; for the contract tests of every bundle. */
public final class DerbyTestDatabase {

    private DerbyTestDatabase() {
    }

    public static DataSource fresh(Path dir) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db-" + UUID.randomUUID()).toString());
        ds.setCreateDatabase("create");
        return ds;
    }
}
