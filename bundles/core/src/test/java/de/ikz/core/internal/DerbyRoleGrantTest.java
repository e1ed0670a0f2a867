package de.ikz.core.internal;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.io.TempDir;

class DerbyRoleGrantTest extends RoleGrantContract {

    @TempDir
    static Path dir;

    @Override
    protected DataSource freshDataSource() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db-" + UUID.randomUUID()).toString());
        ds.setCreateDatabase("create");
        return ds;
    }
}
