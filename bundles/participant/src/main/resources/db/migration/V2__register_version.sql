-- A counter every register or figures import raises in its transaction. Nodes keep the register's
-- municipalities and figures in memory and reload them when the counter moved (read at most every
-- few seconds), so a key over thousands of municipalities needs no figure queries.
CREATE TABLE ikz_register_version (
  id INTEGER NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO ikz_register_version (id, version) VALUES (1, 0);
