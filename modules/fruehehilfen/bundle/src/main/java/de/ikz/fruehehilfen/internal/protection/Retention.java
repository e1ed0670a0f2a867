package de.ikz.fruehehilfen.internal.protection;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.FamilyAccess;
import de.ikz.fruehehilfen.internal.protection.FamilyTables.FamilyTable;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention: a family whose case closed more than {@link RetentionSettings#years} years ago is erased
 * (every row of every table in {@link FamilyTables}) or anonymised (the tables marked
 * {@link FamilyTables.OnAnonymise#DELETE}: identity and health data; the pseudonymised case and its
 * facts stay for the statistics). An open case never. Each family in one transaction with its
 * access-log entry (by id and pseudonym, never content) and a row in {@code fruehehilfen_retention};
 * a log line per run. Runs daily ({@link RetentionSettings#runAt}, a single-thread scheduler stopped
 * with the component) and on request ({@code fruehehilfen:retention-run [--dry-run]}).
 */
@Component(service = Retention.class, immediate = true, configurationPid = RetentionSettings.PID)
@Designate(ocd = RetentionSettings.class)
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final Caller JOB = Caller.system("module fruehehilfen: daily retention job");

    /** What happens to a family once its retention period is over. */
    public enum Mode {
        ANONYMISE, ERASE;

        static Mode parse(String setting) {
            String s = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
            for (Mode m : values()) {
                if (m.name().equals(s)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("retention mode '" + setting + "' is neither 'anonymise' nor 'erase' (PID "
                    + RetentionSettings.PID + ")");
        }

        public String setting() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One family the run erased or anonymised (or would have, in a dry run): rows = rows deleted. */
    public record Item(String tenantId, String familyId, String pseudonym, LocalDate closedOn, int rows) {
    }

    /** A run: the day, the latest case end that is still kept, the mode, and the families. */
    public record Report(LocalDate day, LocalDate keptFrom, Mode mode, boolean dryRun, List<Item> items) {
    }

    private final Database db;
    private final AuditLog audit;
    private final TenantService tenants;
    private final Clock clock;
    private final int years;
    private final Mode mode;
    private final ScheduledExecutorService scheduler;
    private volatile boolean scheduled;

    @Activate
    public Retention(RetentionSettings settings, @Reference Database db, @Reference AuditLog audit,
                     @Reference TenantService tenants, @Reference Schema schema) {
        this(db, audit, tenants, Clock.systemDefaultZone(), settings.years(), Mode.parse(settings.mode()));
        if (settings.enabled()) {
            LocalTime at;
            try {
                at = LocalTime.parse(settings.runAt().strip());
            } catch (DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException("retention runAt '" + settings.runAt() + "' is not a time HH:mm (PID "
                        + RetentionSettings.PID + ")");
            }
            start(at);
        }
    }

    /** Without the daily job (tests, and the DS constructor before it starts the job). */
    public Retention(Database db, AuditLog audit, TenantService tenants, Clock clock, int years, Mode mode) {
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("retention years " + years + " is not between 1 and 30 (PID " + RetentionSettings.PID + ")");
        }
        this.db = db;
        this.audit = audit;
        this.tenants = tenants;
        this.clock = clock;
        this.years = years;
        this.mode = mode;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fruehehilfen-retention");
            t.setDaemon(true);
            return t;
        });
    }

    private void start(LocalTime at) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime next = now.toLocalDate().atTime(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        long delay = Duration.between(now, next).toMillis();
        scheduler.scheduleAtFixedRate(this::daily, delay, TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
        scheduled = true;
        LOG.info("Frühe Hilfen: retention job daily at {} ({} years after case end, mode {}); next run {}", at, years,
                mode.setting(), next);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** Is the daily job scheduled (and not stopped)? */
    boolean jobScheduled() {
        return !scheduler.isShutdown() && scheduled;
    }

    private void daily() {
        try {
            run(JOB, null, false);
        } catch (RuntimeException e) {
            // never let an exception end the schedule: the next day tries again
            LOG.error("Frühe Hilfen: the retention job failed; it runs again tomorrow: {}", e.toString(), e);
        }
    }

    public int years() {
        return years;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Runs retention now.
     *
     * @param tenantId one tenant, or null for every tenant
     * @param dryRun   only list what would be done (writes one READ entry per tenant with families, changes nothing)
     * @throws IkzException FORBIDDEN unless a platform admin; NOT_FOUND (field tenant) for an unknown tenant
     */
    public Report run(Caller caller, String tenantId, boolean dryRun) {
        if (caller == null || !caller.isPlatformAdmin()) {
            throw IkzException.forbidden("retention erases data of every family of a tenant: only a platform admin runs it");
        }
        List<String> ids;
        if (tenantId == null) {
            ids = tenants.list(caller).stream().map(Tenant::id).sorted().toList();
        } else {
            ids = tenants.find(caller, tenantId).map(t -> List.of(t.id()))
                    .orElseThrow(() -> new IkzException(IkzException.Kind.NOT_FOUND, "tenant", "tenant " + tenantId + " not found"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate keptFrom = today.minusYears(years);
        List<Item> items = new ArrayList<>();
        for (String t : ids) {
            items.addAll(runTenant(caller, t, today, keptFrom, dryRun));
        }
        return new Report(today, keptFrom, mode, dryRun, items);
    }

    private record Candidate(String id, String pseudonym, LocalDate closedOn) {
    }

    private List<Item> runTenant(Caller caller, String tenantId, LocalDate today, LocalDate keptFrom, boolean dryRun) {
        List<Candidate> due = db.inTransaction(s -> candidates(s.tenant(tenantId), keptFrom));
        List<Item> items = new ArrayList<>();
        if (dryRun) {
            db.inTransaction(s -> {
                for (Candidate c : due) {
                    items.add(new Item(tenantId, c.id(), c.pseudonym(), c.closedOn(), count(s.tenant(tenantId), c.id())));
                }
                if (!items.isEmpty()) {
                    audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/family",
                            items.stream().map(Item::familyId).toList()), "retention dry run (" + mode.setting() + ")");
                }
                return null;
            });
        } else {
            for (Candidate c : due) {
                db.inTransaction(s -> apply(s, caller, tenantId, c, keptFrom, today)).ifPresent(items::add);
            }
        }
        if (!items.isEmpty() || !dryRun) {
            LOG.info("Frühe Hilfen: retention{} in tenant {} (case closed before {}, mode {}): {} famil{}{}",
                    dryRun ? " dry run" : "", tenantId, keptFrom, mode.setting(), items.size(), items.size() == 1 ? "y" : "ies",
                    items.isEmpty() ? "" : " " + items.stream().map(i -> i.familyId() + " (" + i.pseudonym() + ")").toList());
        }
        return items;
    }

    private static List<Candidate> candidates(TenantSession ts, LocalDate keptFrom) {
        return ts.query("SELECT f.id, f.pseudonym, f.closed_on FROM fruehehilfen_family f WHERE f.tenant_id = :tenant "
                + "AND f.closed_on IS NOT NULL AND f.closed_on < ? AND NOT EXISTS (SELECT 1 FROM fruehehilfen_retention r "
                + "WHERE r.tenant_id = :tenant AND r.family_id = f.id) ORDER BY f.closed_on, f.id",
                rs -> new Candidate(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()), Date.valueOf(keptFrom));
    }

    private List<FamilyTable> affected() {
        return FamilyTables.ALL.stream().filter(t -> mode == Mode.ERASE || t.onAnonymise() == FamilyTables.OnAnonymise.DELETE)
                .toList();
    }

    private int count(TenantSession ts, String familyId) {
        int n = 0;
        for (FamilyTable t : affected()) {
            n += ts.queryOne("SELECT COUNT(*) FROM " + t.table() + " WHERE tenant_id = :tenant AND " + t.familyColumn() + " = ?",
                    rs -> rs.getInt(1), familyId).orElse(0);
        }
        return n;
    }

    private Optional<Item> apply(Session s, Caller caller, String tenantId, Candidate c, LocalDate keptFrom, LocalDate today) {
        TenantSession ts = s.tenant(tenantId);
        // checked again inside the transaction: a case reopened or already handled meanwhile is left alone
        if (candidates(ts, keptFrom).stream().noneMatch(x -> x.id().equals(c.id()))) {
            return Optional.empty();
        }
        int rows = 0;
        for (FamilyTable t : affected()) {
            rows += ts.update("DELETE FROM " + t.table() + " WHERE tenant_id = :tenant AND " + t.familyColumn() + " = ?", c.id());
        }
        ts.update("INSERT INTO fruehehilfen_retention (tenant_id, family_id, pseudonym, closed_on, retention_mode, rows_deleted, "
                + "done_on, done_by) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.pseudonym(), Date.valueOf(c.closedOn()),
                mode.name(), rows, Date.valueOf(today), caller.user());
        audit.append(s, caller, tenantId, mode == Mode.ERASE ? "DELETE" : "UPDATE", FamilyAccess.RECORD_FAMILY + c.id(),
                "retention: " + (mode == Mode.ERASE ? "erased" : "anonymised") + " family " + c.pseudonym() + " (case closed "
                        + c.closedOn() + ", more than " + years + " years ago): " + rows + " row(s) deleted");
        return Optional.of(new Item(tenantId, c.id(), c.pseudonym(), c.closedOn(), rows));
    }
}
