package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ikz.api.module.DemoData;
import de.ikz.api.tenant.Caller;

import org.junit.jupiter.api.Test;

/** The demo takes what modules contribute in the order of their ids (a stable demo whatever order they arrived in). */
class DemoCommandTest {

    static DemoData module(String id) {
        return new DemoData() {
            @Override
            public String moduleId() {
                return id;
            }

            @Override
            public List<Seed> agreements() {
                return List.of();
            }

            @Override
            public String load(Caller platformAdmin, String tenantId, int year) {
                return id;
            }
        };
    }

    @Test
    void modulesContributeInTheOrderOfTheirIds() {
        assertThat(DemoCommand.sorted(List.of(module("vormundschaft"), module("fruehehilfen"), module("kinderschutz"))))
                .extracting(DemoData::moduleId).containsExactly("fruehehilfen", "kinderschutz", "vormundschaft");
        assertThat(DemoCommand.sorted(null)).isEmpty();
    }

    /** The parties of the demo's three cooperations (the guardianship agreement is the vormundschaft module's). */
    static final List<String> GUARDIANSHIP = List.of("ja-staedteregion", "ja-alsdorf", "ja-eschweiler", "ja-herzogenrath",
            "ja-stolberg", "ja-wuerselen", "skf-aachen");

    @Test
    void everyParticipantOfTheThreeCooperationsHasAnAddressAndTheLeadsCanIssueNotices() {
        java.util.Set<String> parties = new java.util.LinkedHashSet<>(GUARDIANSHIP);
        DemoCommand.fruehehilfen().parties().forEach(p -> parties.add(p.participantId()));
        DemoCommand.imblick(java.time.LocalDate.of(2025, 1, 1), null).parties().forEach(p -> parties.add(p.participantId()));
        assertThat(parties).hasSize(15);
        for (String id : parties) {
            de.ikz.api.participant.Participant p = DemoLetterDetails.with(new de.ikz.api.participant.Participant(id,
                    de.ikz.api.participant.ParticipantKind.YOUTH_OFFICE, id, null, null, List.of()));
            assertThat(p.address()).as(id).isNotNull();
            assertThat(p.address().complete()).as(id).isTrue();
            assertThat(p.address().postalCode()).as(id).matches("[0-9]{5}");
        }
        // the issuing participants: lead of each agreement
        for (String lead : List.of(DemoCommand.fruehehilfen().leadPartner(), DemoCommand.imblick(java.time.LocalDate.of(2025, 1, 1), null)
                .leadPartner(), "ja-staedteregion")) {
            DemoLetterDetails.Details d = DemoLetterDetails.BY_ID.get(lead);
            assertThat(d.contactPerson()).as(lead).isNotBlank();
            assertThat(d.phone()).as(lead).matches("[0-9 +\\-()/]+");
            assertThat(d.email()).as(lead).endsWith("@example.org");
            assertThat(d.bank().bank()).as(lead).contains("kein echtes Konto");
            assertThat(d.bank().iban()).as(lead).startsWith("DE").hasSize(22).contains("00000000");
        }
        // what is set stays; a participant without details gets them, one with all of them is left alone
        de.ikz.api.participant.Participant bare = new de.ikz.api.participant.Participant("ja-kreis-heinsberg",
                de.ikz.api.participant.ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt", null, "kreis-heinsberg", List.of());
        de.ikz.api.participant.Participant full = DemoLetterDetails.completed(bare).orElseThrow();
        assertThat(full.bank().iban()).isEqualTo(DemoLetterDetails.IBAN_KREIS_HEINSBERG);
        assertThat(full.name()).isEqualTo("Kreisjugendamt");
        assertThat(DemoLetterDetails.completed(full)).isEmpty();
        de.ikz.api.participant.Participant own = new de.ikz.api.participant.Participant("ja-kreis-heinsberg",
                de.ikz.api.participant.ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt", null, null, List.of(), null, "Eigene Person",
                null, null, null);
        assertThat(DemoLetterDetails.completed(own).orElseThrow().contactPerson()).isEqualTo("Eigene Person");
    }

    /** --users-password: one user per kind of work; case roles only asked for (the platform admin cannot confirm them). */
    @Test
    void theDemoStaffAreCreatedWithTheirRolesAndAnExistingOneIsLeftAlone() {
        List<Object[]> created = new java.util.ArrayList<>();
        de.ikz.api.tenant.UserService users = (de.ikz.api.tenant.UserService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {de.ikz.api.tenant.UserService.class}, (proxy, m, a) -> switch (m.getName()) {
                    case "find" -> "pruefung".equals(a[1]) ? java.util.Optional.of(new Object()) : java.util.Optional.empty();
                    case "create" -> {
                        created.add(a);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        DemoCommand c = new DemoCommand();
        c.users = users;
        c.usersPassword = "Demo-Passwort-2026!";
        c.demoUsers(Caller.system("test"), "demo", List.of(module("vormundschaft")));
        assertThat(created).extracting(a -> a[1]).containsExactly("demo-admin", "koordination", "ja-alsdorf");
        assertThat(created).allSatisfy(a -> {
            assertThat(a[2]).isEqualTo("Demo-Passwort-2026!");
            assertThat(a[3]).isEqualTo(java.util.Optional.of("demo"));
        });
        assertThat(created.get(0)[4]).isEqualTo(java.util.Set.of(de.ikz.api.tenant.PlatformRole.TENANT_ADMIN));
        assertThat(created.get(1)[4]).isEqualTo(java.util.Set.of(de.ikz.api.tenant.PlatformRole.COORDINATOR));
        assertThat(created.get(1)[6]).isEqualTo(java.util.Set.of("vormundschaft"));
        assertThat(created.get(2)[5]).isEqualTo(java.util.Optional.of("ja-alsdorf"));
    }

    /** A module's demo users (issue 12): created with the module's own roles, in the demo tenant, with the demo password. */
    @Test
    void theUsersAModuleNamesAreCreatedWithItsOwnRoles() {
        List<Object[]> created = new java.util.ArrayList<>();
        de.ikz.api.tenant.UserService users = (de.ikz.api.tenant.UserService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {de.ikz.api.tenant.UserService.class}, (proxy, m, a) -> switch (m.getName()) {
                    case "find" -> java.util.Optional.empty();
                    case "create" -> {
                        created.add(a);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        DemoData withUsers = new DemoData() {
            @Override
            public String moduleId() {
                return "fruehehilfen";
            }

            @Override
            public List<Seed> agreements() {
                return List.of();
            }

            @Override
            public String load(Caller platformAdmin, String tenantId, int year) {
                return "";
            }

            @Override
            public java.util.Map<String, List<String>> users() {
                return java.util.Map.of("hebamme", List.of("professional"));
            }
        };
        DemoCommand c = new DemoCommand();
        c.users = users;
        c.usersPassword = "Demo-Passwort-2026!";
        c.demoUsers(Caller.system("test"), "demo", List.of(module("vormundschaft"), withUsers));
        assertThat(created).extracting(a -> a[1]).containsExactly("demo-admin", "koordination", "ja-alsdorf", "pruefung", "hebamme");
        Object[] hebamme = created.get(4);
        assertThat(hebamme).hasSize(8);
        assertThat(hebamme[2]).isEqualTo("Demo-Passwort-2026!");
        assertThat(hebamme[3]).isEqualTo(java.util.Optional.of("demo"));
        assertThat(hebamme[4]).isEqualTo(java.util.Set.of());
        assertThat(hebamme[7]).isEqualTo(java.util.Set.of("fruehehilfen.professional"));
    }
}
