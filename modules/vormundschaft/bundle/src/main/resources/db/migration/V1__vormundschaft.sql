-- Module "vormundschaft": coordination of volunteer guardianships. Released scripts are never
-- edited; add V2, V3 ... Every table is a tenant table (tenant_id), reached only through a
-- tenant session. Lists (languages, areas of care) are stored as '|'-separated text.

-- Volunteers: people, so personal data (name, how to reach them); reads and changes are logged.
-- office = the recruiting partner youth office (participant id); for_child = the pseudonym of
-- the one child a relative or friend is qualified for (null for general volunteers).
-- Of the certificate of good conduct only the date seen and the result are kept.
CREATE TABLE vm_volunteer (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  reach VARCHAR(300),
  office VARCHAR(40) NOT NULL,
  stage VARCHAR(30) NOT NULL,
  stage_since DATE NOT NULL,
  for_child VARCHAR(20),
  languages VARCHAR(500) NOT NULL,
  age_band VARCHAR(8),
  unaccompanied_experience BOOLEAN NOT NULL,
  municipality VARCHAR(8),
  travel VARCHAR(20) NOT NULL,
  capacity INTEGER NOT NULL,
  recheck_due DATE,
  conduct_seen DATE,
  conduct_clear BOOLEAN,
  created_on DATE NOT NULL,
  row_version INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX vm_volunteer_office ON vm_volunteer (tenant_id, office);

-- Every stage change, for the funnel over time.
CREATE TABLE vm_stage_change (
  tenant_id VARCHAR(64) NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  seq INTEGER NOT NULL,
  from_stage VARCHAR(30),
  to_stage VARCHAR(30) NOT NULL,
  changed_on DATE NOT NULL,
  note VARCHAR(500),
  changed_by VARCHAR(100) NOT NULL,
  PRIMARY KEY (tenant_id, volunteer_id, seq)
);

-- Training: course dates of the modules in the catalogue (TrainingCatalogue), registrations and attendance.
CREATE TABLE vm_course (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  module_id VARCHAR(40) NOT NULL,
  course_date DATE NOT NULL,
  place VARCHAR(200),
  seats INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE vm_registration (
  tenant_id VARCHAR(64) NOT NULL,
  course_id VARCHAR(20) NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  attended BOOLEAN,
  PRIMARY KEY (tenant_id, course_id, volunteer_id)
);

-- Children as pseudonymised profiles; id = the pseudonym. office = the owning partner youth office.
CREATE TABLE vm_child (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  office VARCHAR(40) NOT NULL,
  age_band VARCHAR(8) NOT NULL,
  needs VARCHAR(1000),
  languages VARCHAR(500) NOT NULL,
  municipality VARCHAR(8) NOT NULL,
  unaccompanied BOOLEAN NOT NULL,
  placement VARCHAR(30) NOT NULL,
  status VARCHAR(20) NOT NULL,
  created_on DATE NOT NULL,
  row_version INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX vm_child_office ON vm_child (tenant_id, office);

-- The identity: its own table, read only for staff of the owning office (and every read is logged).
CREATE TABLE vm_child_identity (
  tenant_id VARCHAR(64) NOT NULL,
  child_id VARCHAR(20) NOT NULL,
  office VARCHAR(40) NOT NULL,
  given_name VARCHAR(200) NOT NULL,
  family_name VARCHAR(200) NOT NULL,
  birth_date DATE,
  PRIMARY KEY (tenant_id, child_id)
);

-- A case step for one child: matched volunteer, then the reasoned proposal to the family court,
-- closed by the appointment or dropped. At most one open step per child (checked by the service).
CREATE TABLE vm_proposal (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  child_id VARCHAR(20) NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  matched_on DATE NOT NULL,
  match_reasons VARCHAR(1000) NOT NULL,
  court VARCHAR(200),
  proposed_on DATE,
  reasons VARCHAR(4000),
  status VARCHAR(20) NOT NULL,
  closed_on DATE,
  close_reason VARCHAR(500),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX vm_proposal_child ON vm_proposal (tenant_id, child_id);

-- Appointments by the family court. kind GUARDIANSHIP (Vormundschaft) or CURATORSHIP (Pflegschaft, with areas).
CREATE TABLE vm_appointment (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  child_id VARCHAR(20) NOT NULL,
  office VARCHAR(40) NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  areas VARCHAR(500) NOT NULL,
  court VARCHAR(200) NOT NULL,
  file_number VARCHAR(60) NOT NULL,
  appointed_on DATE NOT NULL,
  additional_pfleger VARCHAR(200),
  additional_areas VARCHAR(500) NOT NULL,
  ended_on DATE,
  end_reason VARCHAR(500),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX vm_appointment_volunteer ON vm_appointment (tenant_id, volunteer_id);
CREATE INDEX vm_appointment_office ON vm_appointment (tenant_id, office);

-- Yearly reports to the family court that were received.
CREATE TABLE vm_report (
  tenant_id VARCHAR(64) NOT NULL,
  appointment_id VARCHAR(20) NOT NULL,
  report_year INTEGER NOT NULL,
  received_on DATE NOT NULL,
  PRIMARY KEY (tenant_id, appointment_id, report_year)
);

-- Accompaniment: contacts of the office with a volunteer, group evenings.
CREATE TABLE vm_contact (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  appointment_id VARCHAR(20),
  contact_date DATE NOT NULL,
  duration_min INTEGER NOT NULL,
  medium VARCHAR(20) NOT NULL,
  topic VARCHAR(500) NOT NULL,
  follow_up VARCHAR(500),
  follow_up_due DATE,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX vm_contact_volunteer ON vm_contact (tenant_id, volunteer_id);

CREATE TABLE vm_group_evening (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(20) NOT NULL,
  held_on DATE NOT NULL,
  topic VARCHAR(500) NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE vm_evening_attendance (
  tenant_id VARCHAR(64) NOT NULL,
  evening_id VARCHAR(20) NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  PRIMARY KEY (tenant_id, evening_id, volunteer_id)
);

-- The yearly flat expense allowance (BGB § 1878), one claim per guardianship and year.
CREATE TABLE vm_allowance_claim (
  tenant_id VARCHAR(64) NOT NULL,
  appointment_id VARCHAR(20) NOT NULL,
  claim_year INTEGER NOT NULL,
  volunteer_id VARCHAR(20) NOT NULL,
  claimed_on DATE NOT NULL,
  amount DECIMAL(9,2) NOT NULL,
  PRIMARY KEY (tenant_id, appointment_id, claim_year)
);
