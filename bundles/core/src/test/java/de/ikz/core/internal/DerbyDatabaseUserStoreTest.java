package de.ikz.core.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.persistence.internal.DerbyTestDatabase;

import org.junit.jupiter.api.io.TempDir;

class DerbyDatabaseUserStoreTest extends DatabaseUserStoreContract {

    @TempDir
    static Path dir;

    @Override
    protected DataSource freshDataSource() {
        return DerbyTestDatabase.fresh(dir);
    }
}
