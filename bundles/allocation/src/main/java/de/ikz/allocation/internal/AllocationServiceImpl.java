package de.ikz.allocation.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.ikz.allocation.engine.AdvancePayments;
import de.ikz.allocation.internal.docs.RunDocuments;
import de.ikz.allocation.engine.Allocation;
import de.ikz.allocation.engine.AllocationException;
import de.ikz.allocation.engine.Allocator;
import de.ikz.allocation.engine.Bounded;
import de.ikz.allocation.engine.ByFigure;
import de.ikz.allocation.engine.Equal;
import de.ikz.allocation.engine.FinalSettlement;
import de.ikz.allocation.engine.FixedPercent;
import de.ikz.allocation.engine.Key;
import de.ikz.allocation.engine.PartnerShare;
import de.ikz.allocation.engine.RoundingRule;
import de.ikz.allocation.engine.Schedule;
import de.ikz.allocation.engine.Settlement;
import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs agreements' cost rules with the engine and keeps every run, immutable, with its inputs. */
@Component(service = AllocationService.class)
public final class AllocationServiceImpl implements AllocationService {

    private static final Pattern RUN_ID = Pattern.compile("([a-z0-9][a-z0-9-]{1,39})/(\\d{4})/v(\\d+)");

    private final Database db;
    private final AuditLog audit;
    private final AgreementService agreements;
    private final KeyResolver keys;
    private final ParticipantService participants;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Activate
    public AllocationServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference AgreementService agreements,
                                 @Reference ParticipantService participants, @Reference ModuleRegistry modules,
                                 @Reference AllocationSchema schema) {
        this.db = db;
        this.audit = audit;
        this.agreements = agreements;
        this.keys = new KeyResolver(participants, modules);
        this.participants = participants;
    }

    @Override
    public Map<String, BigDecimal> preview(BigDecimal amount, String key, String rounding, Map<String, BigDecimal> values) {
        if (amount == null) {
            throw IkzException.invalid("amount", "amount is required");
        }
        if (values == null || values.isEmpty()) {
            throw IkzException.invalid("partners", "at least one partner is required");
        }
        Key k = engine(() -> switch (key == null ? "" : key) {
            case "figure" -> new ByFigure("figure", values);
            case "equal" -> new Equal(new ArrayList<>(values.keySet()));
            case "percent" -> new FixedPercent(values);
            default -> throw IkzException.invalid("key", "key must be 'figure', 'equal' or 'percent'");
        });
        Allocation a = engine(() -> Allocator.allocate(amount, k, rule(rounding), Map.of()));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        values.keySet().forEach(p -> out.put(p, a.share(p).amount()));
        return out;
    }

    @Override
    public AllocationRun calculate(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget) {
        caller.requireReadable(tenantId);
        Budget b = budget(caller, tenantId, agreementId, fiscalYear, budget);
        return new AllocationRun(agreementId + "/" + fiscalYear + "/preview", tenantId, agreementId, b.agreement().version(),
                fiscalYear, 0, "BUDGET", Instant.now().truncatedTo(ChronoUnit.MILLIS), caller.user(), budget, null, null,
                b.rounding().name(), b.resolved().description(), b.resolved().inputs(), b.shares(), b.instalments(), List.of());
    }

    @Override
    public AllocationRun run(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget) {
        caller.requireAdmin(tenantId);
        Budget b = budget(caller, tenantId, agreementId, fiscalYear, budget);
        return store(caller, tenantId, b.agreement(), fiscalYear, "BUDGET", budget, null, null, b.rounding(), b.resolved(),
                b.shares(), b.instalments(), List.of());
    }

    private record Budget(Agreement agreement, RoundingRule rounding, KeyResolver.Resolved resolved,
                          List<AllocationRun.Share> shares, List<AllocationRun.Instalment> instalments) {
    }

    private Budget budget(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget) {
        if (budget == null) {
            throw IkzException.invalid("budget", "budget is required");
        }
        Agreement ag = agreementFor(caller, tenantId, agreementId, fiscalYear);
        CostRule rule = ag.costRule();
        KeyResolver.Resolved r = engine(() -> keys.resolve(caller, tenantId, rule.key(), payers(ag), fiscalYear));
        Key key = engine(() -> bounded(r.key(), rule));
        RoundingRule rounding = rule(rule.rounding());
        Allocation a = engine(() -> Allocator.allocate(budget, key, rounding, nz(rule.creditsInKind())));
        Schedule schedule = rule.schedule() == null ? Schedule.QUARTERLY : Schedule.valueOf(rule.schedule());
        List<AllocationRun.Share> shares = new ArrayList<>();
        List<AllocationRun.Instalment> instalments = new ArrayList<>();
        for (PartnerShare s : a.shares()) {
            shares.add(new AllocationRun.Share(s.partnerId(), s.exactShare(), s.amount(), s.creditInKind(), s.payable()));
            for (var i : engine(() -> AdvancePayments.instalments(s.payable(), schedule, fiscalYear))) {
                instalments.add(new AllocationRun.Instalment(s.partnerId(), i.number(), i.dueDate(), i.amount()));
            }
        }
        return new Budget(ag, rounding, r, shares, instalments);
    }

    @Override
    public AllocationRun settle(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal actualCost,
                                BigDecimal grants, Map<String, BigDecimal> advancesPaid) {
        caller.requireAdmin(tenantId);
        if (actualCost == null) {
            throw IkzException.invalid("actualCost", "actualCost is required");
        }
        Agreement ag = agreementFor(caller, tenantId, agreementId, fiscalYear);
        CostRule rule = ag.costRule();
        Map<String, BigDecimal> advances = advancesPaid;
        if (advances == null || advances.isEmpty()) {
            AllocationRun budgetRun = runs(caller, tenantId, agreementId).stream()
                    .filter(x -> x.fiscalYear() == fiscalYear && "BUDGET".equals(x.kind())).reduce((x, y) -> y)
                    .orElseThrow(() -> IkzException.invalid("advancesPaid", "no budget run for " + fiscalYear
                            + ": name the advances paid per partner"));
            advances = new TreeMap<>();
            for (AllocationRun.Share s : budgetRun.shares()) {
                advances.put(s.partnerId(), s.payable());
            }
        }
        KeyResolver.Resolved r = engine(() -> keys.resolve(caller, tenantId, rule.key(), payers(ag), fiscalYear));
        Key key = engine(() -> bounded(r.key(), rule));
        RoundingRule rounding = rule(rule.rounding());
        Map<String, BigDecimal> adv = advances;
        BigDecimal g = grants == null ? BigDecimal.ZERO.setScale(2) : grants;
        Settlement st = engine(() -> FinalSettlement.settle(actualCost, g, key, adv, rounding, nz(rule.creditsInKind())));
        List<AllocationRun.Share> shares = new ArrayList<>();
        for (PartnerShare s : st.allocation().shares()) {
            shares.add(new AllocationRun.Share(s.partnerId(), s.exactShare(), s.amount(), s.creditInKind(), s.payable()));
        }
        List<AllocationRun.SettlementLine> lines = new ArrayList<>();
        for (var l : st.lines()) {
            lines.add(new AllocationRun.SettlementLine(l.partnerId(), l.finalShare(), l.creditInKind(), l.advancesPaid(), l.balance()));
        }
        return store(caller, tenantId, ag, fiscalYear, "SETTLEMENT", st.netAmount(), actualCost, g, rounding, r, shares,
                List.of(), lines);
    }

    @Override
    public List<AllocationRun> runs(Caller caller, String tenantId, String agreementId) {
        caller.requireReadable(tenantId);
        return db.inTransaction(s -> s.tenant(tenantId).query("SELECT body FROM ikz_allocation_run WHERE tenant_id = :tenant "
                + "AND agreement_id = ? ORDER BY fiscal_year, version", rs -> read(rs.getString(1)), agreementId));
    }

    @Override
    public Optional<AllocationRun> find(Caller caller, String tenantId, String runId) {
        caller.requireReadable(tenantId);
        Matcher m = RUN_ID.matcher(runId == null ? "" : runId);
        if (!m.matches()) {
            throw IkzException.invalid("run", "a run id looks like <agreement>/<year>/v<version>, e.g. altkreis-aachen/2026/v1");
        }
        return db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT body FROM ikz_allocation_run WHERE tenant_id = :tenant "
                + "AND agreement_id = ? AND fiscal_year = ? AND version = ?", rs -> read(rs.getString(1)),
                m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    @Override
    public Map<String, BigDecimal> compare(Caller caller, String tenantId, String runIdA, String runIdB) {
        AllocationRun a = find(caller, tenantId, runIdA).orElseThrow(() -> IkzException.notFound("run", runIdA));
        AllocationRun b = find(caller, tenantId, runIdB).orElseThrow(() -> IkzException.notFound("run", runIdB));
        if (!a.agreementId().equals(b.agreementId())) {
            throw IkzException.invalid("run", "compare runs of the same agreement");
        }
        Map<String, BigDecimal> diff = new TreeMap<>();
        TreeSet<String> ids = new TreeSet<>();
        a.shares().forEach(s -> ids.add(s.partnerId()));
        b.shares().forEach(s -> ids.add(s.partnerId()));
        for (String id : ids) {
            diff.put(id, amount(b, id).subtract(amount(a, id)));
        }
        return diff;
    }

    @Override
    public byte[] document(Caller caller, String tenantId, String runId, String document, String partnerId, String format) {
        AllocationRun run = find(caller, tenantId, runId).orElseThrow(() -> IkzException.notFound("run", runId));
        String title = agreements.history(caller, tenantId, run.agreementId()).stream()
                .filter(a -> a.version() == run.agreementVersion()).map(Agreement::title).findFirst().orElse(run.agreementId());
        Map<String, String> names = new LinkedHashMap<>();
        participants.list(caller, tenantId).forEach(p -> names.put(p.id(), p.name()));
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"csv".equals(format)) {
            throw IkzException.invalid("format", "format must be pdf or csv");
        }
        return switch (document == null ? "" : document) {
            case "summary" -> pdf ? RunDocuments.summaryPdf(run, title, names) : RunDocuments.summaryCsv(run, title, names);
            case "notice" -> {
                if (partnerId == null || run.shares().stream().noneMatch(s -> s.partnerId().equals(partnerId))) {
                    throw IkzException.notFound("partner of run " + runId, String.valueOf(partnerId));
                }
                yield pdf ? RunDocuments.noticePdf(run, title, names, partnerId) : RunDocuments.noticeCsv(run, title, names, partnerId);
            }
            default -> throw IkzException.invalid("document", "document must be summary or notice");
        };
    }

    private static BigDecimal amount(AllocationRun r, String id) {
        return r.shares().stream().filter(s -> s.partnerId().equals(id)).map(AllocationRun.Share::amount).findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private AllocationRun store(Caller caller, String tenantId, Agreement ag, int year, String kind, BigDecimal amount,
                                BigDecimal actualCost, BigDecimal grants, RoundingRule rounding, KeyResolver.Resolved r,
                                List<AllocationRun.Share> shares, List<AllocationRun.Instalment> instalments,
                                List<AllocationRun.SettlementLine> lines) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(s -> {
            var t = s.tenant(tenantId);
            int version = t.queryOne("SELECT MAX(version) FROM ikz_allocation_run WHERE tenant_id = :tenant AND agreement_id = ? "
                    + "AND fiscal_year = ?", rs -> rs.getInt(1), ag.id(), year).orElse(0) + 1;
            AllocationRun run = new AllocationRun(ag.id() + "/" + year + "/v" + version, tenantId, ag.id(), ag.version(), year,
                    version, kind, now, caller.user(), amount, actualCost, grants, rounding.name(), r.description(),
                    r.inputs(), shares, instalments, lines);
            t.update("INSERT INTO ikz_allocation_run (tenant_id, agreement_id, fiscal_year, version, kind, created_at, created_by, body) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", ag.id(), year, version, kind, now, caller.user(), write(run));
            audit.append(s, caller, tenantId, "CREATE", "allocation/" + run.id(), kind + " " + amount.toPlainString());
            return run;
        });
    }

    private Agreement agreementFor(Caller caller, String tenantId, String agreementId, int fiscalYear) {
        if (fiscalYear < 1990 || fiscalYear > 2200) {
            throw IkzException.invalid("fiscalYear", "fiscalYear must be a year like 2026");
        }
        Agreement ag = agreements.asOf(caller, tenantId, agreementId, java.time.LocalDate.of(fiscalYear, 12, 31))
                .orElseThrow(() -> agreements.history(caller, tenantId, agreementId).isEmpty()
                        ? IkzException.notFound("agreement", agreementId)
                        : IkzException.invalid("fiscalYear", "agreement '" + agreementId + "' is not yet in force in " + fiscalYear));
        if (ag.costRule() == null) {
            throw IkzException.invalid("costRule", "agreement '" + agreementId + "' has no cost-sharing rule");
        }
        return ag;
    }

    private static List<String> payers(Agreement ag) {
        return ag.parties().stream().filter(p -> !Party.OTHER.equals(p.role())).map(Party::participantId).toList();
    }

    private static Key bounded(Key key, CostRule rule) {
        boolean floors = rule.floors() != null && !rule.floors().isEmpty();
        boolean caps = rule.caps() != null && !rule.caps().isEmpty();
        return floors || caps ? new Bounded(key, nz(rule.floors()), nz(rule.caps())) : key;
    }

    private static Map<String, BigDecimal> nz(Map<String, BigDecimal> m) {
        return m == null ? Map.of() : m;
    }

    static RoundingRule rule(String name) {
        if (name == null || name.isBlank()) {
            return RoundingRule.LARGEST_REMAINDER;
        }
        try {
            return RoundingRule.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid("rounding", "rounding must be LARGEST_REMAINDER or HALF_UP_RESIDUAL_TO_LARGEST");
        }
    }

    /** Engine errors name the field at fault: they become 400 problems. */
    static <T> T engine(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (AllocationException e) {
            throw IkzException.invalid(e.field(), e.reason());
        }
    }

    private String write(AllocationRun run) {
        try {
            return json.writeValueAsString(run);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AllocationRun read(String body) {
        try {
            return json.readValue(body, AllocationRun.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored run cannot be read: " + e.getMessage(), e);
        }
    }
}
