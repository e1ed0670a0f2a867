package de.ikz.fruehehilfen.internal.reports;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyReportsTest extends ReportsContract {

    @TempDir
    Path dir;

    @Override
    protected DataSource freshDataSource() {
        return TestDatabases.derby(dir);
    }
}
