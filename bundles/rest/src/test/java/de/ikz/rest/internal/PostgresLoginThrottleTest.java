package de.ikz.rest.internal;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresLoginThrottleTest extends LoginThrottleContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
