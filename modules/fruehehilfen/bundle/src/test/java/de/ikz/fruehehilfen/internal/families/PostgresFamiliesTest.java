package de.ikz.fruehehilfen.internal.families;

import javax.sql.DataSource;

import de.ikz.testkit.TestDatabases;

class PostgresFamiliesTest extends FamiliesContract {

    @Override
    protected DataSource dataSource() throws Exception {
        return TestDatabases.postgres();
    }
}
