package de.ikz.kinderschutz.internal;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresNetworkTest extends NetworkContract {

    @Override
    protected DataSource dataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
