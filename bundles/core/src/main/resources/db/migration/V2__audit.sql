-- Access log with a keyed chain (issue 8). Entries written before this version stay as they
-- are (chain_version 1: unkeyed SHA-256) and are verified as before; AuditLogImpl fills
-- logged_ms and audit_scope for them once, and records in ikz_audit_anchor (signed with the
-- key kept outside the database) where the legacy chain ends and the keyed chain starts.

-- The time of an entry as UTC epoch milliseconds: independent of the JVM's time zone.
-- logged_at keeps a readable copy (UTC wall-clock time for entries from this version on).
ALTER TABLE ikz_audit ADD COLUMN logged_ms BIGINT;

-- 1: SHA-256 over the fields (before this version); 2: HMAC-SHA256 with the key outside the database.
ALTER TABLE ikz_audit ADD COLUMN chain_version INTEGER DEFAULT 1 NOT NULL;

-- 'platform' for the platform's own records, 'module' for records written by cooperation
-- modules (case data: visible to the tenant's auditors only).
ALTER TABLE ikz_audit ADD COLUMN audit_scope VARCHAR(10);
CREATE INDEX ikz_audit_scope ON ikz_audit (audit_tenant, audit_scope, seq);

-- One row: where the keyed chain starts (the legacy head it links to), signed with the key.
CREATE TABLE ikz_audit_anchor (
  id INTEGER NOT NULL PRIMARY KEY,
  legacy_seq BIGINT NOT NULL,
  legacy_hash VARCHAR(64) NOT NULL,
  key_id VARCHAR(16) NOT NULL,
  created_ms BIGINT NOT NULL,
  mac VARCHAR(64) NOT NULL
);
