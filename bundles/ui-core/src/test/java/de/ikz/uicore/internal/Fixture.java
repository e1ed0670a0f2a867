package de.ikz.uicore.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;
import de.ikz.testkit.Callers;

/**
 * One tenant ({@link Callers#TENANT}) with three participants, one agreement split by population,
 * two budget runs of 2026 (v2 supersedes v1) and a 2025 budget run without settlement, served by
 * in-memory fakes that record what the pages asked for. Every service checks the tenant like the
 * real ones ({@link Caller#requireReadable}).
 */
final class Fixture {

    static final String T = Callers.TENANT;
    static final String AGR = "altkreis";
    static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    final Map<String, Participant> participantsById = new LinkedHashMap<>();
    final List<Object[]> calls = new ArrayList<>();
    final List<AllocationRun> runs = new ArrayList<>();
    final List<RoleGrant> grantList = new ArrayList<>();
    final List<AuditEntry> entries = new ArrayList<>();
    Optional<AuditLog.Verification> lastVerification = Optional.empty();
    Agreement agreement;

    final ParticipantService participants;
    final AgreementService agreements;
    final AllocationService allocations;
    final RoleGrantService grants;
    final UserService users;
    final TenantService tenants;
    final AuditLog audit;
    final ModuleRegistry modules;
    /** What {@link #modules} lists (vormundschaft; a test may add one that declares roles of its own). */
    final List<ModuleInfo> liveModules = new java.util.ArrayList<>();

    Fixture() {
        add(new Participant("kreis", ParticipantKind.DISTRICT, "Kreis Beispiel", "05334", null, List.of()));
        add(new Participant("stadt-a", ParticipantKind.MUNICIPALITY, "Stadt A", "05334002", "kreis", List.of(),
                new de.ikz.api.participant.PostalAddress(null, "Jugendamt", "Markt 1", "52477", "Alsdorf"), "Anna Beispiel",
                "02404 1", "ja@example.org", new de.ikz.api.participant.BankAccount("Stadtkasse A", "DE52000000000012345678", null, "Demo-Bank")));
        add(new Participant("stadt-b", ParticipantKind.MUNICIPALITY, "Stadt B", "05334004", "kreis", List.of()));
        KeySpec key = new KeySpec("population", "population", LocalDate.of(2025, 12, 31), null, null, null, null, null, null, null);
        agreement = new Agreement(AGR, "vormundschaft", "Vereinsvormundschaft Altkreis", "kreis",
                List.of(new Party("kreis", Party.LEAD), new Party("stadt-a", Party.PARTNER), new Party("stadt-b", Party.PARTNER)),
                LegalForm.PUBLIC_LAW_MANDATE, new AgreementDates(null, null, null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 3, 31), "12 Monate zum Jahresende"), List.of(), null,
                new CostRule(key, null, "QUARTERLY", null, null, Map.of("kreis", new BigDecimal("1000.00"))), 2,
                LocalDate.of(2025, 1, 1), "Kostenregel geändert", AT, "tina", "AZ 1");
        runs.add(run(2025, 1, "100000.00", "60000.00", "40000.00"));
        runs.add(run(2026, 1, "98000.00", "58800.00", "39200.00"));
        runs.add(run(2026, 2, "98000.50", "58000.30", "40000.20"));

        participants = Fake.of(ParticipantService.class, new Object() {
            List<Participant> list(Caller c, String t) {
                c.requireReadable(t);
                return List.copyOf(participantsById.values());
            }

            Optional<Participant> find(Caller c, String t, String id) {
                c.requireReadable(t);
                return Optional.ofNullable(participantsById.get(id));
            }

            Participant create(Caller c, String t, Participant p) {
                c.requireAdmin(t);
                calls.add(new Object[] {"createParticipant", p});
                add(p);
                return p;
            }

            Participant update(Caller c, String t, Participant p) {
                c.requireAdmin(t);
                calls.add(new Object[] {"updateParticipant", p});
                add(p);
                return p;
            }

            void addJurisdiction(Caller c, String t, String id, JurisdictionEntry e) {
                c.requireAdmin(t);
                calls.add(new Object[] {"addJurisdiction", id, e});
            }

            List<JurisdictionEntry> jurisdiction(Caller c, String t, String id) {
                c.requireReadable(t);
                return "kreis".equals(id) ? List.of(new JurisdictionEntry("05334002", LocalDate.of(2020, 1, 1), null)) : List.of();
            }

            List<String> area(Caller c, String t, String id, LocalDate on) {
                return List.of("05334002");
            }

            FigureSum figure(Caller c, String t, String id, String figure, LocalDate on, LocalDate ref) {
                c.requireReadable(t);
                if ("stadt-b".equals(id)) {
                    throw IkzException.invalid("figure", "no figure " + figure + " for 05334004");
                }
                LocalDate day = "kreis".equals(id) ? LocalDate.of(2020, 12, 31) : LocalDate.of(2025, 12, 31);
                return new FigureSum(id, figure, on, 47000, List.of(new FigureValue("05334002", figure, day, 47000, "IT.NRW")));
            }
        });
        agreements = Fake.of(AgreementService.class, new Object() {
            List<Agreement> list(Caller c, String t) {
                c.requireReadable(t);
                return List.of(agreement);
            }

            Optional<Agreement> asOf(Caller c, String t, String id, LocalDate day) {
                c.requireReadable(t);
                return AGR.equals(id) ? Optional.of(agreement) : Optional.empty();
            }

            List<Agreement> history(Caller c, String t, String id) {
                c.requireReadable(t);
                if (!AGR.equals(id)) {
                    return List.of();
                }
                Agreement v1 = new Agreement(AGR, "vormundschaft", agreement.title(), "kreis", agreement.parties(), agreement.legalForm(),
                        agreement.dates(), List.of(), null, new CostRule(new KeySpec("equal", null, null, null, null, null, null, null,
                        null, null), null, null, null, null, null), 1, LocalDate.of(2024, 1, 1), null, AT, "tina", null);
                return List.of(v1, agreement);
            }

            byte[] profile(Caller c, String t, String id, LocalDate day, String format) {
                c.requireReadable(t);
                calls.add(new Object[] {"profile", id, day, format});
                return ("%PDF profile " + id).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
        });
        allocations = Fake.of(AllocationService.class, new Object() {
            List<AllocationRun> runs(Caller c, String t, String id) {
                c.requireReadable(t);
                return runs.stream().filter(r -> r.tenantId().equals(t) && r.agreementId().equals(id)).toList();
            }

            Optional<AllocationRun> find(Caller c, String t, String id) {
                c.requireReadable(t);
                return runs.stream().filter(r -> r.tenantId().equals(t) && r.id().equals(id)).findFirst();
            }

            AllocationRun calculate(Caller c, String t, String id, int year, BigDecimal budget) {
                c.requireReadable(t);
                calls.add(new Object[] {"calculate", id, year, budget});
                BigDecimal a = budget.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP);
                return withId(Fixture.this.run(year, 0, budget.toPlainString(), a.toPlainString(), budget.subtract(a).toPlainString()),
                        id + "/" + year + "/preview");
            }

            AllocationRun run(Caller c, String t, String id, int year, BigDecimal budget) {
                c.requireAdmin(t);
                calls.add(new Object[] {"run", id, year, budget});
                AllocationRun r = Fixture.this.run(year, 3, budget.toPlainString(), "0.00", budget.toPlainString());
                runs.add(r);
                return r;
            }

            Map<String, BigDecimal> compare(Caller c, String t, String a, String b) {
                AllocationRun ra = find(c, t, a).orElseThrow();
                AllocationRun rb = find(c, t, b).orElseThrow();
                Map<String, BigDecimal> m = new java.util.TreeMap<>();
                rb.shares().forEach(s -> m.put(s.partnerId(), s.amount().subtract(ra.shares().stream()
                        .filter(x -> x.partnerId().equals(s.partnerId())).findFirst().orElseThrow().amount())));
                return m;
            }

            byte[] document(Caller c, String t, String runId, String document, String partner, String format) {
                c.requireReadable(t);
                calls.add(new Object[] {"document", runId, document, partner, format});
                return (document + ":" + partner + ":" + format).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        });
        grants = Fake.of(RoleGrantService.class, new Object() {
            boolean isCaseAccess(String jaas) {
                return jaas.equals(PlatformRole.COORDINATOR.jaasRole()) || jaas.equals(PlatformRole.PARTNER_STAFF.jaasRole());
            }

            List<RoleGrant> list(Caller c, String t, Optional<String> user, Optional<RoleGrant.State> state) {
                return grantList.stream().filter(g -> user.map(g.username()::equals).orElse(true)
                        && state.map(s -> s == g.state()).orElse(true)).toList();
            }

            Optional<RoleGrant> find(Caller c, String t, String id) {
                return grantList.stream().filter(g -> g.id().equals(id)).findFirst();
            }

            RoleGrant confirm(Caller c, String t, String id, String note) {
                RoleGrant g = find(c, t, id).orElseThrow();
                if (c.user().equals(g.requestedBy())) {
                    throw IkzException.forbidden("a second admin confirms");
                }
                calls.add(new Object[] {"confirm", id, note});
                return decided(g, RoleGrant.State.CONFIRMED, c.user());
            }

            RoleGrant reject(Caller c, String t, String id, String note) {
                calls.add(new Object[] {"reject", id, note});
                return decided(find(c, t, id).orElseThrow(), RoleGrant.State.REJECTED, c.user());
            }

            RoleGrant request(Caller c, String user, Set<PlatformRole> roles, Optional<String> participant, Set<String> mods,
                              String reason) {
                calls.add(new Object[] {"request", user, roles, participant, mods, reason});
                RoleGrant g = grant("G2", user, c.user());
                grantList.add(g);
                return g;
            }

            RoleGrant request(Caller c, String user, Set<PlatformRole> roles, Optional<String> participant, Set<String> mods,
                              Set<String> moduleRoles, String reason) {
                if (!moduleRoles.isEmpty()) {
                    calls.add(new Object[] {"requestModuleRoles", user, moduleRoles});
                }
                return request(c, user, roles, participant, mods, reason);
            }
        });
        users = Fake.of(UserService.class, new Object() {
            List<UserAccount> list(Caller c) {
                return List.of(new UserAccount("tina", Optional.of(T), Set.of(PlatformRole.TENANT_ADMIN), Optional.empty(), Set.of()),
                        new UserAccount("paul", Optional.of(T), Set.of(PlatformRole.PARTNER_STAFF), Optional.of("stadt-a"), Set.of()));
            }

            Optional<UserAccount> find(Caller c, String name) {
                return list(c).stream().filter(u -> u.username().equals(name)).findFirst();
            }

            UserAccount create(Caller c, String name, String password, Optional<String> tenant, Set<PlatformRole> roles,
                               Optional<String> participant, Set<String> mods) {
                calls.add(new Object[] {"createUser", name, tenant, roles, participant, mods});
                return new UserAccount(name, tenant, roles, participant, mods);
            }

            UserAccount create(Caller c, String name, String password, Optional<String> tenant, Set<PlatformRole> roles,
                               Optional<String> participant, Set<String> mods, Set<String> moduleRoles) {
                UserAccount a = create(c, name, password, tenant, roles, participant, mods);
                if (!moduleRoles.isEmpty()) {
                    calls.add(new Object[] {"createUserModuleRoles", name, moduleRoles});
                }
                return new UserAccount(name, tenant, roles, participant, mods, moduleRoles);
            }

            void setPassword(Caller c, String name, String current, String password) {
                calls.add(new Object[] {"setPassword", name, current, password});
            }

            void delete(Caller c, String name) {
                calls.add(new Object[] {"deleteUser", name});
            }
        });
        tenants = Fake.of(TenantService.class, new Object() {
            List<Tenant> list(Caller c) {
                return List.of(new Tenant(T, "Kreis A", AT));
            }

            Tenant create(Caller c, String id, String name) {
                if (!c.isPlatformAdmin()) {
                    throw IkzException.forbidden("platform admin only");
                }
                calls.add(new Object[] {"createTenant", id, name});
                return new Tenant(id, name, AT);
            }
        });
        audit = Fake.of(AuditLog.class, new Object() {
            List<AuditEntry> list(Caller c, String t, int limit) {
                calls.add(new Object[] {"auditList", t, limit});
                return entries;
            }

            AuditLog.Verification verify() {
                calls.add(new Object[] {"verify"});
                return lastVerification.orElseThrow();
            }

            Optional<AuditLog.Verification> lastVerification() {
                return lastVerification;
            }
        });
        liveModules.add(new ModuleInfo("vormundschaft", Map.of("de", "Vormundschaften"), "1", "b", 1, AT, List.of(), List.of()));
        modules = Fake.of(ModuleRegistry.class, new Object() {
            List<ModuleInfo> modules() {
                return List.copyOf(liveModules);
            }
        });
    }

    private void add(Participant p) {
        participantsById.put(p.id(), p);
    }

    AllocationRun run(int year, int version, String amount, String kreis, String stadtA) {
        BigDecimal a = new BigDecimal(kreis);
        BigDecimal b = new BigDecimal(stadtA);
        List<AllocationRun.Share> shares = List.of(
                new AllocationRun.Share("kreis", a, a, BigDecimal.ZERO.setScale(2), a, "K-" + year + "-" + version + "-1"),
                new AllocationRun.Share("stadt-a", b, b, BigDecimal.ZERO.setScale(2), b, "K-" + year + "-" + version + "-2"));
        List<AllocationRun.Instalment> inst = List.of(
                new AllocationRun.Instalment("kreis", 4, LocalDate.of(year, 12, 15), a.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.DOWN)),
                new AllocationRun.Instalment("stadt-a", 4, LocalDate.of(year, 12, 15), b.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.DOWN)));
        List<AllocationRun.Input> inputs = List.of(
                new AllocationRun.Input("kreis", "population", new BigDecimal("60000"), LocalDate.of(2025, 12, 31), "IT.NRW", null),
                new AllocationRun.Input("stadt-a", "population", new BigDecimal("40000"), LocalDate.of(2025, 12, 31), "IT.NRW", null));
        return new AllocationRun(AGR + "/" + year + "/v" + version, T, AGR, 2, year, version, "BUDGET", AT, "tina",
                new BigDecimal(amount), null, null, "LARGEST_REMAINDER", "nach Einwohnern", inputs, shares, inst, List.of());
    }

    static AllocationRun withId(AllocationRun r, String id) {
        return new AllocationRun(id, r.tenantId(), r.agreementId(), r.agreementVersion(), r.fiscalYear(), r.version(), r.kind(),
                r.createdAt(), r.createdBy(), r.amount(), r.actualCost(), r.grants(), r.rounding(), r.keyDescription(), r.inputs(),
                r.shares(), r.instalments(), r.settlement());
    }

    static RoleGrant grant(String id, String user, String requestedBy) {
        return new RoleGrant(id, T, user, List.of("ikz-partner-staff", "ikz-participant.stadt-a"), RoleGrant.State.PENDING,
                requestedBy, AT, Optional.of("Vertretung"), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static RoleGrant decided(RoleGrant g, RoleGrant.State state, String by) {
        return new RoleGrant(g.id(), g.tenantId(), g.username(), g.roles(), state, g.requestedBy(), g.requestedAt(), g.reason(),
                Optional.of(by), Optional.of(AT), Optional.empty());
    }

    /** A second tenant admin ("toni"), who may confirm what tina asked for. */
    static Caller secondAdmin() {
        return Callers.of("toni", Set.of(PlatformRole.TENANT_ADMIN), T, null, Set.of());
    }

    Object[] lastCall(String name) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i)[0].equals(name)) {
                return calls.get(i);
            }
        }
        throw new AssertionError("no call " + name + " in " + calls.stream().map(c -> String.valueOf(c[0])).toList());
    }

    ParticipantPages participantPages() {
        return new ParticipantPages(participants);
    }

    AgreementPages agreementPages() {
        return new AgreementPages(agreements, participants, modules);
    }

    AllocationPages allocationPages() {
        return new AllocationPages(allocations, agreements, participants);
    }

    AdminPages adminPages() {
        return new AdminPages(tenants, users, grants, participants, modules);
    }

    AuditPages auditPages() {
        return new AuditPages(audit);
    }

    DuePages duePages() {
        return new DuePages(allocations, agreements, participants, grants, new DuePages.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return DuePages.Config.class;
            }

            @Override
            public int instalmentDays() {
                return 30;
            }

            @Override
            public int endingDays() {
                return 180;
            }

            @Override
            public int figureMaxAgeYears() {
                return 3;
            }

            @Override
            public int budgetMonth() {
                return 10;
            }
        });
    }
}
