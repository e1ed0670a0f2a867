package de.ikz.fruehehilfen.internal.reports;

import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;

/** The pool's figures of a year as the reports read them: {@code PoolService::figures} in production, a fixed year in tests. */
@FunctionalInterface
public interface PoolYears {

    /** The year's figures as the caller may see them (partner staff: their own partner and the pool's totals). */
    PoolFigures figures(Caller caller, String tenantId, int year);
}
