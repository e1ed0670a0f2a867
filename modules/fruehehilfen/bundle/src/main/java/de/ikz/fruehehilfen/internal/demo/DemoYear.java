package de.ikz.fruehehilfen.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.ClosingReason;
import de.ikz.fruehehilfen.internal.families.ConsentScope;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.families.StaffKind;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolSettings;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.visits.ContactKind;
import de.ikz.fruehehilfen.internal.visits.ContactPlace;
import de.ikz.fruehehilfen.internal.visits.ContentCategory;
import de.ikz.fruehehilfen.internal.visits.Factor;
import de.ikz.fruehehilfen.internal.visits.ReferralService;
import de.ikz.fruehehilfen.internal.visits.VisitService;

/**
 * The demo year of the Frühe Hilfen in the Kreis Heinsberg, from the grants to the final proofs of
 * use: the pool of the Kreisjugendamt and the towns Erkelenz, Geilenkirchen, Heinsberg and
 * Hückelhoven (the core's demo participants), the family-midwife service at the scale of the
 * StädteRegion Aachen 2016 (151 families, 120 of them new, 692 home visits and accompaniments, three
 * midwives at half time, one FGKiKP and a part-time coordinator), and the year end.
 * <p>
 * Figures in the style of 2021 (examples, not the real books): the Kreis' federal grant of
 * 104,178.00 and Geilenkirchen's 12,500.00 with 20 % own share on top (125,013.60 and 15,000.00),
 * fixed yearly contributions of the three other towns (1,000.00 together), so the pooled money is
 * 141,013.60 against a budget need of 161,000.00; the gap is split by fixed percentages,
 * Geilenkirchen 12 %. Every name is invented and marked "Beispiel".
 * <p>
 * Goes through the module's services as a user would (same checks, same access log): as the
 * coordinator {@code koordination} (the core demo's coordinator of the modules), and as the demo professional {@value #PROFESSIONAL_USER} for her own families. Never
 * SQL. Deterministic: one seeded {@link Random}, dates from the year; only the ids the services
 * draw differ between runs. Each section is skipped when its data is there, so a second run
 * changes nothing.
 */
public final class DemoYear {

    /** The demo user who is a family midwife of the service (module role professional). */
    public static final String PROFESSIONAL_USER = "hebamme";

    static final String KREIS = "ja-kreis-heinsberg";
    static final String ERKELENZ = "ja-erkelenz";
    static final String GEILENKIRCHEN = "ja-geilenkirchen";
    static final String HEINSBERG = "ja-heinsberg";
    static final String HUECKELHOVEN = "ja-hueckelhoven";

    /** The families of the year (as in the StädteRegion Aachen 2016): served, of them opened in the year. */
    public static final int FAMILIES = 151;
    public static final int NEW_CASES = 120;
    /** Home visits and accompaniments in the year. */
    public static final int VISITS = 692;

    public static final BigDecimal BUDGET = new BigDecimal("161000.00");
    static final BigDecimal GRANT_KREIS = new BigDecimal("104178.00");
    static final BigDecimal GRANT_GEILENKIRCHEN = new BigDecimal("12500.00");

    /** Municipalities (AGS) of each partner's jurisdiction as the core's demo sets them, with weights by population. */
    static final Map<String, List<String>> AREAS = new LinkedHashMap<>();
    static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        AREAS.put(KREIS, List.of("05370008", "05370024", "05370028", "05370032", "05370036", "05370040"));
        AREAS.put(ERKELENZ, List.of("05370004"));
        AREAS.put(GEILENKIRCHEN, List.of("05370012"));
        AREAS.put(HEINSBERG, List.of("05370016"));
        AREAS.put(HUECKELHOVEN, List.of("05370020"));
        // inhabitants in thousands, rounded (the Kreisjugendamt's six municipalities together)
        WEIGHTS.put(KREIS, 102);
        WEIGHTS.put(ERKELENZ, 44);
        WEIGHTS.put(GEILENKIRCHEN, 28);
        WEIGHTS.put(HEINSBERG, 42);
        WEIGHTS.put(HUECKELHOVEN, 40);
    }

    private static final String[] TOWNS = {"Erkelenz", "Geilenkirchen", "Heinsberg", "Hückelhoven", "Wegberg", "Übach-Palenberg"};
    private static final long SEED = 20_140_101L;

    /** The module's services the demo walks through. */
    public record Services(PoolService pool, FamilyService families, VisitService visits, Reports reports) {
    }

    /** What a run loaded, for the console line and the tests. */
    public record Result(int year, boolean pool, int families, int newCases, int visits, int phoneCalls, boolean closed,
                         int proofsFinal) {
    }

    private final Services s;
    private final String tenant;
    private final int year;
    private final Caller coordinator;
    private final Caller professional;
    private final LocalDate today;
    private final Random random = new Random(SEED);

    private DemoYear(Services services, String tenant, int year, LocalDate today) {
        this.s = services;
        this.today = today;
        this.tenant = tenant;
        this.year = year;
        this.coordinator = new Caller("koordination", Set.of(PlatformRole.COORDINATOR), Optional.of(tenant), Optional.empty(),
                Set.of(ModuleDefinition.ID), "demo");
        this.professional = new Caller(PROFESSIONAL_USER, Set.of(), Optional.of(tenant), Optional.empty(), Set.of(), "demo",
                Set.of(Caller.moduleRole(ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL)));
    }

    /**
     * The year the demo loads for the year the core's demo asks for: that year if it is over, else the
     * last year that is (contacts never lie in the future, and a proof of use is final only after its year).
     */
    public static int demoYear(int requested, LocalDate today) {
        return Math.min(requested, today.getYear() - 1);
    }

    /**
     * Loads the demo year into the tenant; sections that are there already are left as they are.
     *
     * @param platformAdmin the platform admin running {@code ikz:demo-load}
     */
    public static Result load(Services services, Caller platformAdmin, String tenant, int requestedYear, LocalDate today) {
        if (platformAdmin == null || !platformAdmin.isPlatformAdmin()) {
            throw IkzException.forbidden("the demo is loaded by a platform admin");
        }
        return new DemoYear(services, tenant, demoYear(requestedYear, today), today).run();
    }

    /** The console line for a result. */
    public static String line(String tenant, int requestedYear, Result r) {
        StringBuilder b = new StringBuilder("Frühe Hilfen demo year " + r.year() + " in '" + tenant + "'");
        if (r.year() != requestedYear) {
            b.append(" (the last completed year: contacts never lie in the future)");
        }
        b.append(": ");
        if (!r.pool() && r.families() == 0 && !r.closed() && r.proofsFinal() == 0) {
            return b.append("loaded already, nothing changed.").toString();
        }
        List<String> parts = new ArrayList<>();
        if (r.pool()) {
            parts.add("pool of the Kreis Heinsberg and four towns (budget " + BUDGET.toPlainString() + ", own share 20 % on top, "
                    + "gap split by percentages, Geilenkirchen 12 %) with receipts, expenses and network work");
        }
        if (r.families() > 0) {
            parts.add("5 staff, " + r.families() + " families (" + r.newCases() + " new cases), " + r.visits()
                    + " home visits and accompaniments, " + r.phoneCalls() + " phone calls; demo user " + PROFESSIONAL_USER
                    + " is a family midwife");
        }
        if (r.closed()) {
            parts.add("year closed, unspent money returned");
        }
        if (r.proofsFinal() > 0) {
            parts.add(r.proofsFinal() + " proofs of use final");
        }
        return b.append(String.join("; ", parts)).append(" (names invented).").toString();
    }

    private Result run() {
        boolean pooled = false;
        if (s.pool().grants(coordinator, tenant, year).isEmpty()) {
            pool();
            pooled = true;
        }
        int[] service = {0, 0, 0, 0};
        if (s.families().staffList(coordinator, tenant).isEmpty()) {
            service = service();
        }
        boolean closed = false;
        if (s.pool().yearEnd(coordinator, tenant, year).isEmpty()) {
            LocalDate closing = LocalDate.of(year + 1, 2, 15);
            s.pool().closeYear(coordinator, tenant, year, closing.isAfter(today) ? today : closing);
            closed = true;
        }
        int finals = 0;
        for (Reports.ProofStatus p : s.reports().proofs(coordinator, tenant, year)) {
            if (p.lastFinal() == null) {
                s.reports().saveText(coordinator, tenant, year, p.partner(), narrative());
                s.reports().markFinal(coordinator, tenant, year, p.partner());
                finals++;
            }
        }
        return new Result(year, pooled, service[0], service[1], service[2], service[3], closed, finals);
    }

    // ------------------------------------------------------------------------------------ the pool

    private void pool() {
        Map<String, BigDecimal> gap = new LinkedHashMap<>();
        gap.put(KREIS, BigDecimal.valueOf(46));
        gap.put(ERKELENZ, BigDecimal.valueOf(14));
        gap.put(GEILENKIRCHEN, BigDecimal.valueOf(12));
        gap.put(HEINSBERG, BigDecimal.valueOf(14));
        gap.put(HUECKELHOVEN, BigDecimal.valueOf(14));
        s.pool().saveSettings(coordinator, tenant, year, new PoolService.SettingsInput(KREIS, BigDecimal.valueOf(20),
                PoolSettings.ON_TOP, BUDGET, PoolSettings.GAP_PERCENT, null, gap, false, false));
        s.pool().setGrant(coordinator, tenant, year, new PoolService.GrantInput(KREIS, GRANT_KREIS, LocalDate.of(year, 2, 12),
                Map.of("I", new BigDecimal("20000.00"), "II", new BigDecimal("80178.00"), "III", new BigDecimal("4000.00"))));
        s.pool().setGrant(coordinator, tenant, year, new PoolService.GrantInput(GEILENKIRCHEN, GRANT_GEILENKIRCHEN,
                LocalDate.of(year, 2, 19), Map.of("I", new BigDecimal("2500.00"), "II", new BigDecimal("10000.00"))));
        s.pool().setContribution(coordinator, tenant, year, new PoolService.ContributionInput(ERKELENZ, new BigDecimal("400.00"),
                "Fester Jahresbeitrag (Beispielwert)"));
        s.pool().setContribution(coordinator, tenant, year, new PoolService.ContributionInput(HEINSBERG, new BigDecimal("300.00"),
                "Fester Jahresbeitrag (Beispielwert)"));
        s.pool().setContribution(coordinator, tenant, year, new PoolService.ContributionInput(HUECKELHOVEN, new BigDecimal("300.00"),
                "Fester Jahresbeitrag (Beispielwert)"));

        // receipts: everything due arrives during the year (the Kreis' grant in two instalments)
        PoolFigures f = s.pool().figures(coordinator, tenant, year);
        for (PoolFigures.PartnerFigures p : f.partners()) {
            PoolFigures.Amounts a = p.amounts();
            if (a.granted().signum() > 0) {
                if (p.partnerId().equals(KREIS)) {
                    BigDecimal first = a.granted().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                    receipt(LocalDate.of(year, 4, 15), p.partnerId(), first, "GRANT", "Bundesmittel, 1. Rate");
                    receipt(LocalDate.of(year, 10, 15), p.partnerId(), a.granted().subtract(first), "GRANT", "Bundesmittel, 2. Rate");
                } else {
                    receipt(LocalDate.of(year, 4, 22), p.partnerId(), a.granted(), "GRANT", "Bundesmittel");
                }
            }
            receipt(LocalDate.of(year, 3, 31), p.partnerId(), a.ownShare(), "OWN_SHARE", "Eigenanteil 20 %");
            receipt(LocalDate.of(year, 3, 31), p.partnerId(), a.contributions(), "CONTRIBUTION", "Fester Jahresbeitrag");
            receipt(LocalDate.of(year, 6, 30), p.partnerId(), a.gapShare(), "GAP_SHARE", "Anteil an der Deckungslücke");
        }

        // expenses over the year, per funding area and cost type
        int doc = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate payday = LocalDate.of(year, m, 25);
            expense("II", "PERSONNEL", ++doc, payday, "Familienhebammen und FGKiKP, Entgelt " + m + "/" + year, cents(815_000, 10_000));
            expense("I", "PERSONNEL", ++doc, payday, "Koordinierungsstelle (Teilzeit), Entgelt " + m + "/" + year, cents(338_000, 4_000));
            expense("II", "MATERIAL", ++doc, LocalDate.of(year, m, 28), "Fahrtkosten und Material der Hausbesuche " + m + "/" + year,
                    cents(32_000, 6_000));
        }
        for (int q = 1; q <= 4; q++) {
            expense("II", "SUPERVISION", ++doc, LocalDate.of(year, q * 3, 10), "Fallsupervision der Fachkräfte, Quartal " + q,
                    new BigDecimal("650.00"));
        }
        expense("II", "TRAINING", ++doc, LocalDate.of(year, 5, 6), "Qualifizierung nach NZFH-Kompetenzprofil", new BigDecimal("1240.00"));
        expense("II", "TRAINING", ++doc, LocalDate.of(year, 9, 16), "Fachtag Familienhebammen NRW", new BigDecimal("1160.00"));
        expense("III", "MATERIAL", ++doc, LocalDate.of(year, 7, 1), "Innovation: digitales Elterncafé, Ausstattung", new BigDecimal("1480.00"));
        expense("III", "PUBLIC_RELATIONS", ++doc, LocalDate.of(year, 8, 12), "Innovation: Willkommensmappe in fünf Sprachen",
                new BigDecimal("920.00"));

        // network coordination work (funding area I); costs are booked as area-I expenses
        for (int q = 1; q <= 4; q++) {
            network("MEETING", LocalDate.of(year, q * 3 - 1, 14), "3.00", "180.00", "Netzwerktreffen Frühe Hilfen, Quartal " + q, ++doc);
        }
        network("MEETING", LocalDate.of(year, 6, 3), "2.50", null, "Abstimmung mit den Geburtskliniken", 0);
        network("MEETING", LocalDate.of(year, 11, 4), "2.50", null, "Arbeitskreis Kinderschutz", 0);
        network("TRAINING", LocalDate.of(year, 4, 9), "6.00", "950.00", "Fortbildung Netzwerkpartner: Feinfühligkeit", ++doc);
        network("TRAINING", LocalDate.of(year, 10, 8), "6.00", "850.00", "Fortbildung Netzwerkpartner: Kinderschutz", ++doc);
        network("PUBLIC_RELATIONS", LocalDate.of(year, 3, 17), "8.00", "1250.00", "Flyer und Internetseite der Frühen Hilfen", ++doc);
        network("PUBLIC_RELATIONS", LocalDate.of(year, 9, 20), "4.00", "1250.00", "Weltkindertag: Stand der Frühen Hilfen", ++doc);
    }

    private BigDecimal cents(int base, int spread) {
        return BigDecimal.valueOf(base + random.nextInt(spread), 2);
    }

    private void receipt(LocalDate date, String partner, BigDecimal amount, String kind, String text) {
        if (amount.signum() > 0) {
            s.pool().addReceipt(coordinator, tenant, year, new PoolService.ReceiptInput(date, partner, amount, kind, text + " (Beispiel)"));
        }
    }

    private void expense(String area, String type, int doc, LocalDate date, String text, BigDecimal amount) {
        s.pool().addExpense(coordinator, tenant, year, new PoolService.ExpenseInput(area, type, document(doc), date,
                text + " (Beispiel)", amount));
    }

    private void network(String kind, LocalDate date, String hours, String cost, String text, int doc) {
        s.pool().addNetworkWork(coordinator, tenant, year, new PoolService.NetworkWorkInput(kind, date, new BigDecimal(hours),
                cost == null ? null : new BigDecimal(cost), text + " (Beispiel)", cost == null ? null : document(doc)));
    }

    private String document(int n) {
        return "HS-FH-" + year + "-" + String.format("%03d", n);
    }

    // ------------------------------------------------------------------------------------ the service

    /** One family as planned before anything is written. */
    private record Plan(String office, String ags, LocalDate opened, Optional<LocalDate> closed, int staff, Referral referral) {
    }

    /** @return families, new cases, home visits and accompaniments, phone calls */
    private int[] service() {
        // the service started in 2014; an earlier demo year starts with its staff in the year before
        LocalDate since = LocalDate.of(Math.min(2014, year - 1), 1, 1);
        List<Staff> staff = new ArrayList<>();
        staff.add(staff("MIDWIFE", "Hanna Beispiel", true, LocalDate.of(2016, 5, 20), "19.5", since, PROFESSIONAL_USER));
        staff.add(staff("MIDWIFE", "Miriam Beispiel", true, LocalDate.of(2018, 3, 9), "19.5", since, null));
        staff.add(staff("MIDWIFE", "Sabine Beispiel", false, null, "19.5", LocalDate.of(year - 2, 8, 1), null));
        staff.add(staff("FGKIKP", "Jana Beispiel", true, LocalDate.of(2019, 11, 15), "25", since, null));
        staff("COORDINATION", "Klara Beispiel", false, null, "19.5", since, null);

        List<Plan> plans = plans();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        // home visits and accompaniments: one per family, the rest by the days each case was open in the year
        long[] days = new long[plans.size()];
        long total = 0;
        for (int i = 0; i < plans.size(); i++) {
            days[i] = ChronoUnit.DAYS.between(start(plans.get(i), first), end(plans.get(i), last)) + 1;
            total += days[i];
        }
        int[] visits = largestRemainder(days, total, VISITS - plans.size());
        int newCases = 0;
        int visitCount = 0;
        int phone = 0;
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            newCases += p.opened().getYear() == year ? 1 : 0;
            int[] booked = family(p, staff.get(p.staff()), i + 1, 1 + visits[i], first, last);
            visitCount += booked[0];
            phone += booked[1];
        }
        return new int[] {plans.size(), newCases, visitCount, phone};
    }

    private static LocalDate start(Plan p, LocalDate first) {
        return p.opened().isBefore(first) ? first : p.opened();
    }

    private static LocalDate end(Plan p, LocalDate last) {
        return p.closed().filter(c -> c.isBefore(last)).orElse(last);
    }

    /** {@code n} split by weight, largest remainder (ties: the earlier index). */
    static int[] largestRemainder(long[] weights, long total, int n) {
        int[] out = new int[weights.length];
        long[] rest = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = (int) (weights[i] * n / total);
            rest[i] = weights[i] * n % total;
            given += out[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    private List<Plan> plans() {
        List<String> offices = new ArrayList<>();
        WEIGHTS.forEach((office, w) -> {
            for (int i = 0; i < w; i++) {
                offices.add(office);
            }
        });
        Referral[] referrals = Referral.values();
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            String office = offices.get(random.nextInt(offices.size()));
            List<String> area = AREAS.get(office);
            String ags = area.get(random.nextInt(area.size()));
            LocalDate opened;
            if (i < FAMILIES - NEW_CASES) {
                // carried over from the year before
                opened = LocalDate.of(year - 1, 9, 1).plusDays(random.nextInt(110));
            } else {
                opened = LocalDate.of(year, 1, 2).plusDays((long) (i - (FAMILIES - NEW_CASES)) * 330 / NEW_CASES + random.nextInt(3));
            }
            LocalDate closing = opened.plusDays(150 + random.nextInt(120));
            Optional<LocalDate> closed = closing.getYear() <= year && closing.isBefore(LocalDate.of(year, 12, 16))
                    ? Optional.of(closing) : Optional.empty();
            int staff = random.nextInt(4);
            plans.add(new Plan(office, ags, opened, closed, staff, referrals[random.nextInt(referrals.length)]));
        }
        return plans;
    }

    private Staff staff(String kind, String name, boolean nzfh, LocalDate nzfhOn, String hours, LocalDate from, String username) {
        return s.families().createStaff(coordinator, tenant, new FamilyService.StaffInput(kind, name, nzfh, nzfhOn, hours, from, null,
                username));
    }

    /** Opens, documents and (if planned) closes one family; returns home visits/accompaniments and phone calls booked. */
    private int[] family(Plan p, Staff staff, int n, int visits, LocalDate first, LocalDate last) {
        String town = TOWNS[n % TOWNS.length];
        LocalDate birth = p.opened().plusDays(random.nextInt(150) - 90);
        Family f = s.families().createFamily(coordinator, tenant, new FamilyService.FamilyInput(p.ags(), p.opened(),
                p.referral().name(), staff.id(), new FamilyService.IdentityInput("Mutter Beispiel-" + n,
                birth.isAfter(p.opened()) ? null : "Kind Beispiel-" + n, birth, "Musterweg " + (1 + n % 40) + ", " + town
                + " (Beispiel)", null)));
        List<String> scopes = new ArrayList<>(List.of(ConsentScope.DOCUMENTATION.name(), ConsentScope.HEALTH_DATA.name()));
        if (n % 3 == 0) {
            scopes.add(ConsentScope.YOUTH_OFFICE_EXCHANGE.name());
        }
        // her own families the demo midwife documents herself; the others the coordination books for their staff member
        boolean own = staff.username().map(PROFESSIONAL_USER::equals).orElse(false);
        Caller by = own ? professional : coordinator;
        s.families().addConsent(by, tenant, f.id(), new FamilyService.ConsentInput(p.opened(), scopes));
        s.visits().addResources(by, tenant, f.id(), new VisitService.ResourcesInput(p.opened(), factors()));
        s.visits().addAssessment(by, tenant, f.id(), assessment("START", p.opened(), 2));

        LocalDate from = start(p, first);
        LocalDate to = end(p, last);
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        int phone = 0;
        ContentCategory[] categories = ContentCategory.values();
        ReferralService[] services = ReferralService.values();
        for (int k = 0; k < visits; k++) {
            LocalDate day = from.plusDays(span * k / visits);
            boolean accompaniment = random.nextInt(100) < 15;
            List<String> cats = new ArrayList<>();
            cats.add(categories[random.nextInt(categories.length)].name());
            ContentCategory second = categories[random.nextInt(categories.length)];
            if (!cats.contains(second.name())) {
                cats.add(second.name());
            }
            List<String> referrals = random.nextInt(100) < 10 ? List.of(services[random.nextInt(services.length)].name()) : List.of();
            s.visits().addContact(by, tenant, f.id(), new VisitService.ContactInput(own ? null : staff.id(), day,
                    accompaniment ? 90 + 15 * random.nextInt(7) : 60 + 15 * random.nextInt(5),
                    accompaniment ? (random.nextBoolean() ? ContactPlace.CLINIC.name() : ContactPlace.PRACTICE.name())
                            : ContactPlace.HOME.name(),
                    accompaniment ? ContactKind.ACCOMPANIMENT.name() : ContactKind.HOME_VISIT.name(), cats, referrals));
            if (k % 4 == 1) {
                LocalDate call = day.plusDays(2).isAfter(to) ? day : day.plusDays(2);
                s.visits().addContact(by, tenant, f.id(), new VisitService.ContactInput(own ? null : staff.id(), call,
                        10 + 5 * random.nextInt(4), null, ContactKind.PHONE_CALL.name(), List.of(ContentCategory.DAILY_LIFE.name()),
                        List.of()));
                phone++;
            }
        }
        if (visits >= 6) {
            s.visits().addAssessment(by, tenant, f.id(), assessment("DURING", from.plusDays(span / 2), 3));
        }
        if (p.closed().isPresent()) {
            LocalDate closed = p.closed().get();
            s.visits().addAssessment(by, tenant, f.id(), assessment("END", closed, 4));
            ClosingReason reason = n % 9 == 0 ? ClosingReason.MOVED : n % 7 == 0 ? ClosingReason.HANDED_OVER : ClosingReason.GOALS_REACHED;
            s.families().close(by, tenant, f.id(), new FamilyService.ClosingInput(closed, reason.name()));
        }
        return new int[] {visits, phone};
    }

    private List<String> factors() {
        Factor[] all = Factor.values();
        List<String> out = new ArrayList<>();
        int n = 2 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String f = all[random.nextInt(all.length)].name();
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Ratings around {@code level} (1 to 5) for the six areas. */
    private VisitService.AssessmentInput assessment(String phase, LocalDate date, int level) {
        int[] r = new int[6];
        for (int i = 0; i < 6; i++) {
            r[i] = Math.max(1, Math.min(5, level + random.nextInt(3) - 1));
        }
        return new VisitService.AssessmentInput(phase, date, r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    /** The narrative of a proof of use (Sachbericht) with the year's figures as placeholders. */
    static String narrative() {
        return """
                Sachbericht {jahr} – {partner} (Beispieltext)

                Die gemeinsame Koordinierungsstelle Frühe Hilfen des Kreises Heinsberg und der Städte Erkelenz, \
                Geilenkirchen, Heinsberg und Hückelhoven ist beim Kreisjugendamt angesiedelt. Sie koordiniert das Netzwerk \
                Frühe Hilfen und den gemeinsamen Familienhebammendienst.

                Im Jahr {jahr} wurden Bundesmittel der Bundesstiftung Frühe Hilfen in Höhe von {bewilligt} bewilligt; \
                hinzu kamen der Eigenanteil von {eigenanteil}, feste Jahresbeiträge von {festbetrag} und der Anteil an der \
                Deckungslücke von {anteil_luecke}. Eingegangen sind {erhalten}.

                Verausgabt wurden {ausgaben}: im Förderbereich I (Netzwerke) {ausgaben_I}, im Förderbereich II \
                (psychosoziale Unterstützung durch Familienhebammen und FGKiKP) {ausgaben_II} und im Förderbereich III \
                (Innovation) {ausgaben_III}. Nicht verausgabt wurden {nicht_verausgabt}; zurückgezahlt wurden {zurueckgezahlt}.

                Der Familienhebammendienst begleitete {familien} Familien, davon {neue_faelle} neu aufgenommene, in \
                {kontakte} Kontakten mit zusammen {stunden} Stunden.""";
    }
}
