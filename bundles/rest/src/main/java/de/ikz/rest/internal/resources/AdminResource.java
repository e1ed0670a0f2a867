package de.ikz.rest.internal.resources;

import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;
import de.ikz.api.persistence.BackupRoot;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Operations of the platform admin. */
@Component(service = AdminResource.class, configurationPid = "de.ikz.backup")
@Designate(ocd = AdminResource.Config.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@javax.ws.rs.Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Platform operation: backups")
public class AdminResource {

    @ObjectClassDefinition(name = "IKZ backups")
    public @interface Config {
        @AttributeDefinition(description = "The only folder backups may be written to (absolute; empty: <karaf.data>/backup). "
                + "Put it on another disk and back it up off the machine.")
        String root() default "";
    }

    /** Body of POST /admin/backup: a folder inside the configured backup root (relative, or absolute inside it). */
    public record BackupRequest(String folder) {
    }

    /** Where the backup went. */
    public record BackupResult(String folder, String dialect) {
    }

    private final Database db;
    private final AuditLog audit;

    private final BackupRoot root;

    @Activate
    public AdminResource(@Reference Database db, @Reference AuditLog audit, Config config) {
        this.db = db;
        this.audit = audit;
        this.root = BackupRoot.fromSetting(config.root());
    }

    /** Online backup of the embedded Derby database (PostgreSQL: use pg_dump, see the operator guide). */
    @Operation(operationId = "createBackup", summary = "Write a backup of the database")
    @POST
    @javax.ws.rs.Path("backup")
    @Consumes(MediaType.APPLICATION_JSON)
    public BackupResult backup(@Context SecurityContext sc, BackupRequest body) {
        Caller c = CallerPrincipal.caller(sc);
        if (!c.isPlatformAdmin()) {
            throw IkzException.forbidden("only a platform admin may back up the database");
        }
        Path folder = root.resolve(body == null ? null : body.folder());
        Path written = db.backup(folder);
        audit.append(c, null, "BACKUP", "database", written.toString());
        return new BackupResult(written.toString(), db.dialect());
    }
}
