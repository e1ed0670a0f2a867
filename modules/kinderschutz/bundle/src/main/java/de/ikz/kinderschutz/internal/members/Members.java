package de.ikz.kinderschutz.internal.members;

import java.util.List;
import java.util.Optional;

import de.ikz.api.tenant.Caller;

/**
 * What the other parts of the module need from the members part: the institutions of a network and
 * whose contact a caller is. No access checks here (the calling part has checked its caller); the
 * members part's own service (institutions, people, specialists, agreements) extends this.
 */
public interface Members {

    /** The institution, if it exists in the tenant. */
    Optional<Institution> institution(String tenantId, String institutionId);

    /** Every institution of the tenant (current and former members), ordered by name. */
    List<Institution> institutions(String tenantId);

    /**
     * The institution whose contact person the caller is (module role {@code member-contact}, linked by
     * the person's {@code username}), if any.
     */
    Optional<String> institutionOf(Caller caller);
}
