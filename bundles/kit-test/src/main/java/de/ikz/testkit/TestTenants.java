package de.ikz.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;

/**
 * A {@link TenantService} with fixed tenants that shows them as the platform does: a platform admin
 * all, everybody else only the own tenant. Records who asked ({@link #askedBy}), for tests of code that
 * must ask as the right caller (completers). Changes are refused with {@link UnsupportedOperationException}.
 */
public class TestTenants implements TenantService {

    /** Who called {@link #list} or {@link #find}, in order. */
    public final List<Caller> askedBy = new ArrayList<>();

    private final List<Tenant> tenants;

    public TestTenants(String... ids) {
        this.tenants = Arrays.stream(ids).map(id -> new Tenant(id, "Tenant " + id, Instant.EPOCH)).toList();
    }

    @Override
    public List<Tenant> list(Caller caller) {
        askedBy.add(caller);
        return tenants.stream().filter(t -> visible(caller, t)).toList();
    }

    @Override
    public Optional<Tenant> find(Caller caller, String id) {
        askedBy.add(caller);
        return tenants.stream().filter(t -> t.id().equals(id) && visible(caller, t)).findFirst();
    }

    private static boolean visible(Caller caller, Tenant t) {
        return caller.isPlatformAdmin() || caller.tenantId().map(t.id()::equals).orElse(false);
    }

    @Override
    public Tenant create(Caller caller, String id, String name) {
        throw new UnsupportedOperationException("create: not in this test");
    }

    @Override
    public void delete(Caller caller, String id) {
        throw new UnsupportedOperationException("delete: not in this test");
    }
}
