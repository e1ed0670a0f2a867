package de.ikz.api.participant;

import java.util.List;

/**
 * A participant of cooperations within a tenant.
 *
 * @param id       tenant-unique id: 2–40 of a-z, 0-9, '-' (e.g. "ja-alsdorf")
 * @param kind     what it is
 * @param name     display name
 * @param key      for a municipality its 8-digit AGS, for a district or district-free city its 5-digit key; else null
 * @param parentId the participant it belongs to (a youth office to its town or district), or null
 * @param contacts contacts
 */
public record Participant(String id, ParticipantKind kind, String name, String key, String parentId, List<Contact> contacts) {
    public Participant {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
