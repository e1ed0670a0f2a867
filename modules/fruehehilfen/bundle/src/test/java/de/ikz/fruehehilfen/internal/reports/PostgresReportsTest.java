package de.ikz.fruehehilfen.internal.reports;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresReportsTest extends ReportsContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
