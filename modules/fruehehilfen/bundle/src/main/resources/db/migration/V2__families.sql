-- Module "fruehehilfen", part families: staff of the family-midwife service, families as
-- pseudonymised cases, their sealed identity, consents and assignments. Released scripts are never
-- edited; add a new version. Tenant tables (tenant_id), reached only through a tenant session.

-- Staff: work contact only (name as used at work, no private address). username links the login
-- of a professional (family midwife, FGKiKP) to her record; unique per tenant where set.
CREATE TABLE fruehehilfen_staff (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  staff_name VARCHAR(200) NOT NULL,
  nzfh_completed BOOLEAN NOT NULL,
  nzfh_on DATE,
  hours_per_week DECIMAL(5, 2) NOT NULL,
  active_from DATE NOT NULL,
  active_to DATE,
  username VARCHAR(100),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_staff_user ON fruehehilfen_staff (tenant_id, username);

-- A family as a pseudonymised case: no name, no address here. owner_id = the youth office
-- (participant id) whose jurisdiction covers the municipality (AGS) the family lives in.
CREATE TABLE fruehehilfen_family (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  pseudonym VARCHAR(20) NOT NULL,
  ags VARCHAR(8) NOT NULL,
  owner_id VARCHAR(40) NOT NULL,
  opened_on DATE NOT NULL,
  referred_by VARCHAR(30) NOT NULL,
  closed_on DATE,
  closing_reason VARCHAR(30),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, pseudonym)
);

-- Who the family is: every column sealed (AES-GCM through the protection part's cipher, key file
-- outside the database); one row per family, written when the identity is first recorded.
CREATE TABLE fruehehilfen_family_identity (
  tenant_id VARCHAR(64) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  mother_name VARCHAR(1000),
  child_name VARCHAR(1000),
  child_birth VARCHAR(1000),
  address VARCHAR(2000),
  phone VARCHAR(1000),
  PRIMARY KEY (tenant_id, family_id)
);

-- Consents the family gave: scopes as '|'-separated names (DOCUMENTATION|HEALTH_DATA ...).
CREATE TABLE fruehehilfen_consent (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  given_on DATE NOT NULL,
  scopes VARCHAR(200) NOT NULL,
  withdrawn_on DATE,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_consent_family ON fruehehilfen_consent (tenant_id, family_id);

-- Assignment history: which staff member looked after the family from/to; the current one has no end.
CREATE TABLE fruehehilfen_assignment (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  staff_id VARCHAR(40) NOT NULL,
  from_on DATE NOT NULL,
  to_on DATE,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_assignment_family ON fruehehilfen_assignment (tenant_id, family_id);
CREATE INDEX fruehehilfen_assignment_staff ON fruehehilfen_assignment (tenant_id, staff_id);
