package de.ikz.shell.internal;

import java.util.Map;
import java.util.Optional;

import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.PostalAddress;

/**
 * The letter details of the demo's participants (issue 10), so that the demo's notices carry a sender and a
 * recipient. Addresses of the town halls and district offices are their public office addresses (checked against
 * public listings of the administrations' addresses, with the register's postal codes); the two welfare
 * organisations get an obviously invented one ("Musterstraße", marked "Beispieladresse"). The issuing (lead)
 * participants get an invented contact person, the public switchboard number of their administration, an
 * {@code @example.org} address and a treasury account at a bank that does not exist: bank code 00000000, check digits
 * computed for mod 97 (verified by the participant bundle's IBAN check in its ParticipantContract test).
 */
final class DemoLetterDetails {

    static final String DEMO_BANK = "Demo-Sparkasse (kein echtes Konto)";
    static final String IBAN_STAEDTEREGION = "DE91000000000087654321";
    static final String IBAN_KREIS_HEINSBERG = "DE52000000000012345678";

    /** What a participant's letters carry; null parts are not set. */
    record Details(PostalAddress address, String contactPerson, String phone, String email, BankAccount bank) {
    }

    private static final String EXAMPLE_ADDRESS = "Beispieladresse";

    private static PostalAddress at(String name, String addition, String street, String postalCode, String city) {
        return new PostalAddress(name, addition, street, postalCode, city);
    }

    private static Details address(PostalAddress a) {
        return new Details(a, null, null, null, null);
    }

    /**
     * A partner's youth office: its address and an invented {@code @example.org} mailbox of its treasury, the
     * electronic address an XRechnung e-invoice to it needs.
     */
    private static Details office(String id, PostalAddress a) {
        return new Details(a, null, null, "kasse." + id + "@example.org", null);
    }

    private static final PostalAddress STAEDTEREGION = at("StädteRegion Aachen", null, "Zollernstraße 10", "52070", "Aachen");
    private static final PostalAddress KREIS_HEINSBERG = at("Kreis Heinsberg", null, "Valkenburger Straße 45", "52525", "Heinsberg");

    /** Participant id to its letter details. */
    static final Map<String, Details> BY_ID = Map.ofEntries(
            // StädteRegion Aachen
            Map.entry("staedteregion", address(STAEDTEREGION)),
            Map.entry("ja-staedteregion", new Details(at("StädteRegion Aachen", "Jugendamt", "Zollernstraße 10", "52070", "Aachen"),
                    "Jonas Muster", "0241 5198-0", "jugendamt.staedteregion@example.org",
                    new BankAccount("StädteRegion Aachen, Regionskasse", IBAN_STAEDTEREGION, null, DEMO_BANK))),
            Map.entry("ga-staedteregion", address(at("StädteRegion Aachen", "Gesundheitsamt", "Zollernstraße 10", "52070", "Aachen"))),
            Map.entry("aachen", address(at("Stadt Aachen", "Rathaus", "Markt", "52062", "Aachen"))),
            Map.entry("ja-aachen", office("ja-aachen", at("Stadt Aachen", "Jugendamt", "Markt", "52062", "Aachen"))),
            Map.entry("alsdorf", address(at("Stadt Alsdorf", null, "Hubertusstraße 17", "52477", "Alsdorf"))),
            Map.entry("ja-alsdorf", office("ja-alsdorf", at("Stadt Alsdorf", "Jugendamt", "Hubertusstraße 17", "52477", "Alsdorf"))),
            Map.entry("eschweiler", address(at("Stadt Eschweiler", null, "Johannes-Rau-Platz 1", "52249", "Eschweiler"))),
            Map.entry("ja-eschweiler", office("ja-eschweiler", at("Stadt Eschweiler", "Jugendamt", "Johannes-Rau-Platz 1", "52249", "Eschweiler"))),
            Map.entry("herzogenrath", address(at("Stadt Herzogenrath", null, "Rathausplatz 1", "52134", "Herzogenrath"))),
            Map.entry("ja-herzogenrath", office("ja-herzogenrath", at("Stadt Herzogenrath", "Jugendamt", "Rathausplatz 1", "52134", "Herzogenrath"))),
            Map.entry("stolberg", address(at("Kupferstadt Stolberg", null, "Rathausstraße 11-13", "52222", "Stolberg"))),
            Map.entry("ja-stolberg", office("ja-stolberg", at("Kupferstadt Stolberg", "Jugendamt", "Rathausstraße 11-13", "52222", "Stolberg"))),
            Map.entry("wuerselen", address(at("Stadt Würselen", null, "Morlaixplatz 1", "52146", "Würselen"))),
            Map.entry("ja-wuerselen", office("ja-wuerselen", at("Stadt Würselen", "Jugendamt", "Morlaixplatz 1", "52146", "Würselen"))),
            Map.entry("skf-aachen", address(at(null, EXAMPLE_ADDRESS, "Musterstraße 1", "52062", "Aachen"))),
            Map.entry("kinderschutzbund-aachen", address(at(null, EXAMPLE_ADDRESS, "Musterstraße 2", "52062", "Aachen"))),
            // Kreis Heinsberg
            Map.entry("kreis-heinsberg", address(KREIS_HEINSBERG)),
            Map.entry("ja-kreis-heinsberg", new Details(at("Kreis Heinsberg", "Kreisjugendamt", "Valkenburger Straße 45", "52525", "Heinsberg"),
                    "Anna Beispiel", "02452 13-0", "jugendamt.kreis-heinsberg@example.org",
                    new BankAccount("Kreiskasse Heinsberg", IBAN_KREIS_HEINSBERG, null, DEMO_BANK))),
            Map.entry("erkelenz", address(at("Stadt Erkelenz", null, "Johannismarkt 17", "41812", "Erkelenz"))),
            Map.entry("ja-erkelenz", office("ja-erkelenz", at("Stadt Erkelenz", "Jugendamt", "Johannismarkt 17", "41812", "Erkelenz"))),
            Map.entry("geilenkirchen", address(at("Stadt Geilenkirchen", null, "Markt 9", "52511", "Geilenkirchen"))),
            Map.entry("ja-geilenkirchen", office("ja-geilenkirchen", at("Stadt Geilenkirchen", "Jugendamt", "Markt 9", "52511", "Geilenkirchen"))),
            Map.entry("heinsberg", address(at("Stadt Heinsberg", null, "Apfelstraße 60", "52525", "Heinsberg"))),
            Map.entry("ja-heinsberg", office("ja-heinsberg", at("Stadt Heinsberg", "Jugendamt", "Apfelstraße 60", "52525", "Heinsberg"))),
            Map.entry("hueckelhoven", address(at("Stadt Hückelhoven", null, "Rathausplatz 1", "41836", "Hückelhoven"))),
            Map.entry("ja-hueckelhoven", office("ja-hueckelhoven", at("Stadt Hückelhoven", "Jugendamt", "Rathausplatz 1", "41836", "Hückelhoven"))));

    private DemoLetterDetails() {
    }

    /** The participant with the demo's letter details wherever it has none. */
    static Participant with(Participant p) {
        Details d = BY_ID.get(p.id());
        if (d == null) {
            return p;
        }
        return new Participant(p.id(), p.kind(), p.name(), p.key(), p.parentId(), p.contacts(),
                p.address() == null ? d.address() : p.address(),
                p.contactPerson() == null ? d.contactPerson() : p.contactPerson(),
                p.phone() == null ? d.phone() : p.phone(),
                p.email() == null ? d.email() : p.email(),
                p.bank() == null ? d.bank() : p.bank());
    }

    /**
     * For a participant of a demo loaded before letter details existed: the participant with the missing details
     * filled in, or empty if nothing is missing (what is set, the demo's or a user's, stays).
     */
    static Optional<Participant> completed(Participant existing) {
        Participant full = with(existing);
        return full.equals(existing) ? Optional.empty() : Optional.of(full);
    }
}
