-- Web UI sessions, shared by every node on this database (de.ikz.ui.internal.web.Sessions).
-- A platform table (no tenant column). The id is the SHA-256 (hex) of the cookie value, never the value;
-- times are epoch milliseconds; caller_text is the caller in CallerText's form, null before login.
-- Released scripts are never edited; add V2, V3 ...
CREATE TABLE ikz_ui_session (
  id_hash CHAR(64) NOT NULL PRIMARY KEY,
  csrf VARCHAR(64) NOT NULL,
  created_ms BIGINT NOT NULL,
  last_seen_ms BIGINT NOT NULL,
  caller_text VARCHAR(16000),
  must_change BOOLEAN NOT NULL,
  user_generation BIGINT NOT NULL,
  flash VARCHAR(4000),
  return_to VARCHAR(4000),
  tenant_name VARCHAR(1000),
  office_name VARCHAR(1000),
  names_looked BOOLEAN NOT NULL
);
CREATE INDEX ikz_ui_session_seen ON ikz_ui_session (last_seen_ms);
CREATE INDEX ikz_ui_session_created ON ikz_ui_session (created_ms);
