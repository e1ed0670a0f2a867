-- Participants schema. Released scripts are never edited; add V2, V3 ...

-- The federal municipal register: platform tables (no tenant_id), shared by all tenants,
-- written only by the platform admin's import. No foreign key from a municipality to its
-- district: the register has areas outside any district (e.g. 07000999, coastal waters 13000999).
CREATE TABLE ikz_register_district (
  district_key VARCHAR(5) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  kind INTEGER NOT NULL
);

CREATE TABLE ikz_register_municipality (
  ags VARCHAR(8) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  district_key VARCHAR(5) NOT NULL,
  kind INTEGER NOT NULL,
  area_km2 DECIMAL(10,2),
  postcode VARCHAR(5)
);
CREATE INDEX ikz_register_municipality_district ON ikz_register_municipality (district_key);

-- Key figures per municipality and reference date (population, population_under_18 ...),
-- each with its source so that a settlement can be retraced years later.
CREATE TABLE ikz_register_figure (
  ags VARCHAR(8) NOT NULL,
  figure VARCHAR(40) NOT NULL,
  reference_date DATE NOT NULL,
  figure_value BIGINT NOT NULL,
  source VARCHAR(300) NOT NULL,
  PRIMARY KEY (ags, figure, reference_date)
);
CREATE INDEX ikz_register_figure_lookup ON ikz_register_figure (figure, ags, reference_date);

-- Participants of a tenant: tenant tables, reached only through Session.tenant(id).
CREATE TABLE ikz_participant (
  tenant_id VARCHAR(40) NOT NULL,
  id VARCHAR(40) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  name VARCHAR(200) NOT NULL,
  register_key VARCHAR(8),
  parent_id VARCHAR(40),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ikz_participant_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES ikz_participant (tenant_id, id)
);

CREATE INDEX ikz_participant_probe ON ikz_participant (id, tenant_id);

CREATE TABLE ikz_participant_contact (
  tenant_id VARCHAR(40) NOT NULL,
  participant_id VARCHAR(40) NOT NULL,
  pos INTEGER NOT NULL,
  contact_role VARCHAR(200) NOT NULL,
  person VARCHAR(200),
  office VARCHAR(200),
  phone VARCHAR(100),
  email VARCHAR(200),
  address VARCHAR(500),
  PRIMARY KEY (tenant_id, participant_id, pos),
  CONSTRAINT ikz_participant_contact_owner FOREIGN KEY (tenant_id, participant_id) REFERENCES ikz_participant (tenant_id, id)
);

-- The municipalities a participant serves, each for a period (valid_to inclusive, null: open).
CREATE TABLE ikz_jurisdiction (
  tenant_id VARCHAR(40) NOT NULL,
  participant_id VARCHAR(40) NOT NULL,
  ags VARCHAR(8) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  PRIMARY KEY (tenant_id, participant_id, ags, valid_from),
  CONSTRAINT ikz_jurisdiction_owner FOREIGN KEY (tenant_id, participant_id) REFERENCES ikz_participant (tenant_id, id)
);
-- id first: lets Derby probe "id IN (...)" lists through the index (keys over thousands of partners)
CREATE INDEX ikz_jurisdiction_probe ON ikz_jurisdiction (participant_id, tenant_id);
