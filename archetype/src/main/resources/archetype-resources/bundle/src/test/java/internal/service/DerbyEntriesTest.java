package ${package}.internal.service;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyEntriesTest extends EntriesContract {

    @TempDir
    static Path dir;

    @Override
    protected DataSource dataSource() {
        return TestDatabases.derby(dir);
    }
}
