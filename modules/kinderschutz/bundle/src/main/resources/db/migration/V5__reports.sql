-- Module "kinderschutz", part reports: the network budget per year with its expenses and the partners
-- (core participants) it is split among through a core allocation key.

-- basis: BUDGET (split the budget as advances) or SPENT (split what was spent); key: the core key
-- (population, equal, …) as the allocation API names it.
CREATE TABLE kinderschutz_budget (
  tenant_id VARCHAR(64) NOT NULL,
  budget_year INTEGER NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  basis VARCHAR(10) NOT NULL,
  split_key VARCHAR(30) NOT NULL,
  partners VARCHAR(2000) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, budget_year)
);

CREATE TABLE kinderschutz_expense (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(40) NOT NULL,
  budget_year INTEGER NOT NULL,
  spent_on DATE NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  category VARCHAR(30) NOT NULL,
  document_no VARCHAR(60) NOT NULL,
  note VARCHAR(500),
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX kinderschutz_expense_year ON kinderschutz_expense (tenant_id, budget_year);
