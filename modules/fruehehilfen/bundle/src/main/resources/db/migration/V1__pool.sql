-- Module "fruehehilfen", part pool: the funding pool per year (grants, own share, contributions,
-- gap, receipts, expenses, network coordination work, year end). Released scripts are never
-- edited; add a new version. Tenant tables (tenant_id), reached only through a tenant session.
-- No personal data: partners are core participants (ids), money is DECIMAL(15,2).

-- The settings of a pool year. own_share_reading: 'on-top' or 'share-of-total'; gap_key: 'percent',
-- 'population' or null (no gap split); gap_figure: the core figure of a population key (null: population).
CREATE TABLE fruehehilfen_pool_year (
  tenant_id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  host_id VARCHAR(40),
  own_share_percent DECIMAL(9,4) NOT NULL,
  own_share_reading VARCHAR(20) NOT NULL,
  budget DECIMAL(15,2),
  gap_key VARCHAR(20),
  gap_figure VARCHAR(60),
  pre_finance BOOLEAN NOT NULL,
  carry_over BOOLEAN NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, pool_year)
);

-- Percent of the gap per partner (gap_key 'percent'); the percents of a year sum to 100.
CREATE TABLE fruehehilfen_pool_gap_percent (
  tenant_id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  partner_id VARCHAR(40) NOT NULL,
  pct DECIMAL(9,4) NOT NULL,
  PRIMARY KEY (tenant_id, pool_year, partner_id)
);

-- A partner's federal grant for the year and its split over the funding areas I, II, III
-- (area_i + area_ii + area_iii = amount).
CREATE TABLE fruehehilfen_pool_grant (
  tenant_id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  partner_id VARCHAR(40) NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  notice_date DATE NOT NULL,
  area_i DECIMAL(15,2) NOT NULL,
  area_ii DECIMAL(15,2) NOT NULL,
  area_iii DECIMAL(15,2) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, pool_year, partner_id)
);

-- A partner's fixed yearly contribution.
CREATE TABLE fruehehilfen_pool_contribution (
  tenant_id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  partner_id VARCHAR(40) NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  note VARCHAR(500),
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, pool_year, partner_id)
);

-- Money received from a partner. kind: GRANT, OWN_SHARE, CONTRIBUTION, GAP_SHARE.
CREATE TABLE fruehehilfen_pool_receipt (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  received_on DATE NOT NULL,
  partner_id VARCHAR(40) NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  note VARCHAR(500),
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_pool_receipt_year ON fruehehilfen_pool_receipt (tenant_id, pool_year);

-- An expense per funding area (I, II, III) and cost type (PERSONNEL, MATERIAL, TRAINING,
-- PUBLIC_RELATIONS, SUPERVISION). pre_financed: booked beyond what the pool held, the host pre-finances.
-- network_work_id: the network coordination work whose cost it is, or null.
CREATE TABLE fruehehilfen_pool_expense (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  area VARCHAR(3) NOT NULL,
  cost_type VARCHAR(20) NOT NULL,
  document_number VARCHAR(60) NOT NULL,
  booked_on DATE NOT NULL,
  note VARCHAR(500) NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  pre_financed BOOLEAN NOT NULL,
  network_work_id VARCHAR(64),
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_pool_expense_year ON fruehehilfen_pool_expense (tenant_id, pool_year);

-- Network coordination work (funding area I). kind: MEETING, TRAINING, PUBLIC_RELATIONS.
CREATE TABLE fruehehilfen_pool_network_work (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  kind VARCHAR(20) NOT NULL,
  worked_on DATE NOT NULL,
  work_hours DECIMAL(9,2) NOT NULL,
  cost DECIMAL(15,2) NOT NULL,
  note VARCHAR(500) NOT NULL,
  expense_id VARCHAR(64),
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX fruehehilfen_pool_network_year ON fruehehilfen_pool_network_work (tenant_id, pool_year);

-- The year end: unspent money returned (per partner in fruehehilfen_pool_return) or carried over
-- into the next year (carried_over, which the next year counts as money held).
CREATE TABLE fruehehilfen_pool_year_end (
  tenant_id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  closed_on DATE NOT NULL,
  unspent DECIMAL(15,2) NOT NULL,
  carried_over DECIMAL(15,2) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, pool_year)
);

CREATE TABLE fruehehilfen_pool_return (
  tenant_id VARCHAR(64) NOT NULL,
  pool_year INTEGER NOT NULL,
  partner_id VARCHAR(40) NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  PRIMARY KEY (tenant_id, pool_year, partner_id)
);
