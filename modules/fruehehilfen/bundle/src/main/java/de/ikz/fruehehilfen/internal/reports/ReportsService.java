package de.ikz.fruehehilfen.internal.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures.PartnerFigures;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports on the database, the pool's figures and the service's figures; also registered under
 * its class for the module registration, which offers the measures. Every report is read with a
 * fixed number of queries, whatever the number of contacts.
 */
@Component(service = {Reports.class, ReportsService.class}, configurationPid = ReportSettings.PID)
@Designate(ocd = ReportSettings.class)
public final class ReportsService implements Reports {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsService.class);

    /** How many past years the due list looks back for proofs that are not final. */
    static final int DUE_YEARS_BACK = 5;

    static final String CONTACT_HOURS = "contact-hours";
    static final String FAMILIES = "families";
    static final String NEW_CASES = "new-cases";
    static final List<MeasureDefinition> MEASURES = List.of(
            new MeasureDefinition(CONTACT_HOURS, "Kontaktstunden des Familienhebammendienstes je Jugendamt (im Zeitraum)", "hours"),
            new MeasureDefinition(FAMILIES, "Begleitete Familien je Jugendamt (im Zeitraum)", "count"),
            new MeasureDefinition(NEW_CASES, "Neu aufgenommene Familien je Jugendamt (im Zeitraum)", "count"));

    private final Database db;
    private final AuditLog audit;
    private final DocumentService documents;
    private final Offices offices;
    private final ServiceFigures service;
    private final PoolYears pool;
    private final Clock clock;
    private volatile Deadlines deadlines;

    @Activate
    public ReportsService(@Reference Schema schema, @Reference Database db, @Reference AuditLog audit,
                          @Reference DocumentService documents, @Reference ParticipantService participants,
                          @Reference RegisterService register, @Reference ServiceFigures service, @Reference PoolService pool,
                          ReportSettings settings) {
        this(db, audit, documents, Offices.platform(participants, register), service, pool::figures, Clock.system(GermanFormat.ZONE),
                Deadlines.standard());
        modified(settings);
    }

    ReportsService(Database db, AuditLog audit, DocumentService documents, Offices offices, ServiceFigures service,
                   PoolYears pool, Clock clock, Deadlines deadlines) {
        this.db = db;
        this.audit = audit;
        this.documents = documents;
        this.offices = offices;
        this.service = service;
        this.pool = pool;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** A changed configuration applies from the next request; a setting that cannot be read keeps the previous one (WARN). */
    @Modified
    void modified(ReportSettings settings) {
        try {
            deadlines = Deadlines.of(settings);
        } catch (IllegalArgumentException e) {
            LOG.warn("{} not applied, keeping deadline {} and {} reminder days: {}", ReportSettings.PID, deadlines.day(),
                    deadlines.reminderDays(), e.getMessage());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------ measures

    /** The measures the module offers to allocation keys. */
    public List<MeasureDefinition> measures() {
        return MEASURES;
    }

    /**
     * Values per youth office over the period, from the service's counts: contact hours, families
     * accompanied, new cases. An office without any is absent.
     *
     * @throws IllegalArgumentException for an id that is not one of {@link #measures()}
     */
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        java.util.function.Function<PartnerFigures, BigDecimal> value = switch (String.valueOf(measureId)) {
            case CONTACT_HOURS -> PartnerFigures::hours;
            case FAMILIES -> c -> BigDecimal.valueOf(c.families());
            case NEW_CASES -> c -> BigDecimal.valueOf(c.newCases());
            default -> throw new IllegalArgumentException("unknown measure " + measureId + " (module " + ModuleDefinition.ID
                    + "); it offers " + MEASURES.stream().map(MeasureDefinition::id).toList());
        };
        Map<String, BigDecimal> out = new java.util.TreeMap<>();
        for (PartnerFigures c : service.figures(tenantId, from, to).partners()) {
            out.merge(c.office(), value.apply(c), BigDecimal::add);
        }
        out.values().removeIf(v -> v.signum() == 0);
        return out;
    }

    // ------------------------------------------------------------------------------------ due list and steering

    @Override
    public Period period(LocalDate from, LocalDate to) {
        return Period.of(from, to, today());
    }

    @Override
    public List<Due> due(Caller caller, String tenantId) {
        Optional<String> own = Access.requireReader(caller, tenantId);
        LocalDate today = today();
        Deadlines d = deadlines;
        Set<String> done = new HashSet<>();
        db.inTransaction(s -> s.tenant(tenantId).query("SELECT DISTINCT proof_year, partner FROM fruehehilfen_proof_final "
                + "WHERE tenant_id = :tenant AND proof_year >= ?", rs -> done.add(rs.getInt(1) + "|" + rs.getString(2)),
                today.getYear() - DUE_YEARS_BACK));
        List<Due> out = new ArrayList<>();
        for (int y = today.getYear() - DUE_YEARS_BACK; y < today.getYear(); y++) {
            if (today.isBefore(d.remindFrom(y))) {
                continue;
            }
            PoolFigures p = pool.figures(caller, tenantId, y);
            if (p.partners().isEmpty()) {
                continue;
            }
            Map<String, String> names = names(p);
            List<String> partners = new ArrayList<>();
            partners.add(ProofFigures.POOL);
            p.partners().forEach(m -> partners.add(m.partnerId()));
            LocalDate deadline = d.deadline(y);
            for (String partner : partners) {
                if (own.isPresent() && !own.get().equals(partner) && !ProofFigures.POOL.equals(partner)) {
                    continue;
                }
                if (!done.contains(y + "|" + partner)) {
                    out.add(new Due("PROOF", deadline, today.isAfter(deadline), y, partner, "Verwendungsnachweis " + y + " – "
                            + partnerName(names, partner)));
                }
            }
        }
        out.sort(Comparator.comparing(Due::due).thenComparing(x -> !ProofFigures.POOL.equals(x.partner()))
                .thenComparing(Due::what));
        return out;
    }

    private static Map<String, String> names(PoolFigures p) {
        Map<String, String> m = new HashMap<>();
        p.partners().forEach(x -> m.put(x.partnerId(), x.name()));
        return m;
    }

    private static String partnerName(Map<String, String> names, String partner) {
        return ProofFigures.POOL.equals(partner) ? "Pool insgesamt" : names.getOrDefault(partner, partner);
    }

    @Override
    public SteeringReport steering(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        Optional<String> own = Access.requireReader(caller, tenantId);
        Period p = period(from, to);
        Map<String, String> names = new LinkedHashMap<>();
        offices.offices(caller, tenantId).forEach(o -> names.put(o.id(), o.name()));
        return SteeringReport.build(service.figures(tenantId, p.from(), p.to()), names, own);
    }

    @Override
    public ReportFile steeringFile(Caller caller, String tenantId, LocalDate from, LocalDate to, Format format) {
        SteeringReport r = steering(caller, tenantId, from, to);
        Letterhead head = letterhead(caller, tenantId, pool.figures(caller, tenantId, r.to().getYear()));
        return file(ReportDocuments.steering(r, head, tenantId), format);
    }

    private ReportFile file(Report report, Format format) {
        Format f = format == null ? Format.PDF : format;
        return new ReportFile(report.info().fileName() + "." + f.extension(), f.mediaType(), documents.render(report, f));
    }

    /** The pool's host (the district youth office that runs it) issues; without one, the host's letterhead of the platform. */
    private Letterhead letterhead(Caller caller, String tenantId, PoolFigures year) {
        String host = year == null || year.settings() == null ? null : year.settings().hostId();
        Participant p = host == null ? null : offices.offices(caller, tenantId).stream().filter(o -> o.id().equals(host))
                .findFirst().orElse(null);
        return documents.letterhead(p);
    }

    // ------------------------------------------------------------------------------------ proof of use

    private int year(Integer year) {
        return year == null ? today().getYear() - 1 : Input.year("year", year);
    }

    @Override
    public List<ProofStatus> proofs(Caller caller, String tenantId, Integer year) {
        Optional<String> own = Access.requireReader(caller, tenantId);
        int y = year(year);
        PoolFigures p = pool.figures(caller, tenantId, y);
        Map<String, String> names = names(p);
        Map<String, FinalVersion> last = new HashMap<>();
        db.inTransaction(s -> s.tenant(tenantId).query("SELECT partner, id, version_no, final_by, final_at FROM fruehehilfen_proof_final "
                + "WHERE tenant_id = :tenant AND proof_year = ? ORDER BY version_no", rs -> last.put(rs.getString(1),
                new FinalVersion(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant())), y));
        LocalDate deadline = deadlines.deadline(y);
        boolean overdue = today().isAfter(deadline);
        List<ProofStatus> out = new ArrayList<>();
        if (p.partners().isEmpty()) {
            return out;
        }
        out.add(new ProofStatus(y, ProofFigures.POOL, partnerName(names, ProofFigures.POOL), deadline,
                overdue && !last.containsKey(ProofFigures.POOL), last.get(ProofFigures.POOL)));
        p.partners().stream().map(PoolFigures.PartnerFigures::partnerId)
                .filter(id -> own.map(id::equals).orElse(true))
                .map(id -> new ProofStatus(y, id, partnerName(names, id), deadline, overdue && !last.containsKey(id), last.get(id)))
                .sorted(Comparator.comparing(ProofStatus::partnerName))
                .forEach(out::add);
        return out;
    }

    @Override
    public ProofOfUse proof(Caller caller, String tenantId, int year, String partner) {
        Optional<String> own = Access.requireReader(caller, tenantId);
        return load(caller, tenantId, Input.year("year", year), partnerId(partner), own);
    }

    private static String partnerId(String partner) {
        return Ids.id("partner", partner);
    }

    /** A proof with the pool year it was read from. */
    private record Loaded(ProofOfUse proof, PoolFigures pool) {
    }

    private ProofOfUse load(Caller caller, String tenantId, int year, String partner, Optional<String> own) {
        return read(caller, tenantId, year, partner, own).proof();
    }

    private Loaded read(Caller caller, String tenantId, int year, String partner, Optional<String> own) {
        Access.requireProofReadable(own, partner);
        PoolFigures p = pool.figures(caller, tenantId, year);
        if (!ProofFigures.POOL.equals(partner) && p.partner(partner).isEmpty()) {
            throw IkzException.notFound("proof of use", year + "/" + partner);
        }
        if (p.partners().isEmpty()) {
            throw IkzException.notFound("proof of use", year + "/" + partner);
        }
        ProofFigures figures = ProofFigures.of(p, partner, service.figures(tenantId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)));
        String[] text = {Narrative.DEFAULT_TEXT};
        List<FinalVersion> finals = new ArrayList<>();
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            ts.query("SELECT narrative FROM fruehehilfen_proof_draft WHERE tenant_id = :tenant AND proof_year = ? AND partner = ?",
                    rs -> text[0] = rs.getString(1), year, partner);
            ts.query("SELECT id, version_no, final_by, final_at FROM fruehehilfen_proof_final WHERE tenant_id = :tenant "
                    + "AND proof_year = ? AND partner = ? ORDER BY version_no", rs -> finals.add(new FinalVersion(rs.getString(1),
                    rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant())), year, partner);
            return null;
        });
        String name = partnerName(names(p), partner);
        LocalDate deadline = deadlines.deadline(year);
        return new Loaded(new ProofOfUse(year, partner, name, deadline, finals.isEmpty() && today().isAfter(deadline), text[0],
                Narrative.fill(text[0], Narrative.values(year, name, figures)), figures, finals), p);
    }

    @Override
    public ProofOfUse saveText(Caller caller, String tenantId, int year, String partner, String text) {
        Access.requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        String id = partnerId(partner);
        String checked = Narrative.check("text", text);
        load(caller, tenantId, y, id, Optional.empty());
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
            int n = ts.update("UPDATE fruehehilfen_proof_draft SET narrative = ?, changed_by = ?, changed_at = ? "
                    + "WHERE tenant_id = :tenant AND proof_year = ? AND partner = ?", checked, caller.user(), now, y, id);
            if (n == 0) {
                ts.update("INSERT INTO fruehehilfen_proof_draft (tenant_id, proof_year, partner, narrative, changed_by, changed_at) "
                        + "VALUES (:tenant, ?, ?, ?, ?, ?)", y, id, checked, caller.user(), now);
            }
            audit.append(s, caller, tenantId, n == 0 ? "CREATE" : "UPDATE", ModuleDefinition.ID + "/proof/" + y + "-" + id,
                    "narrative of the proof of use saved");
            return null;
        });
        return load(caller, tenantId, y, id, Optional.empty());
    }

    @Override
    public ProofOfUse markFinal(Caller caller, String tenantId, int year, String partner) {
        Access.requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        String id = partnerId(partner);
        if (y >= today().getYear()) {
            throw IkzException.invalid("year", "Das Jahr " + y + " ist noch nicht abgeschlossen; ein Verwendungsnachweis wird "
                    + "erst danach endgültig.");
        }
        ProofOfUse current = load(caller, tenantId, y, id, Optional.empty());
        int version = current.finals().size() + 1;
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String finalId = Ids.unused(ts, "fruehehilfen_proof_final", "VN");
            ts.update("INSERT INTO fruehehilfen_proof_final (tenant_id, id, proof_year, partner, version_no, narrative, final_by, "
                    + "final_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", finalId, y, id, version, current.text(), caller.user(),
                    java.sql.Timestamp.from(clock.instant()));
            int line = 0;
            for (Map.Entry<String, BigDecimal> e : current.figures().lines()) {
                ts.update("INSERT INTO fruehehilfen_proof_figure (tenant_id, proof_id, line_no, figure_key, amount) "
                        + "VALUES (:tenant, ?, ?, ?, ?)", finalId, ++line, e.getKey(), e.getValue());
            }
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/proof/" + finalId,
                    "proof of use " + y + " " + id + " marked final as version " + version);
            return null;
        });
        return load(caller, tenantId, y, id, Optional.empty());
    }

    @Override
    public ReportFile proofFile(Caller caller, String tenantId, int year, String partner, Integer version, Format format) {
        Optional<String> own = Access.requireReader(caller, tenantId);
        Loaded loaded = read(caller, tenantId, Input.year("year", year), partnerId(partner), own);
        ProofOfUse proof = loaded.proof();
        Letterhead head = letterhead(caller, tenantId, loaded.pool());
        if (version == null && proof.finals().isEmpty()) {
            return file(ReportDocuments.proof(proof.year(), proof.partner(), proof.partnerName(), proof.narrative(), proof.figures(),
                    head, null, null, proof.deadline()), format);
        }
        int v = version == null ? proof.finals().size() : version;
        if (v < 1 || v > proof.finals().size()) {
            throw IkzException.notFound("version of the proof of use", String.valueOf(v));
        }
        FinalVersion fv = proof.finals().get(v - 1);
        FinalVersion newer = v < proof.finals().size() ? proof.finals().get(proof.finals().size() - 1) : null;
        String[] text = new String[1];
        List<Map.Entry<String, BigDecimal>> lines = new ArrayList<>();
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            ts.query("SELECT narrative FROM fruehehilfen_proof_final WHERE tenant_id = :tenant AND id = ?",
                    rs -> text[0] = rs.getString(1), fv.id());
            ts.query("SELECT figure_key, amount FROM fruehehilfen_proof_figure WHERE tenant_id = :tenant AND proof_id = ? "
                    + "ORDER BY line_no", rs -> lines.add(Map.entry(rs.getString(1), rs.getBigDecimal(2))), fv.id());
            return null;
        });
        ProofFigures figures = ProofFigures.fromLines(lines);
        String narrative = Narrative.fill(text[0], Narrative.values(proof.year(), proof.partnerName(), figures));
        return file(ReportDocuments.proof(proof.year(), proof.partner(), proof.partnerName(), narrative, figures, head, fv, newer,
                proof.deadline()), format);
    }
}
