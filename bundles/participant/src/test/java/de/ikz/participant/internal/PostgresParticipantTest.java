package de.ikz.participant.internal;

import javax.sql.DataSource;

import de.ikz.persistence.internal.PostgresTestServer;

class PostgresParticipantTest extends ParticipantContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return PostgresTestServer.shared().freshDatabase();
    }
}
