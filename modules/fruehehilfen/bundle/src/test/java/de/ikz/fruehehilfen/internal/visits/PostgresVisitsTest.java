package de.ikz.fruehehilfen.internal.visits;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresVisitsTest extends VisitsContract {

    @Override
    protected DataSource dataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
