package de.ikz.fruehehilfen.internal.families;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.io.TempDir;

class DerbyFamiliesTest extends FamiliesContract {

    @TempDir
    Path dir;

    @Override
    protected DataSource dataSource() {
        return TestDatabases.derby(dir);
    }
}
