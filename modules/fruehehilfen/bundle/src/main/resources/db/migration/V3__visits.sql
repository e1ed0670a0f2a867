-- Module "fruehehilfen", part visits: contacts of the family-midwife service, the checklist of
-- resources and burdens, and the assessments on the six areas of the national template. Released
-- scripts are never edited; add a new version. Tenant tables (tenant_id), reached only through a
-- tenant session. Enum values are stored by name; lists as '|'-separated names.

-- Every contact with a family: who, when, how long (minutes), where, what kind, what about, and
-- which services the family was referred to. No free text: nothing here identifies the family.
CREATE TABLE fruehehilfen_contact (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  staff_id VARCHAR(40) NOT NULL,
  contact_on DATE NOT NULL,
  minutes INTEGER NOT NULL,
  place VARCHAR(20) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  categories VARCHAR(400) NOT NULL,
  referrals VARCHAR(400) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_contact_family ON fruehehilfen_contact (tenant_id, family_id);
CREATE INDEX fruehehilfen_contact_day ON fruehehilfen_contact (tenant_id, contact_on);

-- An assessment on the six areas (ratings 1 to 5). phase_key is the phase for START and END and the
-- row's id for DURING, so the unique key allows one START and one END per family, any number DURING.
CREATE TABLE fruehehilfen_assessment (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  phase VARCHAR(10) NOT NULL,
  phase_key VARCHAR(40) NOT NULL,
  assessed_on DATE NOT NULL,
  household SMALLINT NOT NULL,
  external_support SMALLINT NOT NULL,
  internal_support SMALLINT NOT NULL,
  self_care SMALLINT NOT NULL,
  child_care SMALLINT NOT NULL,
  interaction SMALLINT NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, family_id, phase_key)
);

-- The checklist of resources and burdens on a day: the factor names, sealed as a whole (health
-- data among them; AES-GCM through the protection part's cipher, key outside the database).
CREATE TABLE fruehehilfen_resources (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  family_id VARCHAR(40) NOT NULL,
  recorded_on DATE NOT NULL,
  factors VARCHAR(4000) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_resources_family ON fruehehilfen_resources (tenant_id, family_id);
