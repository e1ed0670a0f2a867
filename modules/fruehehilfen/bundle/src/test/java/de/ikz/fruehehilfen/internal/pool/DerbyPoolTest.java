package de.ikz.fruehehilfen.internal.pool;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyPoolTest extends PoolContract {

    @TempDir
    Path dir;

    @Override
    protected DataSource freshDataSource() {
        return TestDatabases.derby(dir);
    }
}
