package ${package}.internal.service;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresEntriesTest extends EntriesContract {

    @Override
    protected DataSource dataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
