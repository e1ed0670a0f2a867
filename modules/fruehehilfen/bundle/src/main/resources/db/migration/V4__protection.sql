-- Module "fruehehilfen", part protection: the key ids in use and the retention log. Released scripts
-- are never edited; add a new version.

-- Key ids of the field keys (never a key: the keys live in the key file outside the database). A key
-- is recorded when it enters the key file and retired once no sealed value uses it; at start a key
-- file that lacks a recorded, unretired key is refused. A platform table: one key file serves all
-- tenants (the tenant is bound into each sealed value).
CREATE TABLE fruehehilfen_key (
  key_id VARCHAR(20) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  retired_at TIMESTAMP,
  PRIMARY KEY (key_id)
);

-- What retention did to a family after its case ended: erased (every row gone) or anonymised
-- (identity and health data gone, pseudonymised facts kept). By pseudonym only; also keeps the job
-- from anonymising the same family twice.
CREATE TABLE fruehehilfen_retention (
  tenant_id VARCHAR(64) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  pseudonym VARCHAR(20) NOT NULL,
  closed_on DATE NOT NULL,
  retention_mode VARCHAR(10) NOT NULL,
  rows_deleted INTEGER NOT NULL,
  done_on DATE NOT NULL,
  done_by VARCHAR(100) NOT NULL,
  PRIMARY KEY (tenant_id, family_id)
);
