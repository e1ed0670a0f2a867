-- Four-eyes grants of case access (issue 8): a role that reads case data is held by a user only
-- after a second admin confirmed it. A tenant table: reached through Session.tenant(id) only.
CREATE TABLE ikz_role_grant (
  tenant_id VARCHAR(40) NOT NULL,
  id VARCHAR(20) NOT NULL,
  username VARCHAR(100) NOT NULL,
  granted_roles VARCHAR(1000) NOT NULL,
  grant_state VARCHAR(20) NOT NULL,
  requested_by VARCHAR(100) NOT NULL,
  requested_ms BIGINT NOT NULL,
  request_reason VARCHAR(500),
  decided_by VARCHAR(100),
  decided_ms BIGINT,
  decision_note VARCHAR(500),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ikz_role_grant_user ON ikz_role_grant (tenant_id, username, grant_state);
