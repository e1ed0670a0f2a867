-- Module "kinderschutz", part meetings: network conferences and working groups, the institutions
-- invited and attending, agenda, minutes, decisions, and follow-ups with owners and due dates.
-- NO CASE DATA: free text is about the network's work, never about a child or a family (the screens say so).

CREATE TABLE kinderschutz_meeting (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  group_name VARCHAR(200),
  title VARCHAR(200) NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  place VARCHAR(300),
  agenda VARCHAR(8000),
  minutes_text VARCHAR(20000),
  decisions VARCHAR(8000),
  status VARCHAR(20) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE kinderschutz_meeting_institution (
  tenant_id VARCHAR(64) NOT NULL,
  meeting_id VARCHAR(40) NOT NULL,
  institution_id VARCHAR(40) NOT NULL,
  invited BOOLEAN NOT NULL,
  attended BOOLEAN NOT NULL,
  PRIMARY KEY (tenant_id, meeting_id, institution_id)
);

CREATE TABLE kinderschutz_followup (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  meeting_id VARCHAR(40),
  task VARCHAR(2000) NOT NULL,
  owner_institution_id VARCHAR(40) NOT NULL,
  owner_name VARCHAR(200),
  due_on DATE NOT NULL,
  done_on DATE,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX kinderschutz_followup_due ON kinderschutz_followup (tenant_id, done_on, due_on);
