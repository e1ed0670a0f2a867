-- Module "kinderschutz", part members: the network's member institutions, the people in their roles
-- (work contact only), child-protection specialists, and agreements with free welfare organisations.
-- Released scripts are never edited; add a new version. Tenant tables (tenant_id), reached only through
-- a tenant session. NO CASE DATA: no column for a child's or a family's personal data; a person here is
-- a professional with a work contact, never a child or a parent.

CREATE TABLE kinderschutz_institution (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  member_field VARCHAR(30) NOT NULL,
  participant_id VARCHAR(40),
  address VARCHAR(300),
  phone VARCHAR(60),
  email VARCHAR(200),
  joined_on DATE NOT NULL,
  left_on DATE,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- A professional in a role at an institution. username: the login of a member contact (module role
-- member-contact); specialist: "insoweit erfahrene Fachkraft" (§ 8a/8b SGB VIII, § 4 KKG);
-- secrecy_contact: the youth office's contact person for professionals bound to secrecy (§ 4 KKG).
CREATE TABLE kinderschutz_person (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  institution_id VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  function_title VARCHAR(200),
  work_phone VARCHAR(60),
  work_email VARCHAR(200),
  username VARCHAR(100),
  specialist BOOLEAN NOT NULL,
  specialist_since DATE,
  secrecy_contact BOOLEAN NOT NULL,
  from_on DATE NOT NULL,
  until_on DATE,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX kinderschutz_person_inst ON kinderschutz_person (tenant_id, institution_id);

-- An agreement signed with a (free welfare) institution, e.g. on certificates of good conduct of
-- volunteers (§ 72a SGB VIII). valid_until null: open-ended.
CREATE TABLE kinderschutz_agreement (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  institution_id VARCHAR(40) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  title VARCHAR(200) NOT NULL,
  signed_on DATE NOT NULL,
  valid_until DATE,
  renewed_by VARCHAR(40),
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
