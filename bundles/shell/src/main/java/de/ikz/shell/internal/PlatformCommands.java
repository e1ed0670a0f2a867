package de.ikz.shell.internal;

import java.nio.file.Path;
import java.util.stream.Collectors;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.PlatformBackup;
import de.ikz.api.persistence.Database;
import de.ikz.api.platform.PlatformHealth;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ConsoleAction;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantIds;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

final class PlatformCommands {

    private PlatformCommands() {
    }

    @Command(scope = "ikz", name = "module-list", description = "Lists the cooperation modules deployed right now")
    @Service
    public static final class ModuleList extends ConsoleAction {
        @Reference
        ModuleRegistry registry;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Name", "Version", "Bundle", "Measures");
            for (ModuleInfo m : registry.modules()) {
                table.row(m.id(), m.displayNames().getOrDefault("de", m.id()), m.version(),
                        m.bundleId() + " " + m.bundle(),
                        m.measures().stream().map(x -> x.id()).collect(Collectors.joining(",")));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "health", description = "Shows database and module state")
    @Service
    public static final class Health extends ConsoleAction {
        @Reference
        PlatformHealth health;

        @Override
        protected void doExecute(Caller caller) {
            PlatformHealth.Report r = health.check();
            System.out.println("Status:   " + r.status());
            System.out.println("Database: " + r.database().status() + " (" + r.database().dialect() + ")");
            System.out.println("Access log: " + r.audit().status()
                    + (r.audit().checkedAt() == null ? "" : " (checked " + r.audit().checkedAt() + ")"));
            System.out.println("Modules:  " + (r.modules().isEmpty() ? "none" : String.join(", ", r.modules())));
            if (!r.modulesNotRunning().isEmpty()) {
                System.out.println("Not running (shipped): " + String.join(", ", r.modulesNotRunning()));
            }
            System.out.println("Version:  " + r.version());
            System.out.println("Uptime:   " + r.uptimeSeconds() + " s");
        }
    }

    @Command(scope = "ikz", name = "audit-verify", description = "Checks the keyed chain of the access log against its "
            + "checkpoints; reports entries checked, the last checkpoint and the first broken entry")
    @Service
    public static final class AuditVerify extends ConsoleAction {
        @Reference
        AuditLog audit;

        @Override
        protected void doExecute(Caller caller) {
            if (!caller.isPlatformAdmin()) {
                throw IkzException.forbidden("only a platform admin verifies the access log");
            }
            AuditLog.Verification v = audit.verify();
            if (v.intact()) {
                System.out.println("Access log intact: " + v.entries() + " entries checked");
            } else {
                long at = v.firstBroken().get();
                System.out.println("Access log BROKEN " + (at == 0 ? "outside the chain" : "at entry " + at) + ": "
                        + v.reason() + " (" + v.entries() + " entries checked)");
            }
            System.out.println("Last checkpoint: " + v.lastCheckpoint()
                    .map(cp -> "entry " + cp.seq() + " at " + cp.at()).orElse("none"));
            System.out.println("Checked at:      " + v.checkedAt());
        }
    }

    @Command(scope = "ikz", name = "audit-list", description = "Shows the newest access log entries")
    @Service
    public static final class AuditList extends ConsoleAction {
        @Reference
        AuditLog audit;

        @Option(name = "--tenant", aliases = "-t")
        @Completion(TenantIds.class)
        String tenant;

        @Option(name = "--limit", aliases = "-n")
        int limit = 20;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Seq", "At", "User", "Tenant", "Action", "Record", "From");
            for (AuditEntry e : audit.list(caller, tenant, limit)) {
                table.row(e.seq(), e.at(), e.user(), e.tenantId() == null ? "-" : e.tenantId(), e.action(),
                        e.record(), e.address());
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "backup", description = "Backup of the database (embedded Derby) and the configuration etc/ (keys apart) into a new folder")
    @Service
    public static final class Backup extends ConsoleAction {
        @Reference
        PlatformBackup backups;

        @Argument(index = 0, name = "folder", required = true,
                description = "a new folder inside the backup root (etc/de.ikz.backup.cfg, default data/backup)")
        String folder;

        @Override
        protected void doExecute(Caller caller) {
            // the same root, checks and contents as POST /admin/backup: nothing is written outside the root
            PlatformBackup.Result r = backups.backup(caller, folder);
            System.out.println("Backup written to " + r.folder());
            System.out.println(r.database() == null
                    ? "  database: " + r.dialect() + " - not included: dump it with pg_dump -Fc (operator guide, Backup and restore)"
                    : "  database: " + r.database());
            System.out.println("  configuration: etc/ (" + r.configuration().size() + " files)");
            System.out.println("  key files NOT included (back them up separately, checksums in " + PlatformBackup.MANIFEST + "):");
            r.keysApart().forEach(k -> System.out.println("    " + k));
        }
    }
}
