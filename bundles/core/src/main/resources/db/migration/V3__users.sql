-- Users whose password an admin reset: they must change it before anything else (UserServiceImpl).
-- The accounts themselves live in the JAAS realm (etc/users.properties); a row here is only the flag.
CREATE TABLE ikz_password_reset (
  username VARCHAR(64) NOT NULL PRIMARY KEY,
  reset_by VARCHAR(100) NOT NULL
);
