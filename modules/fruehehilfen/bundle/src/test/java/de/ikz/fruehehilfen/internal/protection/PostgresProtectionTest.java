package de.ikz.fruehehilfen.internal.protection;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresProtectionTest extends ProtectionContract {

    @Override
    protected DataSource dataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
