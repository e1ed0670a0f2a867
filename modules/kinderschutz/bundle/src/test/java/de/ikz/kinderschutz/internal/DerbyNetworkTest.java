package de.ikz.kinderschutz.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyNetworkTest extends NetworkContract {

    @TempDir
    Path dir;

    @Override
    protected DataSource dataSource() {
        return TestDatabases.derby(dir);
    }
}
