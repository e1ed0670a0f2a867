package de.ikz.fruehehilfen.internal.pool;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import de.ikz.api.agreement.KeySpec;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Contribution;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Grant;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.NetworkWork;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Receipt;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.YearEnd;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The funding pool on the platform's database. Every split of money (own share in both readings,
 * the gap by percentages or by population, what each partner's share of spending, unspent and
 * returned money is) goes through the core's {@link AllocationService} (largest remainder, to the
 * cent), never through arithmetic of its own: the own share is {@code split} with a
 * {@code grant-top-up} key, the gap {@code split} with a {@code percent} or {@code population} key,
 * and what is split by the rule that raised the money (each partner's due) is a {@code figure}
 * {@code preview}. Input is checked completely before the one transaction of a change.
 */
@Component(service = PoolService.class, configurationPid = PoolServiceImpl.PID)
@Designate(ocd = PoolServiceImpl.Config.class)
public final class PoolServiceImpl implements PoolService {

    public static final String PID = "de.ikz.fruehehilfen.pool";
    static final String RECORD = ModuleDefinition.ID + "/";
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final int MAX_TEXT = 500;

    @ObjectClassDefinition(name = "Frühe Hilfen: funding pool", description = "Defaults of a pool year that has no settings of its own")
    public @interface Config {
        @AttributeDefinition(description = "Own-share rate in percent (20: 20 % on top of each grant, or the grant as 80 % of the total)")
        String ownSharePercent() default "20";

        @AttributeDefinition(description = "Reading of the own share: on-top or share-of-total")
        String ownShareReading() default PoolSettings.ON_TOP;

        @AttributeDefinition(description = "The host pre-finances expenses beyond what the pool holds")
        boolean hostPreFinances() default false;

        @AttributeDefinition(description = "Unspent money is carried over to the next year instead of returned")
        boolean carryOver() default false;
    }

    /** Defaults of a year without stored settings. */
    record Defaults(BigDecimal ownSharePercent, String ownShareReading, boolean hostPreFinances, boolean carryOver) {
        static final Defaults STANDARD = new Defaults(BigDecimal.valueOf(20), PoolSettings.ON_TOP, false, false);
    }

    /** The participants a pool may name: does an id exist in the tenant, and its name. */
    interface Partners {
        Optional<String> name(Caller caller, String tenantId, String participantId);
    }

    private final Database db;
    private final AuditLog audit;
    private final Partners partners;
    private final AllocationService allocation;
    private final Clock clock;
    private final Defaults defaults;

    @Activate
    public PoolServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference ParticipantService participants,
                           @Reference AllocationService allocation, @Reference Schema schema, Config config) {
        this(db, audit, (caller, tenant, id) -> participants.listBodies(caller, tenant).stream().filter(p -> p.id().equals(id))
                .findFirst().map(p -> p.name()), allocation,
                Clock.systemUTC(), defaults(config));
    }

    PoolServiceImpl(Database db, AuditLog audit, Partners partners, AllocationService allocation, Clock clock,
                    Defaults defaults) {
        this.db = db;
        this.audit = audit;
        this.partners = partners;
        this.allocation = allocation;
        this.clock = clock;
        this.defaults = defaults;
    }

    private static Defaults defaults(Config c) {
        BigDecimal p = Input.percent("ownSharePercent", Input.decimal("ownSharePercent", c.ownSharePercent()));
        String reading = reading("ownShareReading", c.ownShareReading());
        return new Defaults(p, reading, c.hostPreFinances(), c.carryOver());
    }

    // ------------------------------------------------------------------ who may

    private static boolean coordinator(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.COORDINATOR);
    }

    private static boolean readsAll(Caller c) {
        return coordinator(c) || ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.AUDITOR);
    }

    /** The partner a partner-staff caller is limited to, empty for those who read everything; else FORBIDDEN. */
    private static Optional<String> readScope(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        if (readsAll(c)) {
            return Optional.empty();
        }
        if (ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.PARTNER_STAFF)) {
            return c.participantId();
        }
        throw IkzException.forbidden("the pool is read by the coordination, the auditor and partner staff");
    }

    private static void requireAll(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        if (!readsAll(c)) {
            throw IkzException.forbidden("only the coordination and the auditor read this");
        }
    }

    private static void requireCoordinator(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        if (!coordinator(c)) {
            throw IkzException.forbidden("only the coordination of module " + ModuleDefinition.ID + " changes the pool");
        }
    }

    // ------------------------------------------------------------------ settings

    @Override
    public PoolSettings settings(Caller caller, String tenantId, int year) {
        readScope(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadSettings(s.tenant(tenantId), y));
    }

    private PoolSettings loadSettings(TenantSession t, int year) throws SQLException {
        Map<String, BigDecimal> pct = new TreeMap<>();
        for (Object[] r : t.query("SELECT partner_id, pct FROM fruehehilfen_pool_gap_percent WHERE tenant_id = :tenant "
                + "AND pool_year = ? ORDER BY partner_id", rs -> new Object[] {rs.getString(1), rs.getBigDecimal(2)}, year)) {
            pct.put((String) r[0], ((BigDecimal) r[1]).stripTrailingZeros());
        }
        return t.queryOne("SELECT host_id, own_share_percent, own_share_reading, budget, gap_key, gap_figure, pre_finance, "
                        + "carry_over FROM fruehehilfen_pool_year WHERE tenant_id = :tenant AND pool_year = ?",
                rs -> new PoolSettings(year, rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6), pct, rs.getBoolean(7), rs.getBoolean(8)), year)
                .orElseGet(() -> new PoolSettings(year, null, defaults.ownSharePercent(), defaults.ownShareReading(), null,
                        null, null, Map.of(), defaults.hostPreFinances(), defaults.carryOver()));
    }

    @Override
    public PoolSettings saveSettings(Caller caller, String tenantId, int year, SettingsInput in) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        SettingsInput input = required(in);
        // check everything before anything is written
        String host = input.hostId() == null ? null : partner(caller, tenantId, "hostId", input.hostId());
        BigDecimal pct = input.ownSharePercent() == null ? null : Input.percent("ownSharePercent", input.ownSharePercent());
        String reading = input.ownShareReading() == null ? null : reading("ownShareReading", input.ownShareReading());
        BigDecimal budget = Amount.optional("budget", input.budget(), Amount.Sign.NON_NEGATIVE);
        String gapKey = input.gapKey() == null ? null : gapKey(input.gapKey());
        String gapFigure = input.gapFigure() == null ? null
                : java.util.Objects.requireNonNullElse(Fields.line("gapFigure", input.gapFigure(), 60, false), "");
        Map<String, BigDecimal> percents = null;
        if (input.gapPercents() != null) {
            percents = new TreeMap<>();
            for (Map.Entry<String, BigDecimal> e : input.gapPercents().entrySet()) {
                String field = "gapPercents[" + e.getKey() + "]";
                String id = partner(caller, tenantId, field, e.getKey());
                percents.put(id, Input.percent(field, e.getValue()));
            }
        }
        Map<String, BigDecimal> newPercents = percents;
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            PoolSettings old = loadSettings(t, y);
            PoolSettings merged = new PoolSettings(y, host != null ? host : old.hostId(),
                    pct != null ? pct : old.ownSharePercent(), reading != null ? reading : old.ownShareReading(),
                    input.budget() != null ? budget : old.budget(), gapKey != null ? ("none".equals(gapKey) ? null : gapKey)
                    : old.gapKey(), gapFigure != null ? (gapFigure.isEmpty() ? null : gapFigure) : old.gapFigure(),
                    newPercents != null ? newPercents : old.gapPercents(),
                    input.hostPreFinances() != null ? input.hostPreFinances() : old.hostPreFinances(),
                    input.carryOver() != null ? input.carryOver() : old.carryOver());
            checkSettings(merged);
            Instant now = now();
            t.update("DELETE FROM fruehehilfen_pool_year WHERE tenant_id = :tenant AND pool_year = ?", y);
            t.update("INSERT INTO fruehehilfen_pool_year (tenant_id, pool_year, host_id, own_share_percent, own_share_reading, "
                            + "budget, gap_key, gap_figure, pre_finance, carry_over, changed_by, changed_at) "
                            + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", y, merged.hostId(), merged.ownSharePercent(),
                    merged.ownShareReading(), merged.budget(), merged.gapKey(), merged.gapFigure(), merged.hostPreFinances(),
                    merged.carryOver(), caller.user(), Timestamp.from(now));
            t.update("DELETE FROM fruehehilfen_pool_gap_percent WHERE tenant_id = :tenant AND pool_year = ?", y);
            for (Map.Entry<String, BigDecimal> e : merged.gapPercents().entrySet()) {
                t.update("INSERT INTO fruehehilfen_pool_gap_percent (tenant_id, pool_year, partner_id, pct) VALUES (:tenant, ?, ?, ?)",
                        y, e.getKey(), e.getValue());
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "pool-settings/" + y, "pool settings of " + y);
            return merged;
        });
    }

    private static void checkSettings(PoolSettings s) {
        if (PoolSettings.SHARE_OF_TOTAL.equals(s.ownShareReading())
                && s.ownSharePercent().compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw IkzException.invalid("ownSharePercent", "Bei der Lesart „Anteil am Gesamtbetrag“ muss der Eigenanteil "
                    + "unter 100 % liegen.");
        }
        if (PoolSettings.GAP_PERCENT.equals(s.gapKey())) {
            BigDecimal sum = s.gapPercents().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw IkzException.invalid("gapPercents", "Die Anteile an der Deckungslücke ergeben "
                        + GermanFormat.percent(sum) + " statt 100 %.");
            }
        }
    }

    private static String reading(String field, String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!PoolSettings.ON_TOP.equals(v) && !PoolSettings.SHARE_OF_TOTAL.equals(v)) {
            throw IkzException.invalid(field, field + " must be one of on-top, share-of-total, got '" + shorten(value) + "'");
        }
        return v;
    }

    private static String gapKey(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of(PoolSettings.GAP_PERCENT, PoolSettings.GAP_POPULATION, "none").contains(v)) {
            throw IkzException.invalid("gapKey", "gapKey must be one of percent, population, none, got '"
                    + shorten(value) + "'");
        }
        return v;
    }

    // ------------------------------------------------------------------ grants and contributions

    @Override
    public List<Grant> grants(Caller caller, String tenantId, int year) {
        Optional<String> only = readScope(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadGrants(s.tenant(tenantId), y)).stream()
                .filter(g -> only.isEmpty() || only.get().equals(g.partnerId())).toList();
    }

    private static List<Grant> loadGrants(TenantSession t, int year) {
        return t.query("SELECT partner_id, amount, notice_date, area_i, area_ii, area_iii, recorded_at, recorded_by "
                + "FROM fruehehilfen_pool_grant WHERE tenant_id = :tenant AND pool_year = ? ORDER BY partner_id", rs -> {
                    Map<FundingArea, BigDecimal> areas = new EnumMap<>(FundingArea.class);
                    areas.put(FundingArea.I, rs.getBigDecimal(4));
                    areas.put(FundingArea.II, rs.getBigDecimal(5));
                    areas.put(FundingArea.III, rs.getBigDecimal(6));
                    return new Grant(year, rs.getString(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate(), areas,
                            instant(rs, 7), rs.getString(8));
                }, year);
    }

    @Override
    public Grant setGrant(Caller caller, String tenantId, int year, GrantInput in) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        GrantInput input = required(in);
        String partner = partner(caller, tenantId, "partnerId", input.partnerId());
        BigDecimal amount = Amount.of("amount", input.amount(), Amount.Sign.NON_NEGATIVE).value();
        LocalDate notice = Input.date("noticeDate", input.noticeDate());
        Map<FundingArea, BigDecimal> areas = new EnumMap<>(FundingArea.class);
        for (FundingArea a : FundingArea.values()) {
            areas.put(a, ZERO);
        }
        if (input.byArea() != null) {
            for (Map.Entry<String, BigDecimal> e : input.byArea().entrySet()) {
                FundingArea a = Fields.choice("byArea", e.getKey(), FundingArea.class, null);
                areas.put(a, Amount.of("byArea[" + a.name() + "]", e.getValue(), Amount.Sign.NON_NEGATIVE).value());
            }
        }
        BigDecimal sum = areas.values().stream().reduce(ZERO, BigDecimal::add);
        if (sum.compareTo(amount) != 0) {
            throw IkzException.invalid("byArea", "Die Aufteilung auf die Förderbereiche (" + GermanFormat.money(sum)
                    + ") ergibt nicht den Zuschuss von " + GermanFormat.money(amount) + ".");
        }
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            Instant now = now();
            int gone = t.update("DELETE FROM fruehehilfen_pool_grant WHERE tenant_id = :tenant AND pool_year = ? "
                    + "AND partner_id = ?", y, partner);
            t.update("INSERT INTO fruehehilfen_pool_grant (tenant_id, pool_year, partner_id, amount, notice_date, area_i, "
                            + "area_ii, area_iii, recorded_by, recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)", y, partner,
                    amount, Date.valueOf(notice), areas.get(FundingArea.I), areas.get(FundingArea.II),
                    areas.get(FundingArea.III), caller.user(), Timestamp.from(now));
            audit.append(s, caller, tenantId, gone > 0 ? "UPDATE" : "CREATE", RECORD + "pool-grant/" + y + "-" + partner,
                    "grant " + amount.toPlainString());
            return new Grant(y, partner, amount, notice, areas, now, caller.user());
        });
    }

    @Override
    public List<Contribution> contributions(Caller caller, String tenantId, int year) {
        Optional<String> only = readScope(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadContributions(s.tenant(tenantId), y)).stream()
                .filter(c -> only.isEmpty() || only.get().equals(c.partnerId())).toList();
    }

    private static List<Contribution> loadContributions(TenantSession t, int year) {
        return t.query("SELECT partner_id, amount, note, recorded_at, recorded_by FROM fruehehilfen_pool_contribution "
                        + "WHERE tenant_id = :tenant AND pool_year = ? ORDER BY partner_id",
                rs -> new Contribution(year, rs.getString(1), rs.getBigDecimal(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5)), year);
    }

    @Override
    public Contribution setContribution(Caller caller, String tenantId, int year, ContributionInput in) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        ContributionInput input = required(in);
        String partner = partner(caller, tenantId, "partnerId", input.partnerId());
        BigDecimal amount = Amount.of("amount", input.amount(), Amount.Sign.NON_NEGATIVE).value();
        String text = Fields.line("text", input.text(), MAX_TEXT, false);
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            Instant now = now();
            int gone = t.update("DELETE FROM fruehehilfen_pool_contribution WHERE tenant_id = :tenant AND pool_year = ? "
                    + "AND partner_id = ?", y, partner);
            String record = RECORD + "pool-contribution/" + y + "-" + partner;
            if (amount.signum() == 0) {
                audit.append(s, caller, tenantId, "DELETE", record, "contribution removed");
            } else {
                t.update("INSERT INTO fruehehilfen_pool_contribution (tenant_id, pool_year, partner_id, amount, note, "
                        + "recorded_by, recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?)", y, partner, amount, text,
                        caller.user(), Timestamp.from(now));
                audit.append(s, caller, tenantId, gone > 0 ? "UPDATE" : "CREATE", record,
                        "contribution " + amount.toPlainString());
            }
            return new Contribution(y, partner, amount, text, now, caller.user());
        });
    }

    // ------------------------------------------------------------------ receipts

    @Override
    public List<Receipt> receipts(Caller caller, String tenantId, int year) {
        Optional<String> only = readScope(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadReceipts(s.tenant(tenantId), y)).stream()
                .filter(r -> only.isEmpty() || only.get().equals(r.partnerId())).toList();
    }

    private static List<Receipt> loadReceipts(TenantSession t, int year) {
        return t.query("SELECT id, received_on, partner_id, amount, kind, note, recorded_at, recorded_by "
                        + "FROM fruehehilfen_pool_receipt WHERE tenant_id = :tenant AND pool_year = ? ORDER BY received_on, id",
                rs -> new Receipt(rs.getString(1), year, rs.getDate(2).toLocalDate(), rs.getString(3), rs.getBigDecimal(4),
                        ReceiptKind.valueOf(rs.getString(5)), rs.getString(6), instant(rs, 7), rs.getString(8)), year);
    }

    @Override
    public Receipt addReceipt(Caller caller, String tenantId, int year, ReceiptInput in) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        ReceiptInput input = required(in);
        LocalDate date = Input.date("date", input.date());
        if (date.getYear() < y - 1 || date.getYear() > y + 1) {
            throw IkzException.invalid("date", "Ein Zahlungseingang für " + y + " liegt zwischen dem 01.01." + (y - 1)
                    + " und dem 31.12." + (y + 1) + ".");
        }
        String partner = partner(caller, tenantId, "partnerId", input.partnerId());
        BigDecimal amount = Amount.of("amount", input.amount(), Amount.Sign.POSITIVE).value();
        ReceiptKind kind = Fields.choice("kind", input.kind(), ReceiptKind.class, null);
        String text = Fields.line("text", input.text(), MAX_TEXT, false);
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            String id = Ids.unused(t, "fruehehilfen_pool_receipt", "ZE");
            Instant now = now();
            t.update("INSERT INTO fruehehilfen_pool_receipt (tenant_id, id, pool_year, received_on, partner_id, amount, kind, "
                            + "note, recorded_by, recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, y, Date.valueOf(date),
                    partner, amount, kind.name(), text, caller.user(), Timestamp.from(now));
            audit.append(s, caller, tenantId, "CREATE", RECORD + "pool-receipt/" + id,
                    "receipt " + y + " " + partner + " " + kind.name() + " " + amount.toPlainString());
            return new Receipt(id, y, date, partner, amount, kind, text, now, caller.user());
        });
    }

    // ------------------------------------------------------------------ expenses and network work

    @Override
    public List<Expense> expenses(Caller caller, String tenantId, int year) {
        requireAll(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadExpenses(s.tenant(tenantId), y));
    }

    private static List<Expense> loadExpenses(TenantSession t, int year) {
        return t.query("SELECT id, area, cost_type, document_number, booked_on, note, amount, pre_financed, network_work_id, "
                        + "recorded_at, recorded_by FROM fruehehilfen_pool_expense WHERE tenant_id = :tenant AND pool_year = ? "
                        + "ORDER BY booked_on, id",
                rs -> new Expense(rs.getString(1), year, FundingArea.valueOf(rs.getString(2)), CostType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8),
                        rs.getString(9), instant(rs, 10), rs.getString(11)), year);
    }

    @Override
    public Expense addExpense(Caller caller, String tenantId, int year, ExpenseInput in) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        ExpenseInput input = required(in);
        FundingArea area = Fields.choice("area", input.area(), FundingArea.class, null);
        CostType type = Fields.choice("costType", input.costType(), CostType.class, null);
        String doc = Fields.line("documentNumber", input.documentNumber(), 60, true);
        LocalDate date = inYear("date", input.date(), y);
        String text = Fields.line("text", input.text(), MAX_TEXT, true);
        BigDecimal amount = Amount.of("amount", input.amount(), Amount.Sign.POSITIVE).value();
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            Expense e = book(t, caller, y, area, type, doc, date, text, amount, null, "amount");
            audit.append(s, caller, tenantId, "CREATE", RECORD + "pool-expense/" + e.id(), "expense " + y + " " + area.name()
                    + " " + type.name() + " " + amount.toPlainString() + (e.preFinanced() ? " pre-financed" : ""));
            return e;
        });
    }

    /** Books an expense after checking what the pool holds; refuses naming {@code field}. */
    private Expense book(TenantSession t, Caller caller, int y, FundingArea area, CostType type, String doc, LocalDate date,
                         String text, BigDecimal amount, String networkWorkId, String field) throws SQLException {
        PoolSettings settings = loadSettings(t, y);
        BigDecimal held = held(t, y);
        boolean preFinanced = amount.compareTo(held) > 0;
        if (preFinanced && !settings.hostPreFinances()) {
            throw IkzException.invalid(field, "Die Ausgabe von " + GermanFormat.money(amount) + " übersteigt, was der Fonds "
                    + y + " hält (" + GermanFormat.money(held.max(ZERO)) + "); der Träger finanziert in diesem Jahr nicht vor.");
        }
        String id = Ids.unused(t, "fruehehilfen_pool_expense", "AU");
        Instant now = now();
        t.update("INSERT INTO fruehehilfen_pool_expense (tenant_id, id, pool_year, area, cost_type, document_number, booked_on, "
                        + "note, amount, pre_financed, network_work_id, recorded_by, recorded_at) "
                        + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, y, area.name(), type.name(), doc,
                Date.valueOf(date), text, amount, preFinanced, networkWorkId, caller.user(), Timestamp.from(now));
        return new Expense(id, y, area, type, doc, date, text, amount, preFinanced, networkWorkId, now, caller.user());
    }

    /** What the pool holds now: received + carried in − spent. */
    private static BigDecimal held(TenantSession t, int y) {
        BigDecimal received = sum(t, "SELECT SUM(amount) FROM fruehehilfen_pool_receipt WHERE tenant_id = :tenant AND pool_year = ?", y);
        BigDecimal spent = sum(t, "SELECT SUM(amount) FROM fruehehilfen_pool_expense WHERE tenant_id = :tenant AND pool_year = ?", y);
        return received.add(carriedIn(t, y)).subtract(spent);
    }

    private static BigDecimal carriedIn(TenantSession t, int y) {
        return sum(t, "SELECT SUM(carried_over) FROM fruehehilfen_pool_year_end WHERE tenant_id = :tenant AND pool_year = ?", y - 1);
    }

    private static BigDecimal sum(TenantSession t, String sql, Object... params) {
        // SUM over no rows is one row with NULL
        List<BigDecimal> v = t.query(sql, rs -> Optional.ofNullable(rs.getBigDecimal(1)).orElse(ZERO), params);
        return v.isEmpty() ? ZERO : v.get(0).setScale(2);
    }

    @Override
    public List<NetworkWork> networkWork(Caller caller, String tenantId, int year) {
        requireAll(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadNetworkWork(s.tenant(tenantId), y));
    }

    private static List<NetworkWork> loadNetworkWork(TenantSession t, int year) {
        return t.query("SELECT id, kind, worked_on, work_hours, cost, note, expense_id, recorded_at, recorded_by "
                        + "FROM fruehehilfen_pool_network_work WHERE tenant_id = :tenant AND pool_year = ? ORDER BY worked_on, id",
                rs -> new NetworkWork(rs.getString(1), year, NetworkWorkKind.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                        instant(rs, 8), rs.getString(9)), year);
    }

    @Override
    public NetworkWork addNetworkWork(Caller caller, String tenantId, int year, NetworkWorkInput in) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        NetworkWorkInput input = required(in);
        NetworkWorkKind kind = Fields.choice("kind", input.kind(), NetworkWorkKind.class, null);
        LocalDate date = inYear("date", input.date(), y);
        BigDecimal hours = hours(input.hours());
        BigDecimal cost = input.cost() == null ? ZERO : Amount.of("cost", input.cost(), Amount.Sign.NON_NEGATIVE).value();
        String text = Fields.line("text", input.text(), MAX_TEXT, true);
        String doc = Fields.line("documentNumber", input.documentNumber(), 60, false);
        if (cost.signum() > 0 && doc == null) {
            throw IkzException.invalid("documentNumber", "Für Kosten der Netzwerkarbeit ist eine Belegnummer nötig.");
        }
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            String id = Ids.unused(t, "fruehehilfen_pool_network_work", "NW");
            String expenseId = null;
            if (cost.signum() > 0) {
                expenseId = book(t, caller, y, FundingArea.I, costType(kind), doc, date, kind.label() + ": " + text, cost, id,
                        "cost").id();
            }
            Instant now = now();
            t.update("INSERT INTO fruehehilfen_pool_network_work (tenant_id, id, pool_year, kind, worked_on, work_hours, cost, "
                            + "note, expense_id, recorded_by, recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, y,
                    kind.name(), Date.valueOf(date), hours, cost, text, expenseId, caller.user(), Timestamp.from(now));
            audit.append(s, caller, tenantId, "CREATE", RECORD + "pool-network-work/" + id, "network work " + y + " "
                    + kind.name() + " " + hours.toPlainString() + " h, cost " + cost.toPlainString()
                    + (expenseId == null ? "" : ", expense " + expenseId));
            return new NetworkWork(id, y, kind, date, hours, cost, text, expenseId, now, caller.user());
        });
    }

    /** The cost type under which a kind of network work's cost is booked. */
    static CostType costType(NetworkWorkKind kind) {
        return switch (kind) {
            case MEETING -> CostType.MATERIAL;
            case TRAINING -> CostType.TRAINING;
            case PUBLIC_RELATIONS -> CostType.PUBLIC_RELATIONS;
        };
    }

    private static BigDecimal hours(BigDecimal value) {
        if (value == null) {
            throw IkzException.invalid("hours", "hours is required: a number like \"2.5\"");
        }
        Input.decimal("hours", value);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw IkzException.invalid("hours", "hours must be more than 0 and at most 1000, got " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw IkzException.invalid("hours", "hours has more than 2 decimals");
        }
        return value.setScale(2);
    }

    private static LocalDate inYear(String field, LocalDate value, int year) {
        LocalDate d = Input.date(field, value);
        if (d.getYear() != year) {
            throw IkzException.invalid(field, "Das Datum " + GermanFormat.date(d) + " liegt nicht im Jahr " + year + ".");
        }
        return d;
    }

    // ------------------------------------------------------------------ year end

    @Override
    public Optional<YearEnd> yearEnd(Caller caller, String tenantId, int year) {
        Optional<String> only = readScope(caller, tenantId);
        int y = Input.year("year", year);
        return db.inTransaction(s -> loadYearEnd(s.tenant(tenantId), y)).map(e -> only.isEmpty() ? e
                : new YearEnd(e.year(), e.closedOn(), e.unspent(), e.returned().entrySet().stream()
                .filter(x -> x.getKey().equals(only.get()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), e.carriedOver(),
                e.recordedAt(), e.recordedBy()));
    }

    private static Optional<YearEnd> loadYearEnd(TenantSession t, int y) throws SQLException {
        Map<String, BigDecimal> returned = new TreeMap<>();
        for (Object[] r : t.query("SELECT partner_id, amount FROM fruehehilfen_pool_return WHERE tenant_id = :tenant "
                + "AND pool_year = ? ORDER BY partner_id", rs -> new Object[] {rs.getString(1), rs.getBigDecimal(2)}, y)) {
            returned.put((String) r[0], (BigDecimal) r[1]);
        }
        return t.queryOne("SELECT closed_on, unspent, carried_over, recorded_at, recorded_by FROM fruehehilfen_pool_year_end "
                        + "WHERE tenant_id = :tenant AND pool_year = ?",
                rs -> new YearEnd(y, rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), returned, rs.getBigDecimal(3),
                        instant(rs, 4), rs.getString(5)), y);
    }

    @Override
    public YearEnd previewYearEnd(Caller caller, String tenantId, int year, LocalDate closedOn) {
        requireAll(caller, tenantId);
        int y = Input.year("year", year);
        LocalDate on = closedOn == null ? LocalDate.now(clock) : Input.date("closedOn", closedOn);
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            Optional<YearEnd> done = loadYearEnd(t, y);
            if (done.isPresent()) {
                return done.get();
            }
            return yearEnd(caller, tenantId, y, on, read(t, y));
        });
    }

    @Override
    public YearEnd closeYear(Caller caller, String tenantId, int year, LocalDate closedOn) {
        requireCoordinator(caller, tenantId);
        int y = Input.year("year", year);
        LocalDate on = closedOn == null ? LocalDate.now(clock) : Input.date("closedOn", closedOn);
        if (on.getYear() <= y) {
            throw IkzException.invalid("closedOn", "Das Jahr " + y + " kann erst nach seinem Ende, ab dem 01.01." + (y + 1)
                    + ", abgeschlossen werden.");
        }
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            requireOpen(t, y);
            YearEnd end = yearEnd(caller, tenantId, y, on, read(t, y));
            Instant now = now();
            t.update("INSERT INTO fruehehilfen_pool_year_end (tenant_id, pool_year, closed_on, unspent, carried_over, recorded_by, "
                    + "recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?)", y, Date.valueOf(on), end.unspent(), end.carriedOver(),
                    caller.user(), Timestamp.from(now));
            for (Map.Entry<String, BigDecimal> e : end.returned().entrySet()) {
                t.update("INSERT INTO fruehehilfen_pool_return (tenant_id, pool_year, partner_id, amount) VALUES (:tenant, ?, ?, ?)",
                        y, e.getKey(), e.getValue());
            }
            audit.append(s, caller, tenantId, "CREATE", RECORD + "pool-year-end/" + y, "year end " + y + ": unspent "
                    + end.unspent().toPlainString() + (end.carriedOver().signum() > 0 ? ", carried over" : ", returned"));
            return new YearEnd(y, on, end.unspent(), end.returned(), end.carriedOver(), now, caller.user());
        });
    }

    private YearEnd yearEnd(Caller caller, String tenantId, int y, LocalDate on, Stored st) {
        Raised raised = raise(caller, tenantId, st);
        BigDecimal unspent = st.received().add(st.carriedIn()).subtract(st.spent()).max(ZERO);
        Map<String, BigDecimal> returned = new TreeMap<>();
        BigDecimal carried = ZERO;
        if (unspent.signum() > 0) {
            if (st.settings().carryOver()) {
                carried = unspent;
            } else if (raised.totalDue().signum() == 0) {
                throw IkzException.invalid("year", "Im Jahr " + y + " wurde nichts aufgebracht; der Rest von "
                        + GermanFormat.money(unspent) + " kann nur vorgetragen werden (Einstellung „Übertrag“).");
            } else {
                returned.putAll(byDue(unspent, raised));
            }
        }
        return new YearEnd(y, on, unspent, returned, carried, null, null);
    }

    private static void requireOpen(TenantSession t, int y) {
        if (t.queryOne("SELECT pool_year FROM fruehehilfen_pool_year_end WHERE tenant_id = :tenant AND pool_year = ?",
                rs -> rs.getInt(1), y).isPresent()) {
            throw IkzException.conflict("year", "Das Jahr " + y + " ist abgeschlossen; es kann nichts mehr gebucht werden.");
        }
    }

    // ------------------------------------------------------------------ figures

    /** Everything stored for a year, read in one transaction. */
    record Stored(PoolSettings settings, List<Grant> grants, List<Contribution> contributions, List<Receipt> receipts,
                  List<Expense> expenses, List<NetworkWork> work, BigDecimal carriedIn, Optional<YearEnd> end) {

        BigDecimal received() {
            return receipts.stream().map(Receipt::amount).reduce(ZERO, BigDecimal::add);
        }

        BigDecimal spent() {
            return expenses.stream().map(Expense::amount).reduce(ZERO, BigDecimal::add);
        }
    }

    private Stored read(TenantSession t, int y) throws SQLException {
        return new Stored(loadSettings(t, y), loadGrants(t, y), loadContributions(t, y), loadReceipts(t, y), loadExpenses(t, y),
                loadNetworkWork(t, y), carriedIn(t, y), loadYearEnd(t, y));
    }

    /** What each partner brings in, by the year's rule. */
    record Raised(List<String> partners, Map<String, BigDecimal> grant, Map<String, BigDecimal> ownShare,
                  Map<String, BigDecimal> contribution, Map<String, BigDecimal> gapShare, Map<String, BigDecimal> due,
                  BigDecimal gap) {

        BigDecimal totalDue() {
            return due.values().stream().reduce(ZERO, BigDecimal::add);
        }
    }

    private Raised raise(Caller caller, String tenantId, Stored st) {
        PoolSettings s = st.settings();
        TreeSet<String> ids = new TreeSet<>();
        st.grants().forEach(g -> ids.add(g.partnerId()));
        st.contributions().forEach(c -> ids.add(c.partnerId()));
        if (s.hostId() != null) {
            ids.add(s.hostId());
        }
        if (PoolSettings.GAP_PERCENT.equals(s.gapKey())) {
            ids.addAll(s.gapPercents().keySet());
        }
        st.receipts().forEach(r -> ids.add(r.partnerId()));
        List<String> partners = List.copyOf(ids);
        Map<String, BigDecimal> grant = zeros(partners);
        Map<String, BigDecimal> own = zeros(partners);
        Map<String, BigDecimal> contribution = zeros(partners);
        Map<String, BigDecimal> gapShare = zeros(partners);
        st.grants().forEach(g -> grant.put(g.partnerId(), g.amount()));
        st.contributions().forEach(c -> contribution.put(c.partnerId(), c.amount()));
        BigDecimal grants = sum(grant.values());
        if (grants.signum() > 0) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            st.grants().forEach(g -> values.put(g.partnerId(), g.amount()));
            KeySpec topUp = new KeySpec("grant-top-up", null, null, values, null, null, s.ownSharePercent(),
                    s.ownShareReading(), null, null);
            Map<String, BigDecimal> pooled = allocation.split(caller, tenantId, s.year(), topUp, List.copyOf(values.keySet()),
                    null, null);
            pooled.forEach((p, total) -> own.put(p, total.subtract(grant.get(p))));
        }
        BigDecimal pooled = grants.add(sum(own.values())).add(sum(contribution.values()));
        BigDecimal gap = s.budget() == null ? ZERO : s.budget().subtract(pooled).max(ZERO);
        if (gap.signum() > 0 && s.gapKey() != null) {
            KeySpec key;
            List<String> sharing;
            if (PoolSettings.GAP_PERCENT.equals(s.gapKey())) {
                sharing = List.copyOf(new TreeSet<>(s.gapPercents().keySet()));
                key = new KeySpec("percent", null, null, s.gapPercents(), null, null, null, null, null, null);
            } else {
                sharing = partners;
                key = new KeySpec("population", s.gapFigure(), null, null, null, null, null, null, null, null);
            }
            allocation.split(caller, tenantId, s.year(), key, sharing, gap, null).forEach(gapShare::put);
        }
        Map<String, BigDecimal> due = zeros(partners);
        partners.forEach(p -> due.put(p, grant.get(p).add(own.get(p)).add(contribution.get(p)).add(gapShare.get(p))));
        return new Raised(partners, grant, own, contribution, gapShare, due, gap);
    }

    /** Splits an amount by the rule that raised the money: each partner's due, largest remainder. */
    private Map<String, BigDecimal> byDue(BigDecimal amount, Raised raised) {
        Map<String, BigDecimal> out = zeros(raised.partners());
        if (amount.signum() == 0 || raised.totalDue().signum() == 0) {
            return out;
        }
        allocation.preview(amount, "figure", "LARGEST_REMAINDER", raised.due()).forEach(out::put);
        return out;
    }

    @Override
    public List<Integer> years(Caller caller, String tenantId) {
        readScope(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession t = s.tenant(tenantId);
            TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
            for (String table : List.of("fruehehilfen_pool_year", "fruehehilfen_pool_grant", "fruehehilfen_pool_contribution",
                    "fruehehilfen_pool_receipt", "fruehehilfen_pool_expense")) {
                years.addAll(t.query("SELECT DISTINCT pool_year FROM " + table + " WHERE tenant_id = :tenant", rs -> rs.getInt(1)));
            }
            return List.copyOf(years);
        });
    }

    @Override
    public PoolFigures figures(Caller caller, String tenantId, int year) {
        Optional<String> only = readScope(caller, tenantId);
        int y = Input.year("year", year);
        Stored st = db.inTransaction(s -> read(s.tenant(tenantId), y));
        Raised raised = raise(caller, tenantId, st);
        List<String> ids = raised.partners();

        // receipts per partner and kind
        Map<String, Map<ReceiptKind, BigDecimal>> receivedByKind = new HashMap<>();
        ids.forEach(p -> receivedByKind.put(p, enumZeros(ReceiptKind.class)));
        st.receipts().forEach(r -> receivedByKind.get(r.partnerId()).merge(r.kind(), r.amount(), BigDecimal::add));

        // spending per area and cost type; network work
        Map<FundingArea, Map<CostType, BigDecimal>> byAreaAndType = new EnumMap<>(FundingArea.class);
        for (FundingArea a : FundingArea.values()) {
            byAreaAndType.put(a, enumZeros(CostType.class));
        }
        BigDecimal preFinanced = ZERO;
        for (Expense e : st.expenses()) {
            byAreaAndType.get(e.area()).merge(e.costType(), e.amount(), BigDecimal::add);
            if (e.preFinanced()) {
                preFinanced = preFinanced.add(e.amount());
            }
        }
        Map<FundingArea, BigDecimal> spentByArea = enumZeros(FundingArea.class);
        byAreaAndType.forEach((a, m) -> spentByArea.put(a, sum(m.values())));
        Map<FundingArea, BigDecimal> hours = enumZeros(FundingArea.class);
        Map<FundingArea, BigDecimal> costs = enumZeros(FundingArea.class);
        for (NetworkWork w : st.work()) {
            hours.merge(FundingArea.I, w.hours(), BigDecimal::add);
            costs.merge(FundingArea.I, w.cost(), BigDecimal::add);
        }
        BigDecimal received = st.received();
        BigDecimal spent = st.spent();
        BigDecimal available = received.add(st.carriedIn());
        BigDecimal left = available.subtract(spent);
        BigDecimal unspent = st.end().map(YearEnd::unspent).orElse(left.max(ZERO));
        BigDecimal carriedOver = st.end().map(YearEnd::carriedOver).orElse(ZERO);

        // partners' shares of spending, unspent and carried-over money: by the rule that raised it
        Map<FundingArea, Map<String, BigDecimal>> spentShares = new EnumMap<>(FundingArea.class);
        spentByArea.forEach((a, v) -> spentShares.put(a, byDue(v, raised)));
        Map<String, BigDecimal> unspentShares = byDue(unspent, raised);
        Map<String, BigDecimal> carriedShares = byDue(carriedOver, raised);
        Map<String, BigDecimal> returned = st.end().map(YearEnd::returned).orElse(Map.of());

        Map<String, Grant> grants = new HashMap<>();
        st.grants().forEach(g -> grants.put(g.partnerId(), g));

        List<PoolFigures.PartnerFigures> lines = new ArrayList<>();
        for (String p : ids) {
            if (only.isPresent() && !only.get().equals(p)) {
                continue;
            }
            Grant g = grants.get(p);
            Map<FundingArea, BigDecimal> grantedByArea = g == null ? enumZeros(FundingArea.class) : new EnumMap<>(g.byArea());
            Map<ReceiptKind, BigDecimal> rk = receivedByKind.get(p);
            BigDecimal rec = sum(rk.values());
            Map<FundingArea, BigDecimal> sp = enumZeros(FundingArea.class);
            spentShares.forEach((a, m) -> sp.put(a, m.get(p)));
            PoolFigures.Amounts amounts = new PoolFigures.Amounts(grantedByArea, raised.grant().get(p), raised.ownShare().get(p),
                    raised.contribution().get(p), raised.gapShare().get(p), raised.due().get(p), rk, rec,
                    raised.due().get(p).subtract(rec), sp, sum(sp.values()), unspentShares.get(p),
                    returned.getOrDefault(p, ZERO), carriedShares.get(p));
            lines.add(new PoolFigures.PartnerFigures(p, partners.name(caller, tenantId, p).orElse(p),
                    p.equals(st.settings().hostId()), g == null ? null : g.noticeDate(), amounts));
        }

        Map<FundingArea, BigDecimal> grantedByArea = enumZeros(FundingArea.class);
        st.grants().forEach(g -> g.byArea().forEach((a, v) -> grantedByArea.merge(a, v, BigDecimal::add)));
        Map<ReceiptKind, BigDecimal> rk = enumZeros(ReceiptKind.class);
        st.receipts().forEach(r -> rk.merge(r.kind(), r.amount(), BigDecimal::add));
        PoolFigures.Amounts pool = new PoolFigures.Amounts(grantedByArea, sum(raised.grant().values()),
                sum(raised.ownShare().values()), sum(raised.contribution().values()), sum(raised.gapShare().values()),
                raised.totalDue(), rk, received, raised.totalDue().subtract(received), spentByArea, spent, unspent,
                sum(returned.values()), carriedOver);
        return new PoolFigures(tenantId, y, st.settings(), List.copyOf(lines), pool, raised.gap(), st.carriedIn(), available,
                byAreaAndType, preFinanced, left, hours, costs, st.end().isPresent(),
                st.end().map(YearEnd::closedOn).orElse(null));
    }

    // ------------------------------------------------------------------ helpers

    private String partner(Caller caller, String tenantId, String field, String value) {
        String id = Ids.id(field, value);
        if (partners.name(caller, tenantId, id).isEmpty()) {
            throw IkzException.invalid(field, "Es gibt keinen Beteiligten „" + id + "“ in diesem Mandanten.");
        }
        return id;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw IkzException.invalid("body", "a request body is required");
        }
        return body;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Map<String, BigDecimal> zeros(List<String> ids) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        ids.forEach(p -> m.put(p, ZERO));
        return m;
    }

    private static <E extends Enum<E>> Map<E, BigDecimal> enumZeros(Class<E> type) {
        Map<E, BigDecimal> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, ZERO);
        }
        return m;
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(ZERO, BigDecimal::add).setScale(2);
    }
}
