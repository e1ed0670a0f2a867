package de.ikz.participant.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;

/** A fixed set of tenants with the core's visibility rule (platform admin: all; others: their own). */
final class FixedTenants implements TenantService {

    private final Set<String> ids;

    FixedTenants(String... ids) {
        this.ids = Set.of(ids);
    }

    @Override
    public Tenant create(Caller caller, String id, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Tenant> list(Caller caller) {
        return ids.stream().sorted().map(id -> find(caller, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Tenant> find(Caller caller, String id) {
        boolean visible = caller.isPlatformAdmin() || caller.tenantId().map(t -> t.equals(id)).orElse(false);
        return visible && ids.contains(id) ? Optional.of(new Tenant(id, id, Instant.EPOCH)) : Optional.empty();
    }

    @Override
    public void delete(Caller caller, String id) {
        throw new UnsupportedOperationException();
    }
}
