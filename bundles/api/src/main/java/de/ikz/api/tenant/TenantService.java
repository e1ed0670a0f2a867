package de.ikz.api.tenant;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Tenants and their users. Every method checks the caller's rights and writes the access log. */
@ProviderType
public interface TenantService {

    /** Platform admin only. */
    Tenant create(Caller caller, String id, String name);

    /** A platform admin sees all; everybody else only their own tenant. */
    List<Tenant> list(Caller caller);

    /** Empty also when the tenant exists but is not the caller's (no hint that it exists). */
    Optional<Tenant> find(Caller caller, String id);

    /** Platform admin only; refuses while the tenant still has users. */
    void delete(Caller caller, String id);
}
