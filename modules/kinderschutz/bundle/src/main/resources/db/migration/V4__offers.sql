-- Module "kinderschutz", part offers: the offers directory for families (what is offered, where, in which
-- languages), texts per language (German always), dated events, and the network's public directory.
-- Public data only: contacts are the provider's work contacts, never a family's.

-- The network's directory: published under a public name at /…/public/{network}/… (network unique).
CREATE TABLE kinderschutz_directory (
  tenant_id VARCHAR(64) NOT NULL,
  network VARCHAR(40) NOT NULL,
  public_name VARCHAR(200) NOT NULL,
  published BOOLEAN NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id)
);
CREATE UNIQUE INDEX kinderschutz_directory_network ON kinderschutz_directory (network);

-- The public addresses of the directories, across tenants (a platform table: the public part has no
-- caller and finds the network's tenant here). owner_tenant names the tenant; kept equal to
-- kinderschutz_directory by the offers service in one transaction.
CREATE TABLE kinderschutz_public_network (
  network VARCHAR(40) NOT NULL,
  owner_tenant VARCHAR(64) NOT NULL,
  published BOOLEAN NOT NULL,
  PRIMARY KEY (network)
);
CREATE UNIQUE INDEX kinderschutz_public_network_owner ON kinderschutz_public_network (owner_tenant);

CREATE TABLE kinderschutz_offer (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  offer_type VARCHAR(30) NOT NULL,
  target_groups VARCHAR(400),
  age_from_months INTEGER,
  age_to_months INTEGER,
  languages VARCHAR(400) NOT NULL,
  ags VARCHAR(8) NOT NULL,
  street VARCHAR(200),
  postal_code VARCHAR(10),
  city VARCHAR(100),
  phone VARCHAR(60),
  email VARCHAR(200),
  website VARCHAR(300),
  cost VARCHAR(200),
  free_of_charge BOOLEAN NOT NULL,
  step_free BOOLEAN NOT NULL,
  accessibility VARCHAR(1000),
  institution_id VARCHAR(40),
  published BOOLEAN NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX kinderschutz_offer_ags ON kinderschutz_offer (tenant_id, ags);
CREATE INDEX kinderschutz_offer_type ON kinderschutz_offer (tenant_id, offer_type);

-- One text per offer and language (BCP 47 tag); 'de' is required.
CREATE TABLE kinderschutz_offer_text (
  tenant_id VARCHAR(64) NOT NULL,
  offer_id VARCHAR(40) NOT NULL,
  lang VARCHAR(20) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(4000),
  PRIMARY KEY (tenant_id, offer_id, lang)
);

-- The languages an offer is held in, one row each (searchable).
CREATE TABLE kinderschutz_offer_language (
  tenant_id VARCHAR(64) NOT NULL,
  offer_id VARCHAR(40) NOT NULL,
  lang VARCHAR(20) NOT NULL,
  PRIMARY KEY (tenant_id, offer_id, lang)
);
CREATE INDEX kinderschutz_offer_language_lang ON kinderschutz_offer_language (tenant_id, lang);

CREATE TABLE kinderschutz_event (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  offer_id VARCHAR(40) NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  place VARCHAR(300),
  note_de VARCHAR(1000),
  cancelled BOOLEAN NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX kinderschutz_event_offer ON kinderschutz_event (tenant_id, offer_id, starts_at);
