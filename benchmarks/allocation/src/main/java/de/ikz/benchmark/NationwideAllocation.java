package de.ikz.benchmark;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;


import de.ikz.agreement.internal.AgreementServiceImpl;
import de.ikz.allocation.internal.AllocationServiceImpl;
import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.ImportReport;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.RegisterDistrict;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.core.internal.AuditLogImpl;
import de.ikz.participant.internal.ParticipantServiceImpl;
import de.ikz.participant.internal.RegisterServiceImpl;
import de.ikz.persistence.internal.JdbcDatabase;

/**
 * The core-domain benchmark: the platform's own services (no OSGi around them) on embedded Derby.
 * <ol>
 * <li>import of the whole municipal register;</li>
 * <li>one agreement per district (401): the district as lead plus its municipalities, split by
 *     population over each partner's area;</li>
 * <li>one agreement with all 11,004 municipalities as partners, split by population.</li>
 * </ol>
 * The DataSource is pooled (commons-dbcp2) as on the server.
 * Warm: every measured operation runs {@value #WARMUP} times before {@value #ROUNDS} measured
 * rounds. "calculate" loads the figures from the database and computes shares and advance
 * payments; "run" also stores the immutable run with its inputs and writes the access log.
 * Writes key=value lines to {@code <results>/allocation-<timestamp>.txt}.
 */
public final class NationwideAllocation {

    static final int WARMUP = 3;
    static final int ROUNDS = 7;
    static final String T = "bund";

    public static void main(String[] args) throws Exception {
        Path register = Path.of(args[0]);
        Path results = Path.of(args[1]);
        Path dbDir = Path.of(args[2]);
        deleteTree(dbDir);
        // pooled like on the server (pax-jdbc-config with pool=dbcp2)
        org.apache.commons.dbcp2.BasicDataSource ds = new org.apache.commons.dbcp2.BasicDataSource();
        ds.setDriverClassName("org.apache.derby.jdbc.EmbeddedDriver");
        ds.setUrl("jdbc:derby:" + dbDir + ";create=true");
        ds.setMaxTotal(16);
        ds.setMaxIdle(4);
        JdbcDatabase db = new JdbcDatabase(ds);
        for (Class<?> owner : List.of(AuditLogImpl.class, RegisterServiceImpl.class, AgreementServiceImpl.class, AllocationServiceImpl.class)) {
            db.migrate(owner.getSimpleName(), migrations(owner));
        }
        db.inTransaction(s -> s.update("INSERT INTO ikz_tenant (id, name, created_at, created_by) VALUES (?, ?, ?, ?)",
                T, "Bundesweit (Benchmark)", Instant.now(), "benchmark"));
        Caller admin = new Caller("benchmark", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "benchmark");
        AuditLogImpl audit = new AuditLogImpl(db, null);
        TenantService tenants = (TenantService) Proxy.newProxyInstance(NationwideAllocation.class.getClassLoader(),
                new Class<?>[] {TenantService.class}, (p, m, a) -> m.getName().equals("find")
                        ? Optional.of(new Tenant(T, "Bund", Instant.now())) : null);
        ModuleRegistry modules = (ModuleRegistry) Proxy.newProxyInstance(NationwideAllocation.class.getClassLoader(),
                new Class<?>[] {ModuleRegistry.class}, (p, m, a) -> m.getName().equals("module") ? Optional.empty() : List.of());
        RegisterServiceImpl reg = new RegisterServiceImpl(db, audit, null);
        ParticipantServiceImpl participants = new ParticipantServiceImpl(db, audit, reg, tenants, null);
        AgreementService agreements = new AgreementServiceImpl(db, audit, participants, reg, modules, null, null);
        AllocationServiceImpl allocations = new AllocationServiceImpl(db, audit, agreements, participants, modules, null, null);

        StringBuilder out = new StringBuilder();
        out.append("date=").append(Instant.now()).append('\n');
        out.append("machine.cpus=").append(Runtime.getRuntime().availableProcessors()).append('\n');
        out.append("java=").append(System.getProperty("java.version")).append('\n');

        // 1. the register, twice: the first import and an idempotent re-import
        long t0 = System.nanoTime();
        ImportReport first;
        try (InputStream in = Files.newInputStream(register)) {
            first = reg.importRegister(admin, in, null, null, false);
        }
        long importMs = ms(t0);
        t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(register)) {
            reg.importRegister(admin, in, null, null, false);
        }
        long reimportMs = ms(t0);
        out.append("register.municipalities=").append(first.municipalities()).append('\n');
        out.append("register.import_ms=").append(importMs).append('\n');
        out.append("register.reimport_ms=").append(reimportMs).append('\n');
        System.out.println("register: " + first.municipalities() + " municipalities imported in " + importMs + " ms, again in " + reimportMs + " ms");

        // setup (not measured): a participant per municipality and per district, the agreements
        t0 = System.nanoTime();
        List<String> all = new ArrayList<>();
        for (RegisterDistrict d : reg.districts()) {
            ParticipantKind kind = d.kind() == 41 || d.kind() == 42 ? ParticipantKind.DISTRICT_FREE_CITY : ParticipantKind.DISTRICT;
            participants.create(admin, T, new Participant("d" + d.key(), kind, d.name(), d.key(), null, List.of()));
            for (RegisterMunicipality m : reg.municipalitiesOf(d.key())) {
                participants.create(admin, T, new Participant("m" + m.ags(), ParticipantKind.MUNICIPALITY, m.name(), m.ags(), null, List.of()));
                all.add("m" + m.ags());
            }
        }
        CostRule byPopulation = new CostRule(new KeySpec("population", null, LocalDate.of(2019, 12, 31), null, null, null, null,
                null, null, null), null, "QUARTERLY", null, null, null);
        List<String> districtAgreements = new ArrayList<>();
        for (RegisterDistrict d : reg.districts()) {
            List<Party> parties = new ArrayList<>();
            parties.add(new Party("d" + d.key(), Party.LEAD));
            reg.municipalitiesOf(d.key()).forEach(m -> parties.add(new Party("m" + m.ags(), Party.PARTNER)));
            String id = "k" + d.key();
            agreements.create(admin, T, new Agreement(id, "benchmark", "Umlage " + d.name(), "d" + d.key(), parties,
                    LegalForm.PUBLIC_LAW_MANDATE, null, List.of(), null, byPopulation, 0, LocalDate.of(2020, 1, 1), null, null, null));
            districtAgreements.add(id);
        }
        List<Party> everybody = new ArrayList<>();
        everybody.add(new Party(all.get(0), Party.LEAD));
        all.subList(1, all.size()).forEach(m -> everybody.add(new Party(m, Party.PARTNER)));
        agreements.create(admin, T, new Agreement("bund", "benchmark", "Alle Gemeinden", all.get(0), everybody,
                LegalForm.PUBLIC_LAW_MANDATE, null, List.of(), null, byPopulation, 0, LocalDate.of(2020, 1, 1), null, null, null));
        out.append("setup.participants=").append(all.size() + first.districts()).append('\n');
        out.append("setup_ms=").append(ms(t0)).append('\n');
        System.out.println("setup: " + (all.size() + first.districts()) + " participants, " + (districtAgreements.size() + 1)
                + " agreements in " + ms(t0) + " ms");

        BigDecimal amount = new BigDecimal("1000000.00");
        // 2. 401 district agreements, all together
        long[] districts = measure(() -> {
            for (String id : districtAgreements) {
                check(allocations.calculate(admin, T, id, 2026, amount), amount);
            }
        });
        // 3. the agreement with every municipality
        long[] nation = measure(() -> check(allocations.calculate(admin, T, "bund", 2026, amount), amount));
        // the same with the immutable run stored (JSON of inputs, shares and instalments) and logged
        long[] nationStored = measure(() -> check(allocations.run(admin, T, "bund", 2026, amount), amount));
        report(out, "districts401.calculate_ms", districts);
        report(out, "all11004.calculate_ms", nation);
        report(out, "all11004.run_stored_ms", nationStored);
        out.append("goal.districts401_ms=250\ngoal.all11004_ms=100\n");

        Files.createDirectories(results);
        Path file = results.resolve("allocation-" + Instant.now().toString().replace(":", "").replace(".", "") + ".txt");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.out.println(out);
        System.out.println("written to " + file);
    }

    interface Work {
        void run() throws Exception;
    }

    static long[] measure(Work w) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            w.run();
        }
        long[] ms = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            w.run();
            ms[i] = ms(t);
        }
        return ms;
    }

    static void report(StringBuilder out, String key, long[] ms) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.append(key).append(".median=").append(sorted[sorted.length / 2]).append('\n');
        out.append(key).append(".min=").append(sorted[0]).append('\n');
        out.append(key).append(".max=").append(sorted[sorted.length - 1]).append('\n');
        out.append(key).append(".runs=").append(Arrays.toString(ms)).append('\n');
    }

    static void check(AllocationRun run, BigDecimal amount) {
        BigDecimal sum = run.shares().stream().map(AllocationRun.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(amount) != 0) {
            throw new IllegalStateException("shares of " + run.id() + " sum to " + sum + ", not " + amount);
        }
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The migrations inside an owner's jar (or classes folder). */
    static List<Migration> migrations(Class<?> owner) throws Exception {
        Path location;
        try {
            location = Path.of(owner.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(location)) {
            return Migration.fromDirectory(location.resolve(Migration.FOLDER));
        }
        List<Migration> list = new ArrayList<>();
        try (ZipFile zip = new ZipFile(location.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().startsWith(Migration.FOLDER + "/") && e.getName().endsWith(".sql")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        Migration m = Migration.parse(e.getName().substring(Migration.FOLDER.length() + 1),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        if (m != null) {
                            list.add(m);
                        }
                    }
                }
            }
        }
        return list;
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
