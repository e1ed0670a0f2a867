package de.ikz.rest.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyLoginThrottleTest extends LoginThrottleContract {

    @TempDir
    static Path dir;

    @Override
    protected DataSource freshDataSource() {
        return TestDatabases.derby(dir);
    }
}
