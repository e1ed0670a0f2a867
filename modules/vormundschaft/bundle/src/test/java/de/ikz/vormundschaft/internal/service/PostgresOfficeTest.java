package de.ikz.vormundschaft.internal.service;

import javax.sql.DataSource;

import de.ikz.persistence.internal.PostgresTestServer;

class PostgresOfficeTest extends OfficeContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return PostgresTestServer.shared().freshDatabase();
    }
}
