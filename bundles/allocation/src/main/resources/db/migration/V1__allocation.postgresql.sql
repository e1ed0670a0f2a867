-- Allocation runs: immutable; a new run is a new version. body: the whole run (inputs, shares, schedule) as JSON.
CREATE TABLE ikz_allocation_run (
  tenant_id VARCHAR(40) NOT NULL,
  agreement_id VARCHAR(40) NOT NULL,
  fiscal_year INTEGER NOT NULL,
  version INTEGER NOT NULL,
  kind VARCHAR(20) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (tenant_id, agreement_id, fiscal_year, version)
);
