-- The module's tables (prefix ${tablePrefix}_). A tenant table has tenant_id and is reached only through
-- Session.tenant(id) with the :tenant marker. Never edit a released script: add V2__... instead. SQL that differs
-- between Derby and PostgreSQL goes into V<n>__<name>.derby.sql / .postgresql.sql.
CREATE TABLE ${tablePrefix}_entries (
    tenant_id   VARCHAR(64)  NOT NULL,
    id          VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    note        VARCHAR(2000),
    recorded_on DATE         NOT NULL,
    created_by  VARCHAR(128) NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
