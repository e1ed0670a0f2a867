package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import de.ikz.vormundschaft.internal.service.Appointments.ContactInput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContactsResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final ContactsResource resource = new ContactsResource(office);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void contactsOfOneVolunteer() {
        assertThat(resource.contacts(Callers.coordinator(), "v-7", null)).containsExactly(office.contact);
        assertThat(office.only().tenantId()).isEqualTo(Callers.TENANT);
        assertThat(office.only().args()).containsExactly("v-7");
    }

    @Test
    void aNewContactAnswers201() {
        ContactInput in = new ContactInput("v-7", "a-5", LocalDate.of(2026, 2, 12), 45, "PHONE", "first weeks", null, null);
        Response r = resource.addContact(Callers.platformAdmin(), "kreis-b", in);
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/contacts?volunteer=v-7"));
        assertThat(r.getEntity()).isSameAs(office.contact);
        assertThat(office.only().tenantId()).isEqualTo("kreis-b");
        assertThat(office.only().args()).containsExactly(in);
    }

    @Test
    void aMissingBodyIsRefused() {
        Refusals.invalid(null, () -> resource.addContact(Callers.coordinator(), null, null));
        assertThat(office.calls).isEmpty();
    }
}
