package de.ikz.fruehehilfen.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import de.ikz.allocation.internal.AllocationServiceImpl;
import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.families.ConsentScope;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyServiceImpl;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.families.Sealer;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolServiceImpl;
import de.ikz.fruehehilfen.internal.pool.PoolSettings;
import de.ikz.fruehehilfen.internal.visits.ContactKind;
import de.ikz.fruehehilfen.internal.visits.ContactPlace;
import de.ikz.fruehehilfen.internal.visits.ContentCategory;
import de.ikz.fruehehilfen.internal.visits.VisitLimits;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitServiceImpl;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name does not end in Test, so {@code mvn test} leaves it out): a year of
 * a family-midwife service ten times the StädteRegion Aachen 2016 (1,200 new cases, 1,510 families,
 * 6,920 home visits and accompaniments, 30 staff; five youth offices) booked through the real pool,
 * families and visits services on embedded Derby; then the steering report and the proof of use are
 * read and rendered again and again. Writes median, p95 and max per operation to
 * {@code benchmarks/results/fruehehilfen-reports-<time>.txt}. Run:
 * {@code mvn -o -B -f modules/fruehehilfen/bundle/pom.xml test -Dtest=ReportsBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReportsBench {

    static final String T = "bench";
    static final int SCALE = 10;
    static final int FAMILIES = 151 * SCALE;
    static final int NEW_CASES = 120 * SCALE;
    static final int CONTACTS = 692 * SCALE;
    static final int STAFF = 3 * SCALE;
    static final int WARMUP = 5;
    static final int RUNS = 30;

    /** Youth office → its municipalities (AGS) in the benchmark's tenant. */
    static final Map<String, String> AGS = new LinkedHashMap<>();

    static {
        AGS.put("ja-kreis", "05370004");
        AGS.put("ja-stadt-a", "05370008");
        AGS.put("ja-stadt-b", "05370012");
        AGS.put("ja-stadt-c", "05370016");
        AGS.put("ja-stadt-d", "05370020");
    }

    final Caller coordinator = new Caller("bench-koordination", Set.of(PlatformRole.COORDINATOR), Optional.of(T), Optional.empty(),
            Set.of("fruehehilfen"), "127.0.0.1");
    final Random random = new Random(2016);
    final int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;

    @Test
    void measure() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/bench-reports-" + System.nanoTime()));
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        TableAuditLog audit = new TableAuditLog(db);
        Clock clock = Clock.systemUTC();
        ParticipantService participants = stub(ParticipantService.class, (m, a) -> switch (m) {
            case "find" -> AGS.containsKey((String) a[2]) ? Optional.of(office((String) a[2])) : Optional.empty();
            case "list", "listBodies" -> AGS.keySet().stream().map(ReportsBench::office).toList();
            default -> throw new UnsupportedOperationException(m);
        });
        Offices offices = new Offices() {
            @Override
            public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
                return AGS.entrySet().stream().filter(e -> e.getValue().equals(ags)).findFirst().orElseThrow().getKey();
            }

            @Override
            public List<Participant> offices(Caller caller, String tenantId) {
                return AGS.keySet().stream().map(ReportsBench::office).toList();
            }
        };
        Sealer sealer = new Sealer() {
            @Override
            public String seal(String tenantId, String plain) {
                return plain;
            }

            @Override
            public String open(String tenantId, String sealed) {
                return sealed;
            }
        };
        PoolServiceImpl pool = new PoolServiceImpl(db, audit, participants,
                new AllocationServiceImpl(null, null, null, participants, null, null, null), null, annotation(PoolServiceImpl.Config.class));
        FamilyServiceImpl families = new FamilyServiceImpl(db, audit, offices, sealer, clock);
        VisitServiceImpl visits = new VisitServiceImpl(db, audit, families, sealer, clock, VisitLimits.DEFAULTS);
        ReportsService reports = new ReportsService(null, db, audit, new DocumentServiceImpl(), participants,
                stub(RegisterService.class, (m, a) -> Optional.empty()), visits, pool, annotation(ReportSettings.class));

        long t0 = System.nanoTime();
        bookPool(pool);
        int contacts = bookService(families, visits);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;

        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        SteeringReport check = reports.steering(coordinator, T, from, to);
        assertThat(check.total().contacts()).isEqualTo(contacts).isEqualTo(CONTACTS);
        assertThat(check.total().newCases()).isEqualTo(NEW_CASES);
        assertThat(check.total().families()).isEqualTo(FAMILIES);

        Map<String, long[]> runs = new LinkedHashMap<>();
        runs.put("steering report (JSON)", time(() -> reports.steering(coordinator, T, from, to)));
        runs.put("steering report PDF/A", time(() -> reports.steeringFile(coordinator, T, from, to, Format.PDF)));
        runs.put("proof of use of the pool (JSON)", time(() -> reports.proof(coordinator, T, year, "pool")));
        runs.put("proof of use of the pool PDF/A", time(() -> reports.proofFile(coordinator, T, year, "pool", null, Format.PDF)));
        runs.put("proof of use of the pool CSV", time(() -> reports.proofFile(coordinator, T, year, "pool", null, Format.CSV)));
        runs.put("proof of use of a partner PDF/A", time(() -> reports.proofFile(coordinator, T, year, "ja-stadt-a", null, Format.PDF)));

        StringBuilder out = new StringBuilder();
        out.append("# fruehehilfen reports benchmark, ").append(Instant.now()).append('\n');
        out.append("machine=").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(", java ")
                .append(System.getProperty("java.version")).append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MiB, embedded Derby\n");
        out.append("data=").append(FAMILIES).append(" families, ").append(NEW_CASES).append(" new cases, ").append(contacts)
                .append(" contacts, ").append(STAFF).append(" staff, ").append(AGS.size()).append(" youth offices, year ").append(year)
                .append('\n');
        out.append("load_ms=").append(loadMs).append('\n');
        out.append("warmup=").append(WARMUP).append(" runs=").append(RUNS).append('\n');
        runs.forEach((name, ms) -> {
            long[] sorted = ms.clone();
            Arrays.sort(sorted);
            out.append(name).append(": median_ms=").append(sorted[sorted.length / 2]).append(" p95_ms=")
                    .append(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]).append(" max_ms=").append(sorted[sorted.length - 1])
                    .append(" raw=").append(Arrays.toString(ms)).append('\n');
        });
        System.out.print(out);
        Path results = Path.of("../../../benchmarks/results");
        if (Files.isDirectory(results)) {
            Files.writeString(results.resolve("fruehehilfen-reports-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now()) + ".txt"), out);
        }
    }

    private long[] time(Supplier<?> op) {
        for (int i = 0; i < WARMUP; i++) {
            op.get();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            op.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        return ms;
    }

    private void bookPool(PoolService pool) {
        pool.saveSettings(coordinator, T, year, new PoolService.SettingsInput("ja-kreis", BigDecimal.valueOf(20), PoolSettings.ON_TOP,
                null, null, null, null, true, false));
        int n = 0;
        for (String office : AGS.keySet()) {
            BigDecimal grant = new BigDecimal(office.equals("ja-kreis") ? "520890.00" : "120000.00");
            pool.setGrant(coordinator, T, year, new PoolService.GrantInput(office, grant, LocalDate.of(year, 2, 10),
                    Map.of("I", grant.subtract(grant.multiply(new BigDecimal("0.8"))).setScale(2), "II",
                            grant.multiply(new BigDecimal("0.8")).setScale(2))));
            pool.addReceipt(coordinator, T, year, new PoolService.ReceiptInput(LocalDate.of(year, 4, 1), office, grant, "GRANT", null));
        }
        String[][] lines = {{"II", "PERSONNEL"}, {"I", "PERSONNEL"}, {"II", "MATERIAL"}, {"II", "SUPERVISION"}, {"III", "MATERIAL"}};
        for (int m = 1; m <= 12; m++) {
            for (String[] l : lines) {
                pool.addExpense(coordinator, T, year, new PoolService.ExpenseInput(l[0], l[1], "B-" + (++n), LocalDate.of(year, m, 20),
                        "Monat " + m, BigDecimal.valueOf(100_000 + random.nextInt(4_000_000), 2)));
            }
        }
    }

    /** @return contacts booked */
    private int bookService(FamilyService families, VisitService visits) {
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            staff.add(families.createStaff(coordinator, T, new FamilyService.StaffInput(i % 4 == 3 ? "FGKIKP" : "MIDWIFE",
                    "Fachkraft " + i, true, LocalDate.of(2015, 1, 1), "19.5", LocalDate.of(2014, 1, 1), null, null)).id());
        }
        List<String> ags = new ArrayList<>(AGS.values());
        Referral[] referrals = Referral.values();
        int booked = 0;
        for (int i = 0; i < FAMILIES; i++) {
            boolean carried = i >= NEW_CASES;
            LocalDate opened = carried ? LocalDate.of(year - 1, 10, 1).plusDays(i % 80) : LocalDate.of(year, 1, 2).plusDays(i * 300L / NEW_CASES);
            String staffId = staff.get(i % STAFF);
            String familyId = families.createFamily(coordinator, T, new FamilyService.FamilyInput(ags.get(i % ags.size()), opened,
                    referrals[i % referrals.length].name(), staffId, null)).id();
            families.addConsent(coordinator, T, familyId, new FamilyService.ConsentInput(opened,
                    List.of(ConsentScope.DOCUMENTATION.name(), ConsentScope.HEALTH_DATA.name())));
            // 6,920 contacts over 1,510 families: 4 or 5 each
            int mine = CONTACTS / FAMILIES + (i < CONTACTS % FAMILIES ? 1 : 0);
            LocalDate first = opened.getYear() < year ? LocalDate.of(year, 1, 2) : opened;
            for (int k = 0; k < mine; k++) {
                LocalDate day = first.plusDays(k * 9L + random.nextInt(5));
                boolean accompaniment = k % 6 == 5;
                visits.addContact(coordinator, T, familyId, new VisitService.ContactInput(staffId, day, accompaniment ? 120 : 75,
                        accompaniment ? ContactPlace.CLINIC.name() : ContactPlace.HOME.name(),
                        accompaniment ? ContactKind.ACCOMPANIMENT.name() : ContactKind.HOME_VISIT.name(),
                        List.of(ContentCategory.values()[k % ContentCategory.values().length].name()), List.of()));
                booked++;
            }
        }
        return booked;
    }

    static Participant office(String id) {
        return new Participant(id, ParticipantKind.YOUTH_OFFICE, "Jugendamt " + id.substring(3), null, null, List.of());
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(ReportsBench.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName() : answer.apply(method.getName(), args));
    }

    /** A configuration annotation with its defaults, as DS gives it without a configuration. */
    @SuppressWarnings("unchecked")
    static <A> A annotation(Class<A> type) {
        return (A) Proxy.newProxyInstance(ReportsBench.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Method m = type.getMethod(method.getName(), method.getParameterTypes());
            return m.getDefaultValue() != null ? m.getDefaultValue() : type.getSimpleName();
        });
    }
}
