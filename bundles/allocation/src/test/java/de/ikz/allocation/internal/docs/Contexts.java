package de.ikz.allocation.internal.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.document.Letterhead;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.PostalAddress;

/** The surroundings of a run's documents: the agreement, the lead's letterhead, the partners with addresses. */
final class Contexts {

    static final String FILE_REFERENCE = "51.2-IKZ-Vormundschaft";
    static final BankAccount BANK = new BankAccount("Regionskasse StädteRegion Aachen", "DE02370502990000684712",
            "COKSDE33XXX", "Demo-Sparkasse (kein echtes Konto)");
    static final Letterhead ISSUER = new Letterhead("StädteRegion Aachen – Die Städteregionsrätin", "A 51 – Amt für Kinder, Jugend und Familie",
            new PostalAddress(null, null, "Zollernstraße 10", "52070", "Aachen"), "Petra Beispiel", "+49 241 5198-0",
            "jugendamt@example.org", BANK, null);

    private Contexts() {
    }

    static Agreement agreement() {
        List<Party> parties = Runs.NAMES.keySet().stream()
                .map(id -> new Party(id, id.equals("staedteregion") ? Party.LEAD : Party.PARTNER)).toList();
        return new Agreement("altkreis-aachen", "vormundschaft", Runs.TITLE, "staedteregion", parties,
                LegalForm.PUBLIC_LAW_MANDATE, new AgreementDates(LocalDate.of(2024, 6, 12), null, null, LocalDate.of(2025, 1, 1),
                null, null), List.of(), null, null, 2, LocalDate.of(2025, 1, 1), null, Instant.parse("2025-01-01T00:00:00Z"),
                "admin", FILE_REFERENCE);
    }

    static Map<String, Participant> participants() {
        Map<String, Participant> m = new LinkedHashMap<>();
        Runs.NAMES.forEach((id, name) -> m.put(id, new Participant(id, ParticipantKind.YOUTH_OFFICE, name, null, null, List.of(),
                new PostalAddress(null, "Kämmerei", "Rathausplatz " + (m.size() + 1), "5207" + m.size(), "Ort " + name),
                null, null, null, id.equals("eschweiler") ? new BankAccount("Stadtkasse Eschweiler", "DE12500105170648489890",
                null, "Demo-Bank") : null)));
        return m;
    }

    static RunDocuments.Context of(AllocationRun run, AllocationRun... all) {
        return new RunDocuments.Context(run, agreement(), ISSUER, participants(),
                all.length == 0 ? RunStatus.alone(run) : RunStatus.of(run, List.of(all)));
    }
}
