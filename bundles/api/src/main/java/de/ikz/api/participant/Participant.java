package de.ikz.api.participant;

import java.util.List;

/**
 * A participant of cooperations within a tenant.
 *
 * @param id            tenant-unique id: 2–40 of a-z, 0-9, '-' (e.g. "ja-alsdorf")
 * @param kind          what it is
 * @param name          display name
 * @param key           for a municipality its 8-digit AGS, for a district or district-free city its 5-digit key; else null
 * @param parentId      the participant it belongs to (a youth office to its town or district), or null
 * @param contacts      contacts
 * @param address       postal address for letters to and from it, or null (then the host default is printed)
 * @param contactPerson the person named on letters it issues ("Ansprechpartnerin"), or null
 * @param phone         phone number on its letters, or null
 * @param email         e-mail address on its letters, or null
 * @param bank          its treasury's account, printed on the payment requests it issues, or null
 */
public record Participant(String id, ParticipantKind kind, String name, String key, String parentId, List<Contact> contacts,
                          PostalAddress address, String contactPerson, String phone, String email, BankAccount bank) {
    public Participant {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A participant without letter details (address, contact, bank). */
    public Participant(String id, ParticipantKind kind, String name, String key, String parentId, List<Contact> contacts) {
        this(id, kind, name, key, parentId, contacts, null, null, null, null, null);
    }

    /**
     * The public body alone: without its contacts, the contact person, phone and e-mail (which may
     * name or reach a person); address and bank account stay.
     *
     * @since 1.2
     */
    public Participant withoutPersons() {
        return new Participant(id, kind, name, key, parentId, List.of(), address, null, null, null, bank);
    }
}
