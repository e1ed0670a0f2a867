package de.ikz.vormundschaft.internal.rest;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import javax.ws.rs.core.SecurityContext;

import de.ikz.api.tenant.Caller;

/** The callers of the resource tests: the test kit's ({@link de.ikz.testkit.Callers}), working in this module. */
final class Callers {

    static final String TENANT = de.ikz.testkit.Callers.TENANT;

    /** A coordinator of the module in tenant {@link #TENANT}. */
    static final Caller COORDINATOR = de.ikz.testkit.Callers.coordinator(TENANT, VormundschaftModule.ID);

    /** A platform admin: has no tenant and names one with ?tenant=. */
    static final Caller PLATFORM_ADMIN = de.ikz.testkit.Callers.platformAdmin();

    private Callers() {
    }

    static SecurityContext coordinator() {
        return de.ikz.testkit.Callers.context(COORDINATOR);
    }

    static SecurityContext platformAdmin() {
        return de.ikz.testkit.Callers.context(PLATFORM_ADMIN);
    }
}
