package de.ikz.fruehehilfen.internal.visits;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyVisitsTest extends VisitsContract {

    @TempDir
    Path dir;

    @Override
    protected DataSource dataSource() {
        return TestDatabases.derby(dir);
    }
}
