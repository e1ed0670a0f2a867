package de.ikz.fruehehilfen.internal.pool;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresPoolTest extends PoolContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
