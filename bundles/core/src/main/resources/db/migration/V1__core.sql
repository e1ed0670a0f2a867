-- Core schema: tenants and the access log. Released scripts are never edited; add V2, V3 ...
CREATE TABLE ikz_tenant (
  id VARCHAR(40) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(100) NOT NULL
);

-- The access log spans all tenants in one hash chain, so it is a platform table
-- (its tenant column is audit_tenant, not tenant_id); AuditLogImpl filters reads by tenant.
CREATE TABLE ikz_audit (
  seq BIGINT NOT NULL PRIMARY KEY,
  logged_at TIMESTAMP NOT NULL,
  username VARCHAR(100) NOT NULL,
  audit_tenant VARCHAR(40),
  action VARCHAR(40) NOT NULL,
  record VARCHAR(300) NOT NULL,
  reason VARCHAR(500),
  address VARCHAR(100),
  prev_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL
);
CREATE INDEX ikz_audit_tenant ON ikz_audit (audit_tenant, seq);

-- One row: the head of the chain. Appending updates it first, which serialises writers
-- (also across several nodes on one PostgreSQL database).
CREATE TABLE ikz_audit_head (
  id INTEGER NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash VARCHAR(64) NOT NULL
);
INSERT INTO ikz_audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
