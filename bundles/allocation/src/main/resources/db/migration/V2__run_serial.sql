-- Every run gets a serial number within its tenant: the Kassenzeichen of its notices is made of it
-- (fiscal year, serial, partner position; see CashReference). Given once when a run is stored,
-- never changed. Runs stored before this migration are numbered in the order they were made.
ALTER TABLE ikz_allocation_run ADD COLUMN serial INTEGER;
UPDATE ikz_allocation_run SET serial = (SELECT COUNT(*) FROM ikz_allocation_run o WHERE o.tenant_id = ikz_allocation_run.tenant_id
  AND (o.created_at < ikz_allocation_run.created_at
    OR (o.created_at = ikz_allocation_run.created_at AND (o.agreement_id < ikz_allocation_run.agreement_id
      OR (o.agreement_id = ikz_allocation_run.agreement_id AND (o.fiscal_year < ikz_allocation_run.fiscal_year
        OR (o.fiscal_year = ikz_allocation_run.fiscal_year AND o.version <= ikz_allocation_run.version)))))));
ALTER TABLE ikz_allocation_run ADD CONSTRAINT ikz_allocation_run_serial UNIQUE (tenant_id, serial);
