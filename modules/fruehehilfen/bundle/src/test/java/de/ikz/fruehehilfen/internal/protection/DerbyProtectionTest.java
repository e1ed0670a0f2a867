package de.ikz.fruehehilfen.internal.protection;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyProtectionTest extends ProtectionContract {

    @TempDir
    Path dbDir;

    @Override
    protected DataSource dataSource() {
        return TestDatabases.derby(dbDir);
    }
}
