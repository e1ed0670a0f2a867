package de.ikz.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.persistence.PlatformBackup;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Operations of the platform admin. */
@Component(service = AdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@javax.ws.rs.Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Platform operation: backups")
public class AdminResource {

    /** Body of POST /admin/backup: a folder inside the configured backup root (relative, or absolute inside it). */
    public record BackupRequest(String folder) {
    }

    /**
     * Where the backup went and what it holds.
     *
     * @param folder        the backup folder
     * @param dialect       derby or postgresql
     * @param database      the database copy in it, or null (PostgreSQL: pg_dump)
     * @param configuration the files of etc/ copied
     * @param keysApart     key files left out ("name sha256=…"): back them up separately
     */
    public record BackupResult(String folder, String dialect, String database, List<String> configuration, List<String> keysApart) {
    }

    private final PlatformBackup backups;

    @Activate
    public AdminResource(@Reference PlatformBackup backups) {
        this.backups = backups;
    }

    /**
     * A backup: the embedded Derby database (PostgreSQL: pg_dump, see the operator guide), the configuration
     * folder etc/ with users and settings, and a manifest naming the key files that are kept apart.
     */
    @Operation(operationId = "createBackup", summary = "Write a backup of the database and the configuration (keys apart)")
    @POST
    @javax.ws.rs.Path("backup")
    @Consumes(MediaType.APPLICATION_JSON)
    public BackupResult backup(@Context SecurityContext sc, BackupRequest body) {
        PlatformBackup.Result r = backups.backup(CallerPrincipal.caller(sc), body == null ? null : body.folder());
        return new BackupResult(r.folder().toString(), r.dialect(), r.database() == null ? null : r.database().toString(),
                r.configuration(), r.keysApart());
    }
}
