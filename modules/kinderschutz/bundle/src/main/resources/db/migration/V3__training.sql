-- Module "kinderschutz", part training: courses for professionals with dates, capacity, registrations,
-- a waiting list that moves up by itself, and attendance per date. Participants are professionals of
-- member institutions (work name and work e-mail only).

CREATE TABLE kinderschutz_course (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(4000),
  place VARCHAR(300),
  capacity INTEGER NOT NULL,
  trainer_usernames VARCHAR(1000),
  trainer_names VARCHAR(1000),
  target_fields VARCHAR(400),
  status VARCHAR(20) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE kinderschutz_course_date (
  tenant_id VARCHAR(64) NOT NULL,
  course_id VARCHAR(40) NOT NULL,
  pos INTEGER NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, course_id, pos)
);

-- state: REGISTERED, WAITING (queue_no orders the waiting list), CANCELLED.
CREATE TABLE kinderschutz_registration (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  course_id VARCHAR(40) NOT NULL,
  institution_id VARCHAR(40) NOT NULL,
  person_name VARCHAR(200) NOT NULL,
  work_email VARCHAR(200) NOT NULL,
  state VARCHAR(20) NOT NULL,
  queue_no BIGINT NOT NULL,
  registered_at TIMESTAMP NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX kinderschutz_registration_course ON kinderschutz_registration (tenant_id, course_id, state, queue_no);

CREATE TABLE kinderschutz_attendance (
  tenant_id VARCHAR(64) NOT NULL,
  registration_id VARCHAR(40) NOT NULL,
  pos INTEGER NOT NULL,
  present BOOLEAN NOT NULL,
  PRIMARY KEY (tenant_id, registration_id, pos)
);
