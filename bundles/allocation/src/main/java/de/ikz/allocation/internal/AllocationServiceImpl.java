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
import de.ikz.allocation.internal.docs.CashReference;
import de.ikz.allocation.internal.docs.RunDocuments;
import de.ikz.allocation.internal.docs.RunStatus;
import de.ikz.allocation.engine.Allocation;
import de.ikz.allocation.engine.AllocationException;
import de.ikz.allocation.engine.Allocator;
import de.ikz.allocation.engine.Bounded;
import de.ikz.allocation.engine.ByFigure;
import de.ikz.allocation.engine.Equal;
import de.ikz.allocation.engine.FinalSettlement;
import de.ikz.allocation.engine.FixedPercent;
import de.ikz.allocation.engine.GrantTopUp;
import de.ikz.allocation.engine.Key;
import de.ikz.allocation.engine.PartnerShare;
import de.ikz.allocation.engine.RoundingRule;
import de.ikz.allocation.engine.Schedule;
import de.ikz.allocation.engine.Settlement;
import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.document.Document;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letterhead;
import de.ikz.api.einvoice.EInvoiceService;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs agreements' cost rules with the engine and keeps every run, immutable, with its inputs.
 * Every amount, year and key value is checked against the platform's bounds ({@link Amount},
 * {@link Input}) before the engine computes with it, whoever the caller is. A stored run that
 * cannot be read back (corrupt, or written before the bounds with an absurd amount) is logged as
 * ERROR with its id and left out of lists; asked for by id it is a 409 problem naming it, never a
 * 500 for the agreement's other runs.
 */
@Component(service = AllocationService.class)
public final class AllocationServiceImpl implements AllocationService {

    private static final Logger LOG = LoggerFactory.getLogger(AllocationServiceImpl.class);
    private static final Pattern RUN_ID = Pattern.compile("([a-z0-9][a-z0-9-]{1,39})/(\\d{4})/v(\\d{1,6})");

    /** Most partners of a preview (the REST resource says the same). */
    static final int MAX_PREVIEW_PARTNERS = 20_000;

    private final Database db;
    private final AuditLog audit;
    private final AgreementService agreements;
    private final KeyResolver keys;
    private final ParticipantService participants;
    private final DocumentService documents;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Activate
    public AllocationServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference AgreementService agreements,
                                 @Reference ParticipantService participants, @Reference ModuleRegistry modules,
                                 @Reference AllocationSchema schema, @Reference DocumentService documents) {
        this.db = db;
        this.audit = audit;
        this.agreements = agreements;
        this.keys = new KeyResolver(participants, modules);
        this.participants = participants;
        this.documents = documents;
    }

    @Override
    public Map<String, BigDecimal> preview(BigDecimal amount, String key, String rounding, Map<String, BigDecimal> values) {
        BigDecimal bounded = Amount.of("amount", amount, Amount.Sign.ANY).value();
        if (values == null || values.isEmpty()) {
            throw IkzException.invalid("partners", "at least one partner is required");
        }
        if (values.size() > MAX_PREVIEW_PARTNERS) {
            throw IkzException.invalid("partners", "at most " + MAX_PREVIEW_PARTNERS + " partners");
        }
        values.forEach((id, v) -> {
            if ("percent".equals(key)) {
                Input.percent("partners[" + id + "].value", v);
            } else if ("figure".equals(key)) {
                Input.figure("partners[" + id + "].value", v);
            }
        });
        Key k = engine(() -> switch (key == null ? "" : key) {
            case "figure" -> new ByFigure("figure", values);
            case "equal" -> new Equal(new ArrayList<>(values.keySet()));
            case "percent" -> new FixedPercent(values);
            default -> throw IkzException.invalid("key", "key must be 'figure', 'equal' or 'percent'");
        });
        Allocation a = engine(() -> Allocator.allocate(bounded, k, rule(rounding), Map.of()));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        values.keySet().forEach(p -> out.put(p, a.share(p).amount()));
        return out;
    }

    @Override
    public Map<String, BigDecimal> split(Caller caller, String tenantId, int fiscalYear, KeySpec key, List<String> partners,
                                         BigDecimal amount, String rounding) {
        caller.requireReadable(tenantId);
        Input.year("fiscalYear", fiscalYear);
        if (key == null || key.type() == null) {
            throw IkzException.invalid("key", "a key is required");
        }
        if (partners == null || partners.isEmpty()) {
            throw IkzException.invalid("partners", "at least one partner is required");
        }
        if (partners.size() > MAX_PREVIEW_PARTNERS) {
            throw IkzException.invalid("partners", "at most " + MAX_PREVIEW_PARTNERS + " partners");
        }
        if (key.values() != null) {
            key.values().forEach((id, v) -> Input.decimal("key.values[" + id + "]", v));
        }
        if (amount == null && !"grant-top-up".equals(key.type())) {
            throw IkzException.invalid("amount", "amount is required: an amount like \"1234.56\"");
        }
        BigDecimal bounded = amount == null ? null : Amount.of("amount", amount, Amount.Sign.ANY).value();
        RoundingRule rounded = rule(rounding);
        // the same resolution of the key as a run (figures, measures), then the engine
        KeyResolver.Resolved r = engine(() -> keys.resolve(caller, tenantId, key, List.copyOf(partners), fiscalYear));
        Allocation a = engine(() -> bounded == null && r.key() instanceof GrantTopUp g
                ? Allocator.allocatePooled(g, rounded)
                : Allocator.allocate(bounded, r.key(), rounded, Map.of()));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        partners.forEach(p -> out.put(p, a.share(p).amount()));
        return out;
    }

    @Override
    public AllocationRun calculate(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget) {
        caller.requireReadable(tenantId);
        Budget b = budget(caller, tenantId, agreementId, fiscalYear, budget);
        return new AllocationRun(agreementId + "/" + fiscalYear + "/preview", tenantId, agreementId, b.agreement().version(),
                fiscalYear, 0, "BUDGET", Instant.now().truncatedTo(ChronoUnit.MILLIS), caller.user(), b.budget(), null, null,
                b.rounding().name(), b.resolved().description(), b.resolved().inputs(), b.shares(), b.instalments(), List.of());
    }

    @Override
    public AllocationRun run(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget) {
        caller.requireAdmin(tenantId);
        Budget b = budget(caller, tenantId, agreementId, fiscalYear, budget);
        return store(caller, tenantId, b.agreement(), fiscalYear, "BUDGET", b.budget(), null, null, b.rounding(), b.resolved(),
                b.shares(), b.instalments(), List.of());
    }

    private record Budget(BigDecimal budget, Agreement agreement, RoundingRule rounding, KeyResolver.Resolved resolved,
                          List<AllocationRun.Share> shares, List<AllocationRun.Instalment> instalments) {
    }

    private Budget budget(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget) {
        Input.year("fiscalYear", fiscalYear);
        BigDecimal bounded = Amount.of("budget", budget, Amount.Sign.NON_NEGATIVE).value();
        Agreement ag = agreementFor(caller, tenantId, agreementId, fiscalYear);
        CostRule rule = ag.costRule();
        KeyResolver.Resolved r = engine(() -> keys.resolve(caller, tenantId, rule.key(), payers(ag), fiscalYear));
        Key key = engine(() -> bounded(r.key(), rule));
        RoundingRule rounding = rule(rule.rounding());
        Allocation a = engine(() -> Allocator.allocate(bounded, key, rounding, nz(rule.creditsInKind())));
        Schedule schedule = rule.schedule() == null ? Schedule.QUARTERLY : Schedule.valueOf(rule.schedule());
        List<AllocationRun.Share> shares = new ArrayList<>();
        List<AllocationRun.Instalment> instalments = new ArrayList<>();
        for (PartnerShare s : a.shares()) {
            shares.add(new AllocationRun.Share(s.partnerId(), s.exactShare(), s.amount(), s.creditInKind(), s.payable()));
            for (var i : engine(() -> AdvancePayments.instalments(s.payable(), schedule, fiscalYear))) {
                instalments.add(new AllocationRun.Instalment(s.partnerId(), i.number(), i.dueDate(), i.amount()));
            }
        }
        return new Budget(bounded, ag, rounding, r, shares, instalments);
    }

    @Override
    public AllocationRun settle(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal actualCost,
                                BigDecimal grants, Map<String, BigDecimal> advancesPaid) {
        caller.requireAdmin(tenantId);
        Input.year("fiscalYear", fiscalYear);
        BigDecimal cost = Amount.of("actualCost", actualCost, Amount.Sign.NON_NEGATIVE).value();
        BigDecimal granted = Amount.optional("grants", grants, Amount.Sign.NON_NEGATIVE);
        // the engine checks the partner ids; none named: those of the latest budget run
        Map<String, BigDecimal> advances = advancesPaid == null || advancesPaid.isEmpty() ? null
                : Amount.each("advancesPaid", advancesPaid, Amount.Sign.NON_NEGATIVE);
        Agreement ag = agreementFor(caller, tenantId, agreementId, fiscalYear);
        CostRule rule = ag.costRule();
        if (advances == null) {
            Stored latest = stored(caller, tenantId, agreementId).stream()
                    .filter(x -> x.fiscalYear() == fiscalYear && "BUDGET".equals(x.kind())).reduce((x, y) -> y)
                    .orElseThrow(() -> IkzException.invalid("advancesPaid", "no budget run for " + fiscalYear
                            + ": name the advances paid per partner"));
            AllocationRun budgetRun = latest.readable();
            advances = new TreeMap<>();
            for (AllocationRun.Share s : budgetRun.shares()) {
                advances.put(s.partnerId(), s.payable());
            }
        }
        KeyResolver.Resolved r = engine(() -> keys.resolve(caller, tenantId, rule.key(), payers(ag), fiscalYear));
        Key key = engine(() -> bounded(r.key(), rule));
        RoundingRule rounding = rule(rule.rounding());
        Map<String, BigDecimal> adv = advances;
        BigDecimal g = granted == null ? BigDecimal.ZERO.setScale(2) : granted;
        Settlement st = engine(() -> FinalSettlement.settle(cost, g, key, adv, rounding, nz(rule.creditsInKind())));
        List<AllocationRun.Share> shares = new ArrayList<>();
        for (PartnerShare s : st.allocation().shares()) {
            shares.add(new AllocationRun.Share(s.partnerId(), s.exactShare(), s.amount(), s.creditInKind(), s.payable()));
        }
        List<AllocationRun.SettlementLine> lines = new ArrayList<>();
        for (var l : st.lines()) {
            lines.add(new AllocationRun.SettlementLine(l.partnerId(), l.finalShare(), l.creditInKind(), l.advancesPaid(), l.balance()));
        }
        return store(caller, tenantId, ag, fiscalYear, "SETTLEMENT", st.netAmount(), cost, g, rounding, r, shares,
                List.of(), lines);
    }

    /** The runs that can be read; one that cannot is logged (ERROR, with its id) and left out. */
    @Override
    public List<AllocationRun> runs(Caller caller, String tenantId, String agreementId) {
        return stored(caller, tenantId, agreementId).stream().filter(x -> x.run() != null).map(Stored::run).toList();
    }

    /** A stored run: {@code run} is null if its body cannot be read. */
    private record Stored(String id, int fiscalYear, String kind, AllocationRun run) {
        AllocationRun readable() {
            if (run == null) {
                throw unreadable(id);
            }
            return run;
        }
    }

    private List<Stored> stored(Caller caller, String tenantId, String agreementId) {
        caller.requireReadable(tenantId);
        return db.inTransaction(s -> s.tenant(tenantId).query("SELECT agreement_id, fiscal_year, version, kind, body, serial "
                + "FROM ikz_allocation_run WHERE tenant_id = :tenant AND agreement_id = ? ORDER BY fiscal_year, version",
                rs -> {
                    String id = rs.getString(1) + "/" + rs.getInt(2) + "/v" + rs.getInt(3);
                    return new Stored(id, rs.getInt(2), rs.getString(4), CashReference.assign(read(tenantId, id, rs.getString(5)),
                            rs.getInt(6)));
                }, agreementId));
    }

    static IkzException unreadable(String runId) {
        return IkzException.conflict("run", "run '" + runId + "' is stored in a form that cannot be read; "
                + "the other runs are not affected, the server log names the cause");
    }

    @Override
    public Optional<AllocationRun> find(Caller caller, String tenantId, String runId) {
        caller.requireReadable(tenantId);
        Matcher m = RUN_ID.matcher(runId == null ? "" : runId);
        if (!m.matches()) {
            throw IkzException.invalid("run", "a run id looks like <agreement>/<year>/v<version>, e.g. altkreis-aachen/2026/v1");
        }
        String id = m.group(1) + "/" + Integer.parseInt(m.group(2)) + "/v" + Integer.parseInt(m.group(3));
        Optional<AllocationRun> run = db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT body, serial FROM ikz_allocation_run "
                + "WHERE tenant_id = :tenant AND agreement_id = ? AND fiscal_year = ? AND version = ?",
                rs -> Optional.ofNullable(CashReference.assign(read(tenantId, id, rs.getString(1)), rs.getInt(2))),
                m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))).map(o -> o.orElseThrow(() -> unreadable(id)));
        return run;
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
        DocumentService.Format f = format(format);
        String kind = document == null ? "" : document;
        if (!kind.equals("summary") && !kind.equals("notice")) {
            throw IkzException.invalid("document", "document must be summary or notice");
        }
        AllocationRun run = find(caller, tenantId, runId).orElseThrow(() -> IkzException.notFound("run", runId));
        if (kind.equals("notice") && (partnerId == null || run.shares().stream().noneMatch(s -> s.partnerId().equals(partnerId)))) {
            throw IkzException.notFound("partner of run " + runId, String.valueOf(partnerId));
        }
        RunDocuments.Context context = context(caller, tenantId, run);
        if (f == null) {
            if (!kind.equals("notice")) {
                throw IkzException.invalid("format", "an e-invoice (xrechnung) exists for a notice, not for the summary");
            }
            EInvoiceService service = einvoices;
            if (service == null) {
                throw new IkzException(IkzException.Kind.UNAVAILABLE, "e-invoices are not available: the bundle ikz-einvoice "
                        + "is not running");
            }
            return service.xrechnung(RunDocuments.invoice(context, partnerId));
        }
        Document doc = kind.equals("summary") ? RunDocuments.summary(context) : RunDocuments.notice(context, partnerId);
        return documents.render(doc, f);
    }

    /** The e-invoice writer, while bundle ikz-einvoice runs (optional: the documents work without it). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EInvoiceService einvoices;

    /**
     * "pdf", "csv" (comma, decimal point) or "csv-de" (semicolon, decimal comma); null for "xrechnung" (the notice as
     * an XRechnung e-invoice, written by the {@link EInvoiceService}).
     */
    static DocumentService.Format format(String format) {
        return switch (format == null ? "" : format.toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> DocumentService.Format.PDF;
            case "csv" -> DocumentService.Format.CSV;
            case "csv-de" -> DocumentService.Format.CSV_DE;
            case "xrechnung" -> null;
            default -> throw IkzException.invalid("format", "format must be pdf, csv, csv-de or xrechnung");
        };
    }

    /** The agreement version the run used, the lead's letterhead, every participant, and whether the run is current. */
    private RunDocuments.Context context(Caller caller, String tenantId, AllocationRun run) {
        Agreement ag = agreements.history(caller, tenantId, run.agreementId()).stream()
                .filter(a -> a.version() == run.agreementVersion()).findFirst().orElse(null);
        Map<String, Participant> byId = new LinkedHashMap<>();
        participants.list(caller, tenantId).forEach(p -> byId.put(p.id(), p));
        String leadId = ag == null ? null : ag.leadPartner();
        Participant lead = leadId == null ? null : byId.get(leadId);
        Letterhead issuer = documents.letterhead(lead != null ? lead
                : new Participant(leadId == null ? run.agreementId() : leadId, null, leadId == null ? run.agreementId() : leadId,
                        null, null, List.of()));
        RunStatus status = run.version() == 0 ? RunStatus.alone(run) : RunStatus.of(run, runs(caller, tenantId, run.agreementId()));
        return new RunDocuments.Context(run, ag, issuer, byId, status);
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
            // the tenant-wide serial number the Kassenzeichen are made of; the unique index
            // (tenant_id, serial) refuses a second run with the same number from a concurrent node
            int serial = t.queryOne("SELECT MAX(serial) FROM ikz_allocation_run WHERE tenant_id = :tenant",
                    rs -> rs.getInt(1)).orElse(0) + 1;
            AllocationRun run = new AllocationRun(ag.id() + "/" + year + "/v" + version, tenantId, ag.id(), ag.version(), year,
                    version, kind, now, caller.user(), amount, actualCost, grants, rounding.name(), r.description(),
                    r.inputs(), shares, instalments, lines);
            t.update("INSERT INTO ikz_allocation_run (tenant_id, agreement_id, fiscal_year, version, kind, created_at, created_by, body, "
                    + "serial) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?)", ag.id(), year, version, kind, now, caller.user(), write(run),
                    serial);
            audit.append(s, caller, tenantId, "CREATE", "allocation/" + run.id(), kind + " " + amount.toPlainString());
            return CashReference.assign(run, serial);
        });
    }

    private Agreement agreementFor(Caller caller, String tenantId, String agreementId, int fiscalYear) {
        Input.year("fiscalYear", fiscalYear);
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

    /**
     * A stored run, or null (logged as ERROR with its id) if its body is not a run or holds amounts beyond the
     * platform's bounds (a row written before the bounds existed, or changed in the database).
     */
    private AllocationRun read(String tenantId, String runId, String body) {
        try {
            AllocationRun run = json.readValue(body, AllocationRun.class);
            bounded(run);
            return run;
        } catch (IOException | RuntimeException e) {
            LOG.error("allocation run {} of tenant {} cannot be read and is left out: {}", runId, tenantId,
                    e.getMessage() == null ? e.getClass().getName() : e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    /** Every amount of a stored run within {@link Amount#MAX}, or an IllegalStateException naming the first that is not. */
    static void bounded(AllocationRun run) {
        List<BigDecimal> amounts = new ArrayList<>();
        amounts.add(run.amount());
        amounts.add(run.actualCost());
        amounts.add(run.grants());
        run.shares().forEach(x -> amounts.addAll(java.util.Arrays.asList(x.exact(), x.amount(), x.creditInKind(), x.payable())));
        run.instalments().forEach(x -> amounts.add(x.amount()));
        run.settlement().forEach(x -> amounts.addAll(java.util.Arrays.asList(x.finalShare(), x.creditInKind(), x.advancesPaid(),
                x.balance())));
        for (BigDecimal a : amounts) {
            if (a != null && a.abs().compareTo(Amount.MAX) > 0) {
                throw new IllegalStateException("an amount is beyond " + Amount.MAX.toPlainString());
            }
        }
    }
}
