-- Users, their roles and groups in the platform database (issue 14): every node on one database sees the same
-- accounts at once, and a backup of the database holds them. Read at login by Karaf's JDBC login module (PlatformUsers
-- registers the realm) and written by DatabaseUserStore. A role '_g_:<group>' makes the user a member of the group;
-- the group's own roles are the rows whose username is '_g_:<group>' (as in Karaf's users.properties).
CREATE TABLE ikz_user (
  username VARCHAR(200) NOT NULL PRIMARY KEY,
  password VARCHAR(1000) NOT NULL
);
CREATE TABLE ikz_user_role (
  username VARCHAR(200) NOT NULL,
  role VARCHAR(300) NOT NULL,
  PRIMARY KEY (username, role)
);
-- Karaf's console group, as the shipped etc/users.properties defines it
INSERT INTO ikz_user_role (username, role) VALUES ('_g_:admingroup', 'admin');
INSERT INTO ikz_user_role (username, role) VALUES ('_g_:admingroup', 'manager');
INSERT INTO ikz_user_role (username, role) VALUES ('_g_:admingroup', 'viewer');
INSERT INTO ikz_user_role (username, role) VALUES ('_g_:admingroup', 'systembundles');
-- The generation of users (UserService.generation): one counter for all nodes, moved by every change of a user,
-- and signalled to the other nodes (channel ikz_users) so that their remembered logins end at once
CREATE TABLE ikz_user_generation (
  id INTEGER NOT NULL PRIMARY KEY,
  generation BIGINT NOT NULL
);
INSERT INTO ikz_user_generation (id, generation) VALUES (1, 0);
