package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.tenant.Caller;
import de.ikz.testkit.ConsoleHarness;

import org.junit.jupiter.api.Test;

/** The letter-detail options of participant-create and participant-update, and how participant-show prints them (issue 10). */
class ParticipantCommandsTest {

    static final String IBAN = "DE52000000000012345678";

    private final Stored service = new Stored();
    private final Caller admin = new Caller("admin-kreis-a", java.util.Set.of(de.ikz.api.tenant.PlatformRole.TENANT_ADMIN),
            Optional.of("kreis-a"), Optional.empty(), java.util.Set.of(), "test");

    ParticipantCommands.CreateParticipant create() {
        ParticipantCommands.CreateParticipant c = new ParticipantCommands.CreateParticipant();
        c.participants = service;
        c.id = "ja-kreis-heinsberg";
        c.kind = "youth-office";
        c.name = "Kreisjugendamt Heinsberg";
        return c;
    }

    ParticipantCommands.UpdateParticipant update() {
        ParticipantCommands.UpdateParticipant c = new ParticipantCommands.UpdateParticipant();
        c.participants = service;
        c.id = "ja-kreis-heinsberg";
        return c;
    }

    String show() throws Exception {
        ParticipantCommands.ShowParticipant c = new ParticipantCommands.ShowParticipant();
        c.participants = service;
        c.id = "ja-kreis-heinsberg";
        ConsoleHarness.Output o = ConsoleHarness.run(c, admin);
        assertThat(o.err()).isEmpty();
        return o.out();
    }

    @Test
    void theOptionsOfCreateBecomeTheLetterDetails() throws Exception {
        ParticipantCommands.CreateParticipant c = create();
        c.street = "Valkenburger Straße 45";
        c.postalCode = "52525";
        c.city = "Heinsberg";
        c.addressAddition = "Amt für Kinder, Jugend und Familie";
        c.contactPerson = "Anna Beispiel";
        c.phone = "02452 13-0";
        c.email = "jugendamt@example.org";
        c.accountHolder = "Kreiskasse Heinsberg";
        c.iban = "DE52 0000 0000 0012 3456 78";
        c.bank = "Demo-Sparkasse (kein echtes Konto)";
        ConsoleHarness.Output o = ConsoleHarness.run(c, admin);
        assertThat(o.err()).isEmpty();
        Participant p = service.stored.get("ja-kreis-heinsberg");
        assertThat(p.address()).isEqualTo(new PostalAddress(null, "Amt für Kinder, Jugend und Familie", "Valkenburger Straße 45",
                "52525", "Heinsberg"));
        assertThat(p.contactPerson()).isEqualTo("Anna Beispiel");
        assertThat(p.phone()).isEqualTo("02452 13-0");
        assertThat(p.email()).isEqualTo("jugendamt@example.org");
        assertThat(p.bank()).isEqualTo(new BankAccount("Kreiskasse Heinsberg", IBAN, null, "Demo-Sparkasse (kein echtes Konto)"));

        Map<String, String> block = ConsoleHarness.block(show(), "Letter details:");
        assertThat(block).containsEntry("Address", "Amt für Kinder, Jugend und Familie, Valkenburger Straße 45, 52525 Heinsberg")
                .containsEntry("Contact", "Anna Beispiel").containsEntry("Phone", "02452 13-0")
                .containsEntry("E-mail", "jugendamt@example.org").containsEntry("Account holder", "Kreiskasse Heinsberg")
                .containsEntry("IBAN", "DE52 0000 0000 0012 3456 78").containsEntry("BIC", "-")
                .containsEntry("Bank", "Demo-Sparkasse (kein echtes Konto)");
    }

    @Test
    void withoutOptionsThereAreNoLetterDetails() throws Exception {
        assertThat(ConsoleHarness.run(create(), admin).err()).isEmpty();
        Participant p = service.stored.get("ja-kreis-heinsberg");
        assertThat(p.address()).isNull();
        assertThat(p.bank()).isNull();
        assertThat(ConsoleHarness.block(show(), "Letter details:")).containsEntry("Address", "-").containsEntry("IBAN", "-");
    }

    @Test
    void updateChangesOnlyWhatIsGivenAndAnEmptyValueClears() throws Exception {
        ParticipantCommands.CreateParticipant c = create();
        c.street = "Valkenburger Straße 45";
        c.postalCode = "52525";
        c.city = "Heinsberg";
        c.phone = "02452 13-0";
        c.email = "jugendamt@example.org";
        c.accountHolder = "Kreiskasse Heinsberg";
        c.iban = IBAN;
        c.bic = "DEMODEXX";
        ConsoleHarness.run(c, admin);

        ParticipantCommands.UpdateParticipant u = update();
        u.street = "Postfach 1 23";
        u.postalCode = "52511";
        u.contactPerson = "Jonas Muster";
        u.bic = "";
        u.email = "";
        ConsoleHarness.Output o = ConsoleHarness.run(u, admin);
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).contains("ja-kreis-heinsberg updated");
        Participant p = service.stored.get("ja-kreis-heinsberg");
        assertThat(p.name()).isEqualTo("Kreisjugendamt Heinsberg");
        assertThat(p.kind()).isEqualTo(ParticipantKind.YOUTH_OFFICE);
        assertThat(p.address()).isEqualTo(new PostalAddress(null, null, "Postfach 1 23", "52511", "Heinsberg"));
        assertThat(p.contactPerson()).isEqualTo("Jonas Muster");
        assertThat(p.phone()).isEqualTo("02452 13-0");
        assertThat(p.email()).isNull();
        assertThat(p.bank()).isEqualTo(new BankAccount("Kreiskasse Heinsberg", IBAN, null, null));
    }

    @Test
    void aRefusalNamesTheFieldAndChangesNothing() throws Exception {
        ParticipantCommands.CreateParticipant c = create();
        c.accountHolder = "Kreiskasse Heinsberg";
        c.iban = "DE53 0000 0000 0012 3456 78";
        ConsoleHarness.Output o = ConsoleHarness.run(c, admin);
        assertThat(o.err()).startsWith("Error in bank.iban: ");
        assertThat(service.stored).isEmpty();
    }

    /** Keeps participants in memory; refuses an IBAN as the participant bundle would (only the demo IBAN passes here). */
    static final class Stored implements ParticipantService {
        final Map<String, Participant> stored = new LinkedHashMap<>();

        private static Participant normalised(Participant p) {
            BankAccount b = p.bank();
            if (b != null) {
                String iban = b.iban() == null ? null : b.iban().replace(" ", "");
                if (!IBAN.equals(iban)) {
                    throw IkzException.invalid("bank.iban", "bank.iban: the check digits do not match (mod 97); is there a typo?");
                }
                b = new BankAccount(b.holder(), iban, b.bic(), b.bank());
            }
            return new Participant(p.id(), p.kind(), p.name(), p.key(), p.parentId(), p.contacts(), p.address(), p.contactPerson(),
                    p.phone(), p.email(), b);
        }

        @Override
        public Participant create(Caller caller, String tenantId, Participant p) {
            Participant n = normalised(p);
            stored.put(n.id(), n);
            return n;
        }

        @Override
        public Participant update(Caller caller, String tenantId, Participant p) {
            return create(caller, tenantId, p);
        }

        @Override
        public List<Participant> list(Caller caller, String tenantId) {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<Participant> find(Caller caller, String tenantId, String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void addJurisdiction(Caller caller, String tenantId, String participantId, JurisdictionEntry entry) {
        }

        @Override
        public List<JurisdictionEntry> jurisdiction(Caller caller, String tenantId, String participantId) {
            return List.of();
        }

        @Override
        public List<String> area(Caller caller, String tenantId, String participantId, LocalDate on) {
            return List.of();
        }

        @Override
        public FigureSum figure(Caller caller, String tenantId, String participantId, String figure, LocalDate on,
                                LocalDate referenceDate) {
            throw IkzException.invalid("participant", "no area");
        }

        @Override
        public Map<String, FigureSum> figures(Caller caller, String tenantId, Collection<String> participantIds, String figure,
                                              LocalDate on, LocalDate referenceDate) {
            return Map.of();
        }
    }
}
