-- Derby: CLOB (an agreement with thousands of parties is large); PostgreSQL: TEXT (V1__agreement.postgresql.sql)
-- Agreements: every version is a row; an amendment adds a row, nothing is ever updated.
-- body: the whole version as JSON (parties, dates, texts, cost rule), read back as written.
CREATE TABLE ikz_agreement_version (
  tenant_id VARCHAR(40) NOT NULL,
  agreement_id VARCHAR(40) NOT NULL,
  version INTEGER NOT NULL,
  module_id VARCHAR(40) NOT NULL,
  title VARCHAR(300) NOT NULL,
  valid_from DATE NOT NULL,
  body CLOB NOT NULL,
  note VARCHAR(1000),
  recorded_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  PRIMARY KEY (tenant_id, agreement_id, version)
);
