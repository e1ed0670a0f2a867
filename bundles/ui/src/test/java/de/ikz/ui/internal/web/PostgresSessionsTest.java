package de.ikz.ui.internal.web;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresSessionsTest extends SessionsContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
