package de.ikz.rest.internal.resources;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The access log: a tenant's auditors read their tenant's entries, its admins the platform's
 * entries of the tenant (not those of cooperation modules); the platform admin reads platform
 * entries and verifies the chain. Every read is itself logged (by {@link AuditLog#list}).
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident access log")
public class AuditResource {

    /**
     * Result of a chain check.
     *
     * @param lastCheckpointSeq head of the newest checkpoint written outside the database, null if none
     * @param lastCheckpointAt  when that checkpoint was written
     */
    public record Verification(boolean intact, long entries, Long firstBroken, String reason, Long lastCheckpointSeq,
                               Instant lastCheckpointAt, Instant checkedAt) {
    }

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAuditEntries", summary = "List access log entries")
    @GET
    public List<AuditEntry> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                 @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw IkzException.invalid("limit", "limit must be between 1 and 1000");
        }
        return audit.list(CallerPrincipal.caller(sc), tenant, limit);
    }

    @Operation(operationId = "verifyAuditLog", summary = "Verify the access log chain")
    @GET
    @Path("verify")
    public Verification verify(@Context SecurityContext sc) {
        Caller c = CallerPrincipal.caller(sc);
        if (!c.isPlatformAdmin()) {
            throw IkzException.forbidden("only a platform admin verifies the whole chain");
        }
        AuditLog.Verification v = audit.verify();
        return new Verification(v.intact(), v.entries(), v.firstBroken().orElse(null), v.reason(),
                v.lastCheckpoint().map(AuditLog.Checkpoint::seq).orElse(null),
                v.lastCheckpoint().map(AuditLog.Checkpoint::at).orElse(null), v.checkedAt());
    }
}
