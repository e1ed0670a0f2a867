package de.ikz.kinderschutz.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.agreement.KeySpec;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.members.Field;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.Members;
import de.ikz.kinderschutz.internal.reports.Budget.Category;
import de.ikz.kinderschutz.internal.reports.Budget.Expense;
import de.ikz.kinderschutz.internal.reports.Indicators.FieldRow;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The network budget (budget, expenses, split among the partners through the core's allocation
 * engine, notices through the document service) and the yearly indicators (report, PDF/A, CSV).
 * The coordinator changes the budget; coordinator and auditor read both. The indicators read the
 * other parts' tables (members, meetings, follow-ups) and the training totals.
 */
@Component(service = ReportsService.class)
public class ReportsService {

    /** Years a budget or an indicators report may name. */
    static final int MIN_YEAR = 2000;

    public record BudgetInput(java.math.BigDecimal amount, String basis, String key, List<String> partners) {
    }

    public record ExpenseInput(LocalDate spentOn, java.math.BigDecimal amount, String category, String documentNo, String note) {
    }

    /** A rendered document. */
    public record File(String name, String mediaType, byte[] content) {
    }

    /** Reads participants (public bodies) of the tenant; find logs its contact-person read (a notice shows them). */
    public interface Participants {
        List<Participant> bodies(Caller caller, String tenantId);

        Optional<Participant> find(Caller caller, String tenantId, String id);
    }

    private final Database db;
    private final AuditLog audit;
    private final Members members;
    private final TrainingService training;
    private final AllocationService allocation;
    private final DocumentService documents;
    private final Participants participants;
    private final Clock clock;

    @Activate
    public ReportsService(@Reference Database db, @Reference AuditLog audit, @Reference Members members, @Reference TrainingService training,
                          @Reference AllocationService allocation, @Reference DocumentService documents,
                          @Reference ParticipantService participants, @Reference Schema schema) {
        this(db, audit, members, training, allocation, documents, new Participants() {
            @Override
            public List<Participant> bodies(Caller caller, String tenantId) {
                return participants.listBodies(caller, tenantId);
            }

            @Override
            public Optional<Participant> find(Caller caller, String tenantId, String id) {
                return participants.find(caller, tenantId, id);
            }
        }, Clock.systemUTC());
    }

    /**
     * The service on its collaborators with a clock of its own (tests). A static factory, not a public constructor: DS
     * picks the {@code @Activate} constructor by its number of arguments, which a second public one would make ambiguous.
     */
    public static ReportsService of(Database db, AuditLog audit, Members members, TrainingService training, AllocationService allocation,
                                    DocumentService documents, Participants participants, Clock clock) {
        return new ReportsService(db, audit, members, training, allocation, documents, participants, clock);
    }

    private ReportsService(Database db, AuditLog audit, Members members, TrainingService training, AllocationService allocation,
                           DocumentService documents, Participants participants, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.members = members;
        this.training = training;
        this.allocation = allocation;
        this.documents = documents;
        this.participants = participants;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), GermanFormat.ZONE);
    }

    static int year(String field, Integer year) {
        if (year == null || year < MIN_YEAR || year > 2100) {
            throw IkzException.invalid(field, "ein Jahr von " + MIN_YEAR + " bis 2100");
        }
        return year;
    }

    // ------------------------------------------------------------------ budget

    public Optional<Budget> budget(Caller caller, String tenantId, int year) {
        NetworkRoles.requireReader(caller, tenantId);
        year("year", year);
        return load(caller, tenantId, year);
    }

    /** Sets the year's budget, its basis and key and the partners sharing it (default: the member institutions that are participants). */
    public Budget setBudget(Caller caller, String tenantId, int year, BudgetInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        year("year", year);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zum Budget fehlen");
        }
        BigDecimal amount = Amount.of("amount", in.amount(), Amount.Sign.NON_NEGATIVE).value();
        String basis = in.basis() == null || in.basis().isBlank() ? "BUDGET" : in.basis().strip().toUpperCase(java.util.Locale.ROOT);
        if (!basis.equals("BUDGET") && !basis.equals("SPENT")) {
            throw IkzException.invalid("basis", "BUDGET (Abschläge auf das Budget) oder SPENT (Verteilung der Ausgaben)");
        }
        String key = in.key() == null || in.key().isBlank() ? "population" : in.key().strip();
        if (!key.equals("population") && !key.equals("equal")) {
            throw IkzException.invalid("key", "population (Einwohner) oder equal (gleiche Teile)");
        }
        List<String> partners = new ArrayList<>();
        List<String> known = participants.bodies(caller, tenantId).stream().map(Participant::id).toList();
        if (in.partners() == null || in.partners().isEmpty()) {
            members.institutions(tenantId).stream().filter(i -> i.memberOn(LocalDate.of(year, 12, 31)))
                    .map(Institution::participantId).flatMap(Optional::stream).filter(known::contains).distinct().forEach(partners::add);
        } else {
            for (String p : in.partners()) {
                String id = Ids.id("partners", p);
                if (!known.contains(id)) {
                    throw IkzException.invalid("partners", "kein Beteiligter des Mandanten: " + id);
                }
                if (!partners.contains(id)) {
                    partners.add(id);
                }
            }
        }
        if (partners.isEmpty()) {
            throw IkzException.invalid("partners", "Kein Partner teilt das Budget: nennen Sie die Beteiligten oder ordnen Sie den "
                    + "Jugendämtern im Netzwerk ihre Beteiligten zu.");
        }
        // the split must work before anything is stored (an unknown figure, a key the engine refuses)
        split(caller, tenantId, year, key, partners, amount);
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            int n = ts.update("UPDATE kinderschutz_budget SET amount = ?, basis = ?, split_key = ?, partners = ?, changed_by = ?, changed_at = ? "
                    + "WHERE tenant_id = :tenant AND budget_year = ?", amount, basis, key, Fields.join(partners), caller.user(), stamp(), year);
            if (n == 0) {
                ts.update("INSERT INTO kinderschutz_budget (tenant_id, budget_year, amount, basis, split_key, partners, changed_by, changed_at) "
                        + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", year, amount, basis, key, Fields.join(partners), caller.user(), stamp());
            }
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/budget/" + year, "budget " + amount + " split by " + key
                    + " (" + basis + ") among " + partners.size());
            return null;
        });
        return load(caller, tenantId, year).orElseThrow();
    }

    public Budget addExpense(Caller caller, String tenantId, int year, ExpenseInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        year("year", year);
        if (load(caller, tenantId, year).isEmpty()) {
            throw IkzException.invalid("year", "Für " + year + " ist kein Budget angelegt.");
        }
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Ausgabe fehlen");
        }
        if (in.spentOn() == null || in.spentOn().getYear() != year) {
            throw IkzException.invalid("spentOn", "ein Datum im Jahr " + year);
        }
        Fields.notFuture("spentOn", in.spentOn(), today());
        BigDecimal amount = Amount.of("amount", in.amount(), Amount.Sign.POSITIVE).value();
        Category category = Fields.choice("category", in.category(), Category.class, Category.OTHER);
        String doc = Fields.line("documentNo", in.documentNo(), 60, true);
        String note = Fields.line("note", in.note(), 500, false);
        db.inTransaction(s -> {
            String id = Ids.unused(s.tenant(tenantId), "kinderschutz_expense", "X");
            s.tenant(tenantId).update("INSERT INTO kinderschutz_expense (tenant_id, id, budget_year, spent_on, amount, category, document_no, "
                    + "note, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, year, Date.valueOf(in.spentOn()), amount,
                    category.name(), doc, note, caller.user(), stamp());
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/budget/" + year + "/expense/" + id, category + " " + amount);
            return null;
        });
        return load(caller, tenantId, year).orElseThrow();
    }

    private Optional<Budget> load(Caller caller, String tenantId, int year) {
        record Row(BigDecimal amount, String basis, String key, List<String> partners) {
        }
        Optional<Row> row = db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT amount, basis, split_key, partners FROM kinderschutz_budget "
                + "WHERE tenant_id = :tenant AND budget_year = ?", rs -> new Row(rs.getBigDecimal(1).setScale(2), rs.getString(2), rs.getString(3),
                        Fields.split(rs.getString(4))), year));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Expense> expenses = db.inTransaction(s -> s.tenant(tenantId).query("SELECT * FROM kinderschutz_expense WHERE tenant_id = :tenant "
                + "AND budget_year = ? ORDER BY spent_on, id", rs -> new Expense(rs.getString("id"), rs.getDate("spent_on").toLocalDate(),
                        rs.getBigDecimal("amount").setScale(2), rs.getString("category"), rs.getString("document_no"), rs.getString("note")), year));
        BigDecimal spent = expenses.stream().map(Expense::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Row r = row.get();
        BigDecimal basisAmount = r.basis().equals("SPENT") ? spent : r.amount();
        Map<String, BigDecimal> shares = split(caller, tenantId, year, r.key(), r.partners(), basisAmount);
        return Optional.of(new Budget(year, r.amount(), r.basis(), r.key(), r.partners(), expenses, spent, r.amount().subtract(spent),
                shares));
    }

    private Map<String, BigDecimal> split(Caller caller, String tenantId, int year, String key, List<String> partners, BigDecimal amount) {
        KeySpec spec = new KeySpec(key, key.equals("population") ? "population" : null, null, null, null, null, null, null, null, null);
        return new LinkedHashMap<>(allocation.split(caller, tenantId, year, spec, partners, amount, null));
    }

    /** The notice to one partner about its share of the year's network budget (PDF/A). */
    public File notice(Caller caller, String tenantId, int year, String partnerId) {
        Budget b = budget(caller, tenantId, year).orElseThrow(() -> IkzException.notFound("budget", String.valueOf(year)));
        String pid = Ids.id("partner", partnerId);
        BigDecimal share = Optional.ofNullable(b.shares().get(pid)).orElseThrow(() -> IkzException.notFound("partner", pid));
        Participant partner = participants.find(caller, tenantId, pid).orElseThrow(() -> IkzException.notFound("partner", pid));
        Participant host = participants.find(caller, tenantId, b.partners().get(0)).orElse(partner);
        Letterhead sender = documents.letterhead(host);
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("das Netzwerk Kinderschutz und Frühe Hilfen wird nach § 3 KKG und § 9 LKiSchG NRW gemeinsam getragen. "
                + (b.basis().equals("SPENT") ? "Die im Jahr " + year + " verausgabten Mittel von " + GermanFormat.money(b.spent())
                        : "Das Netzwerkbudget " + year + " von " + GermanFormat.money(b.amount()))
                + " wird unter den Partnern " + (b.key().equals("population") ? "nach Einwohnerzahl" : "zu gleichen Teilen") + " verteilt."));
        body.add(Block.paragraph("Auf Sie entfällt ein Anteil von " + GermanFormat.money(share) + "."));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> names = names(caller, tenantId);
        b.shares().forEach((k, v) -> rows.add(List.of(names.getOrDefault(k, k), v)));
        Table data = new Table("Verteilung " + year, List.of(Table.Column.text("Partner", 3), Table.Column.money("Anteil")), rows,
                List.of("Summe", b.shares().values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)));
        Letter letter = new Letter(new DocumentInfo("Netzwerkbudget Kinderschutz " + year, sender.name(), clock.instant(), "de",
                "netzwerkbudget-" + year + "-" + pid + ".pdf"), sender, partner.address(), today(),
                List.of(new de.ikz.api.document.Field("Jahr", String.valueOf(year))), "Netzwerkbudget Kinderschutz " + year + ": Ihr Anteil",
                body, List.of("Mit freundlichen Grüßen", "Im Auftrag", sender.name(), Letter.MACHINE_MADE), List.of(data), null);
        byte[] pdf = documents.render(letter, DocumentService.Format.PDF);
        return new File("netzwerkbudget-" + year + "-" + pid + ".pdf", "application/pdf", pdf);
    }

    private Map<String, String> names(Caller caller, String tenantId) {
        Map<String, String> m = new LinkedHashMap<>();
        participants.bodies(caller, tenantId).forEach(p -> m.put(p.id(), p.name()));
        return m;
    }

    // ------------------------------------------------------------------ indicators

    public Indicators indicators(Caller caller, String tenantId, int year) {
        NetworkRoles.requireReader(caller, tenantId);
        year("year", year);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<String, Field> fieldOf = new LinkedHashMap<>();
        Map<Field, long[]> counts = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            counts.put(f, new long[5]);
        }
        for (Institution i : members.institutions(tenantId)) {
            fieldOf.put(i.id(), i.field());
            long[] c = counts.get(i.field());
            if (i.memberOn(to)) {
                c[0]++;
            }
            if (!i.joined().isBefore(from) && !i.joined().isAfter(to)) {
                c[1]++;
            }
            if (i.left().map(l -> !l.isBefore(from) && !l.isAfter(to)).orElse(false)) {
                c[2]++;
            }
        }
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
        long[] held = new long[2];
        long[] follow = new long[2];
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            ts.query("SELECT kind, COUNT(*) FROM kinderschutz_meeting WHERE tenant_id = :tenant AND status = 'HELD' AND starts_at >= ? "
                    + "AND starts_at < ? GROUP BY kind", rs -> {
                        held[rs.getString(1).equals("CONFERENCE") ? 0 : 1] = rs.getLong(2);
                        return null;
                    }, start, end);
            ts.query("SELECT mi.institution_id, mi.invited, mi.attended FROM kinderschutz_meeting_institution mi WHERE mi.tenant_id = :tenant "
                    + "AND mi.meeting_id IN (SELECT m.id FROM kinderschutz_meeting m WHERE m.tenant_id = :tenant AND m.status = 'HELD' "
                    + "AND m.starts_at >= ? AND m.starts_at < ?)", rs -> {
                        Field f = fieldOf.get(rs.getString(1));
                        if (f != null && rs.getBoolean(2)) {
                            counts.get(f)[3]++;
                            if (rs.getBoolean(3)) {
                                counts.get(f)[4]++;
                            }
                        }
                        return null;
                    }, start, end);
            ts.query("SELECT due_on, done_on FROM kinderschutz_followup WHERE tenant_id = :tenant AND due_on >= ? AND due_on <= ?", rs -> {
                follow[0]++;
                Date done = rs.getDate(2);
                if (done != null && !done.toLocalDate().isAfter(rs.getDate(1).toLocalDate())) {
                    follow[1]++;
                }
                return null;
            }, Date.valueOf(from), Date.valueOf(to));
            return null;
        });
        Map<String, Long> trained = new LinkedHashMap<>();
        training.totals(tenantId, year).get("fields").forEach(t -> trained.put(t.key(), t.attendees()));
        List<FieldRow> rows = new ArrayList<>();
        for (Field f : Field.values()) {
            long[] c = counts.get(f);
            rows.add(new FieldRow(f.name(), f.label(), c[0], c[1], c[2], c[3], c[4], rate(c[4], c[3]), trained.getOrDefault(f.name(), 0L)));
        }
        return new Indicators(year, rows, held[0], held[1], follow[0], follow[1], rate(follow[1], follow[0]));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The indicators as PDF/A or CSV (the CSV: one row per field, the totals as the last row). */
    public File indicatorsDocument(Caller caller, String tenantId, int year, DocumentService.Format format) {
        Indicators ind = indicators(caller, tenantId, year);
        List<List<Object>> rows = new ArrayList<>();
        for (FieldRow r : ind.fields()) {
            rows.add(List.of(r.label(), r.members(), r.joined(), r.left(), r.invited(), r.attended(),
                    percent(r.attendanceRate()), r.trainingParticipants()));
        }
        Table data = new Table("Partner, Sitzungsteilnahme und Fortbildung nach Bereich " + year, List.of(Table.Column.text("Bereich", 4),
                Table.Column.of("Mitglieder 31.12.", Table.Type.INTEGER), Table.Column.of("Beigetreten", Table.Type.INTEGER),
                Table.Column.of("Ausgetreten", Table.Type.INTEGER), Table.Column.of("Einladungen", Table.Type.INTEGER),
                Table.Column.of("Teilnahmen", Table.Type.INTEGER), Table.Column.text("Quote %", 1),
                Table.Column.of("Fortgebildete", Table.Type.INTEGER)), rows,
                List.of("Summe", ind.members(), ind.fields().stream().mapToLong(FieldRow::joined).sum(),
                        ind.fields().stream().mapToLong(FieldRow::left).sum(), ind.fields().stream().mapToLong(FieldRow::invited).sum(),
                        ind.fields().stream().mapToLong(FieldRow::attended).sum(),
                        percent(rate(ind.fields().stream().mapToLong(FieldRow::attended).sum(),
                                ind.fields().stream().mapToLong(FieldRow::invited).sum())),
                        ind.trainingParticipants()));
        List<Block> body = List.of(Block.heading("Sitzungen und Aufgaben"), Block.fields(List.of(
                new de.ikz.api.document.Field("Netzwerkkonferenzen", String.valueOf(ind.conferences())),
                new de.ikz.api.document.Field("Sitzungen der Arbeitsgruppen", String.valueOf(ind.workingGroups())),
                new de.ikz.api.document.Field("Aufgaben fällig", String.valueOf(ind.followUpsDue())),
                new de.ikz.api.document.Field("davon fristgerecht erledigt", ind.followUpsOnTime() + (ind.onTimeRate() == null ? ""
                        : " (" + GermanFormat.decimal(ind.onTimeRate(), 1, false) + " %)")))), data);
        String title = "Kennzahlen des Kinderschutz-Netzwerks " + year;
        String ext = format == DocumentService.Format.PDF ? "pdf" : "csv";
        Report report = new Report(new DocumentInfo(title, "Netzwerkkoordination Kinderschutz", clock.instant(), "de",
                "kennzahlen-kinderschutz-" + year + "." + ext), new Letterhead("Netzwerkkoordination Kinderschutz", null, null, null, null, null,
                null, null), title, "für die Bundesbefragung der Kommunen und die Qualitätsentwicklung (§ 9 LKiSchG NRW)", true, body,
                "Stand " + GermanFormat.date(today()), data);
        return new File("kennzahlen-kinderschutz-" + year + "." + ext, format.mediaType(), documents.render(report, format));
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "–" : GermanFormat.decimal(rate, 1, false);
    }

    private Timestamp stamp() {
        return Timestamp.from(clock.instant());
    }
}
