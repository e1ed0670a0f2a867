package de.ikz.vormundschaft.internal.service;

import java.util.List;

/**
 * What the module needs to know from the platform's participants and municipal register: which
 * youth offices a tenant has, and whether a municipality key exists. A narrow view over
 * {@code ParticipantService} and {@code RegisterService} so the module's services can be tested
 * without the core.
 */
interface Directory {

    /** Ids of the tenant's participants of kind YOUTH_OFFICE. */
    List<String> youthOffices(String tenantId);

    /** Is the key in the municipal register? True for any well-formed key while the register is empty. */
    boolean municipalityKnown(String ags);
}
