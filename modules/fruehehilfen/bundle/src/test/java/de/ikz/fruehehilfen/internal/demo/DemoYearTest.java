package de.ikz.fruehehilfen.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.allocation.internal.AllocationServiceImpl;
import de.ikz.api.document.DocumentService;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyServiceImpl;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.Sealer;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolServiceImpl;
import de.ikz.fruehehilfen.internal.reports.ProofFigures;
import de.ikz.fruehehilfen.internal.reports.ReportSettings;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.ReportsService;
import de.ikz.fruehehilfen.internal.visits.ContactKind;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitServiceImpl;
import de.ikz.fruehehilfen.internal.visits.VisitLimits;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kreis Heinsberg demo year on Derby, through the real services of every part (pool, families,
 * visits, reports, the core's allocation engine and document service); only the core's participants
 * (the five youth offices with their municipalities), the register and the cipher are stand-ins.
 * Loaded once for the class (it books about 1,700 records); each test reads what it needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoYearTest {

    static final String T = "demo";
    static final LocalDate TODAY = LocalDate.now(de.ikz.kit.text.GermanFormat.ZONE);
    /** What {@code ikz:demo-load} asks for by default: next year. */
    static final int REQUESTED = TODAY.getYear() + 1;
    static final int YEAR = TODAY.getYear() - 1;

    static final Map<String, String> OFFICES = new LinkedHashMap<>();

    static {
        OFFICES.put(DemoYear.KREIS, "Kreisjugendamt Heinsberg");
        OFFICES.put(DemoYear.ERKELENZ, "Jugendamt Stadt Erkelenz");
        OFFICES.put(DemoYear.GEILENKIRCHEN, "Jugendamt Stadt Geilenkirchen");
        OFFICES.put(DemoYear.HEINSBERG, "Jugendamt Stadt Heinsberg");
        OFFICES.put(DemoYear.HUECKELHOVEN, "Jugendamt Stadt Hückelhoven");
    }

    @TempDir
    static Path dir;

    JdbcDatabase db;
    TableAuditLog audit;
    DemoYear.Services services;
    VisitServiceImpl visits;
    FruehehilfenDemoData demo;
    String firstLine;
    long firstRunMillis;

    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller hebamme = Callers.moduleRole(T, DemoYear.PROFESSIONAL_USER, ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);

    @BeforeAll
    void loadTheYear() {
        db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new TableAuditLog(db);
        ParticipantService participants = participants();
        PoolServiceImpl pool = new PoolServiceImpl(db, audit, participants,
                new AllocationServiceImpl(null, null, null, participants, null, null, null), null, defaults(PoolServiceImpl.Config.class));
        FamilyServiceImpl families = new FamilyServiceImpl(db, audit, offices(), SEALER, Clock.system(de.ikz.kit.text.GermanFormat.ZONE));
        visits = new VisitServiceImpl(db, audit, families, SEALER, Clock.system(de.ikz.kit.text.GermanFormat.ZONE),
                VisitLimits.DEFAULTS);
        DocumentService documents = new DocumentServiceImpl();
        ReportsService reports = new ReportsService(null, db, audit, documents, participants, register(), visits, pool,
                defaults(ReportSettings.class));
        services = new DemoYear.Services(pool, families, visits, reports);
        demo = new FruehehilfenDemoData(services);
        long t0 = System.nanoTime();
        firstLine = demo.load(Callers.platformAdmin(), T, REQUESTED);
        firstRunMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("demo year loaded in " + firstRunMillis + " ms: " + firstLine);
    }

    @Test
    void theLastCompletedYearIsLoadedAndTheLineSaysWhatAndWhy() {
        assertThat(DemoYear.demoYear(REQUESTED, TODAY)).isEqualTo(YEAR);
        assertThat(DemoYear.demoYear(YEAR - 3, TODAY)).isEqualTo(YEAR - 3);
        assertThat(firstLine).startsWith("Frühe Hilfen demo year " + YEAR + " in 'demo' (the last completed year")
                .contains("151 families (120 new cases), 692 home visits and accompaniments")
                .contains("6 proofs of use final").contains("names invented");
    }

    @Test
    void theGrantsOwnShareContributionsAndGapFollowTheWorkedExamples() {
        PoolFigures f = services.pool().figures(coordinator, T, YEAR);
        PoolFigures.Amounts kreis = f.partner(DemoYear.KREIS).orElseThrow().amounts();
        PoolFigures.Amounts geilenkirchen = f.partner(DemoYear.GEILENKIRCHEN).orElseThrow().amounts();
        // Kreis Heinsberg 2021: 104,178 federal money, 20 % on top
        assertThat(kreis.granted()).isEqualByComparingTo("104178.00");
        assertThat(kreis.ownShare()).isEqualByComparingTo("20835.60");
        assertThat(kreis.granted().add(kreis.ownShare())).isEqualByComparingTo("125013.60");
        // Geilenkirchen 2021: 15,000 = 12,500 federal + 2,500 own
        assertThat(geilenkirchen.granted().add(geilenkirchen.ownShare())).isEqualByComparingTo("15000.00");
        assertThat(geilenkirchen.ownShare()).isEqualByComparingTo("2500.00");
        // budget need 161,000 against pooled money of about 141,000: the gap split by percentages, Geilenkirchen 12 %
        BigDecimal pooled = f.pool().granted().add(f.pool().ownShare()).add(f.pool().contributions());
        assertThat(pooled).isEqualByComparingTo("141013.60");
        assertThat(f.gap()).isEqualByComparingTo(DemoYear.BUDGET.subtract(pooled));
        assertThat(geilenkirchen.gapShare().subtract(f.gap().multiply(new BigDecimal("0.12"))).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(f.partners().stream().map(p -> p.amounts().gapShare()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(f.gap());
        assertThat(f.pool().due()).isEqualByComparingTo(DemoYear.BUDGET);
    }

    @Test
    void everythingDueWasReceivedSpentPerAreaAndTheRestReturnedToTheCent() {
        PoolFigures f = services.pool().figures(coordinator, T, YEAR);
        assertThat(f.pool().received()).isEqualByComparingTo(f.pool().due());
        f.partners().forEach(p -> assertThat(p.amounts().outstanding()).as(p.partnerId()).isZero());
        assertThat(f.pool().spentByArea().values()).allSatisfy(v -> assertThat(v).isPositive());
        assertThat(f.pool().spent()).isLessThan(f.pool().due());
        assertThat(f.preFinanced()).isZero();
        assertThat(f.closed()).isTrue();
        assertThat(f.pool().unspent()).isPositive();
        assertThat(f.pool().returned()).isEqualByComparingTo(f.pool().unspent());
        assertThat(f.partners().stream().map(p -> p.amounts().returned()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(f.pool().returned());
        assertThat(services.pool().networkWork(coordinator, T, YEAR)).hasSize(10);
    }

    @Test
    void theServiceHasTheScaleOfTheStaedteRegion2016() {
        ServiceFigures.Figures year = visits.figures(T, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
        ServiceFigures.PartnerFigures total = year.total();
        assertThat(total.families()).isEqualTo(DemoYear.FAMILIES);
        assertThat(total.newCases()).isEqualTo(DemoYear.NEW_CASES);
        assertThat(total.contactsByKind().get(ContactKind.HOME_VISIT) + total.contactsByKind().get(ContactKind.ACCOMPANIMENT))
                .isEqualTo(DemoYear.VISITS);
        assertThat(year.partners()).extracting(ServiceFigures.PartnerFigures::office)
                .containsExactlyInAnyOrderElementsOf(OFFICES.keySet());
        assertThat(services.families().staffList(coordinator, T)).hasSize(5);
    }

    @Test
    void everyProofOfUseIsFinalAndCarriesTheYearsFigures() {
        List<Reports.ProofStatus> proofs = services.reports().proofs(coordinator, T, YEAR);
        assertThat(proofs).hasSize(6).allSatisfy(p -> assertThat(p.lastFinal()).as(p.partner()).isNotNull());
        Reports.ProofOfUse pool = services.reports().proof(coordinator, T, YEAR, ProofFigures.POOL);
        ProofFigures f = pool.figures();
        assertThat(f.families()).isEqualTo(DemoYear.FAMILIES);
        assertThat(f.newCases()).isEqualTo(DemoYear.NEW_CASES);
        assertThat(f.granted()).isEqualByComparingTo("116678.00");
        assertThat(pool.narrative()).contains("151 Familien").doesNotContain("{");
        Reports.ReportFile pdf = services.reports().proofFile(coordinator, T, YEAR, DemoYear.GEILENKIRCHEN, null,
                DocumentService.Format.PDF);
        assertThat(pdf.content()).isNotEmpty();
    }

    @Test
    void theDemoMidwifeHasHerOwnFamiliesSomeStillOpenAndBookedHerVisitsHerself() {
        List<Family> own = services.families().families(hebamme, T, FamilyService.FamilyFilter.ALL);
        assertThat(own).isNotEmpty();
        assertThat(own).anySatisfy(f -> assertThat(f.closed()).isFalse());
        Family open = own.stream().filter(f -> !f.closed()).findFirst().orElseThrow();
        List<VisitService.Contact> contacts = services.visits().contacts(hebamme, T, open.id());
        assertThat(contacts).isNotEmpty().allSatisfy(c -> assertThat(c.recordedBy()).isEqualTo(DemoYear.PROFESSIONAL_USER));
        assertThat(demo.users()).isEqualTo(Map.of("hebamme", List.of("professional")));
        assertThat(demo.agreements()).isEmpty();
    }

    @Test
    void aSecondRunChangesNothing() {
        PoolFigures before = services.pool().figures(coordinator, T, YEAR);
        int families = services.families().families(coordinator, T, FamilyService.FamilyFilter.ALL).size();
        String again = demo.load(Callers.platformAdmin(), T, REQUESTED);
        assertThat(again).endsWith("loaded already, nothing changed.");
        assertThat(services.pool().figures(coordinator, T, YEAR)).isEqualTo(before);
        assertThat(services.families().families(coordinator, T, FamilyService.FamilyFilter.ALL)).hasSize(families);
        assertThat(services.reports().proofs(coordinator, T, YEAR)).allSatisfy(p -> assertThat(p.lastFinal().version()).isEqualTo(1));
    }

    @Test
    void onlyAPlatformAdminLoadsTheDemo() {
        assertThatThrownBy(() -> demo.load(coordinator, "other", REQUESTED)).isInstanceOf(IkzException.class)
                .extracting(e -> ((IkzException) e).kind()).isEqualTo(IkzException.Kind.FORBIDDEN);
        assertThat(services.pool().years(Callers.coordinator("other", ModuleDefinition.ID), "other")).isEmpty();
    }

    @Test
    void visitsAreSplitByLargestRemainderAndAddUp() {
        int[] split = DemoYear.largestRemainder(new long[] {1, 1, 1}, 3, 10);
        assertThat(split).containsExactly(4, 3, 3);
        int[] byDays = DemoYear.largestRemainder(new long[] {365, 100, 10}, 475, 541);
        assertThat(byDays[0] + byDays[1] + byDays[2]).isEqualTo(541);
        assertThat(byDays[0]).isGreaterThan(byDays[1]).isGreaterThan(byDays[2]);
    }

    // ------------------------------------------------------------------------------------ stand-ins

    /** Reversible, never the plain text, bound to the tenant (the protection part's cipher is tested there). */
    static final Sealer SEALER = new Sealer() {
        @Override
        public String seal(String tenantId, String plain) {
            return plain == null ? null : "v1:demo:" + Base64.getEncoder().encodeToString((tenantId + "\u0000" + plain)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String open(String tenantId, String sealed) {
            if (sealed == null) {
                return null;
            }
            String s = new String(Base64.getDecoder().decode(sealed.substring("v1:demo:".length())), StandardCharsets.UTF_8);
            return s.substring(tenantId.length() + 1);
        }
    };

    static Participant office(String id) {
        return new Participant(id, ParticipantKind.YOUTH_OFFICE, OFFICES.get(id), null, null, List.of());
    }

    /** The core's demo youth offices of the Kreis Heinsberg with the municipalities the demo uses. */
    static Offices offices() {
        return new Offices() {
            @Override
            public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
                return DemoYear.AREAS.entrySet().stream().filter(e -> e.getValue().contains(ags)).map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> IkzException.invalid(field, "no youth office for " + ags));
            }

            @Override
            public List<Participant> offices(Caller caller, String tenantId) {
                return OFFICES.keySet().stream().map(DemoYearTest::office).toList();
            }
        };
    }

    static ParticipantService participants() {
        return (ParticipantService) Proxy.newProxyInstance(DemoYearTest.class.getClassLoader(), new Class<?>[] {ParticipantService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> T.equals(args[1]) && OFFICES.containsKey((String) args[2]) ? Optional.of(office((String) args[2]))
                            : Optional.empty();
                    case "list", "listBodies" -> T.equals(args[1]) ? OFFICES.keySet().stream().map(DemoYearTest::office).toList() : List.of();
                    case "jurisdiction" -> DemoYear.AREAS.getOrDefault((String) args[2], List.of()).stream()
                            .map(a -> new JurisdictionEntry(a, LocalDate.of(2000, 1, 1), null)).toList();
                    case "toString" -> "participants of the demo";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static RegisterService register() {
        return (RegisterService) Proxy.newProxyInstance(DemoYearTest.class.getClassLoader(), new Class<?>[] {RegisterService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "municipality" -> Optional.empty();
                    case "toString" -> "register";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A configuration annotation with its defaults, as DS hands it over when no configuration exists. */
    static <A> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName() + " defaults";
                case "hashCode" -> 0;
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }));
    }
}
