-- Failed logins per key, shared by every node on this database (de.ikz.rest.internal.LoginThrottle):
-- "u:<user name>" or "a:<client address>". A platform table (no tenant column). Times are epoch
-- milliseconds; locked_until 0: not locked. Rows whose window and lock are over are purged.
-- Released scripts are never edited; add V2, V3 ...
CREATE TABLE ikz_login_failure (
  login_key VARCHAR(256) NOT NULL PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start BIGINT NOT NULL,
  locked_until BIGINT NOT NULL
);
CREATE INDEX ikz_login_failure_window ON ikz_login_failure (window_start);
