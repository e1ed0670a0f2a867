-- Module "fruehehilfen", part reports: the proof of use (Verwendungsnachweis). Released scripts are
-- never edited; add a new version. Tenant tables (tenant_id), reached only through a tenant session.
-- No personal or health data here: texts the coordinator writes and sums.

-- The narrative text being written for one proof of use (the text keeps its placeholders, {bewilligt} ...).
CREATE TABLE fruehehilfen_proof_draft (
  tenant_id VARCHAR(64) NOT NULL,
  proof_year INTEGER NOT NULL,           -- the year the proof is about
  partner VARCHAR(40) NOT NULL,          -- a partner youth office (participant id), or 'pool' for the pool as a whole
  narrative VARCHAR(20000) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, proof_year, partner)
);

-- A version marked final: the text as written, who and when. Its figures are kept line by line in
-- fruehehilfen_proof_figure, so the final document is the same whatever is booked later. A later
-- final version of the same proof supersedes the earlier one (version_no + 1).
CREATE TABLE fruehehilfen_proof_final (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,               -- VN-XXXXXX
  proof_year INTEGER NOT NULL,
  partner VARCHAR(40) NOT NULL,
  version_no INTEGER NOT NULL,           -- 1, 2, ... per year and partner
  narrative VARCHAR(20000) NOT NULL,
  final_by VARCHAR(100) NOT NULL,
  final_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, proof_year, partner, version_no)
);

-- The figures of a final version, one line per figure in document order.
CREATE TABLE fruehehilfen_proof_figure (
  tenant_id VARCHAR(64) NOT NULL,
  proof_id VARCHAR(40) NOT NULL,
  line_no INTEGER NOT NULL,
  figure_key VARCHAR(80) NOT NULL,       -- granted, own_share, spent.II, pool_spent.II.PERSONNEL, count.contacts, hours ...
  amount DECIMAL(15, 2) NOT NULL,        -- money in euros, a count or hours
  PRIMARY KEY (tenant_id, proof_id, line_no)
);
