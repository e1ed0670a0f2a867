package de.ikz.core.internal;

import javax.sql.DataSource;

import de.ikz.persistence.internal.PostgresTestServer;

class PostgresUserPasswordsTest extends UserPasswordsContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return PostgresTestServer.shared().freshDatabase();
    }
}
