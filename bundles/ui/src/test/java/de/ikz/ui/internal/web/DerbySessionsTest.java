package de.ikz.ui.internal.web;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbySessionsTest extends SessionsContract {

    @TempDir
    static Path dir;

    @Override
    protected DataSource freshDataSource() {
        return TestDatabases.derby(dir);
    }
}
