package de.ikz.core.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TenantService.class)
public final class TenantServiceImpl implements TenantService {

    private final Database db;
    private final AuditLog audit;
    private final UserService users;

    @Activate
    public TenantServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference UserService users,
                             @Reference CoreSchema schema) {
        this.db = db;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public Tenant create(Caller caller, String id, String name) {
        Checks.platformAdmin(caller);
        Checks.id("id", id);
        String n = Checks.text("name", name, 200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(s -> {
            if (s.queryOne("SELECT id FROM ikz_tenant WHERE id = ?", rs -> rs.getString(1), id).isPresent()) {
                throw IkzException.conflict("id", "tenant '" + id + "' exists already");
            }
            s.update("INSERT INTO ikz_tenant (id, name, created_at, created_by) VALUES (?, ?, ?, ?)", id, n, now, caller.user());
            audit.append(s, caller, id, "CREATE", "tenant/" + id, null);
            return new Tenant(id, n, now);
        });
    }

    @Override
    public List<Tenant> list(Caller caller) {
        if (caller.isPlatformAdmin()) {
            return db.inTransaction(s -> s.query("SELECT id, name, created_at FROM ikz_tenant ORDER BY id", TenantServiceImpl::map));
        }
        return caller.tenantId().flatMap(t -> find(caller, t)).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Tenant> find(Caller caller, String id) {
        if (!caller.isPlatformAdmin() && !caller.tenantId().map(t -> t.equals(id)).orElse(false)) {
            return Optional.empty();
        }
        return db.inTransaction(s -> s.queryOne("SELECT id, name, created_at FROM ikz_tenant WHERE id = ?",
                TenantServiceImpl::map, id));
    }

    @Override
    public void delete(Caller caller, String id) {
        Checks.platformAdmin(caller);
        if (find(caller, id).isEmpty()) {
            throw IkzException.notFound("tenant", id);
        }
        long members = users.list(caller).stream().filter(u -> u.tenantId().map(id::equals).orElse(false)).count();
        if (members > 0) {
            throw IkzException.conflict("id", "tenant '" + id + "' still has " + members + " users; delete them first");
        }
        db.inTransaction(s -> {
            s.update("DELETE FROM ikz_tenant WHERE id = ?", id);
            audit.append(s, caller, id, "DELETE", "tenant/" + id, null);
            return null;
        });
    }

    private static Tenant map(ResultSet rs) throws SQLException {
        return new Tenant(rs.getString("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant());
    }
}
