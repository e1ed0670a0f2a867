package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.tenant.Caller;
import de.ikz.rest.internal.resources.ParticipantsResource;
import de.ikz.rest.internal.resources.ParticipantsResource.NewParticipant;
import de.ikz.rest.internal.resources.ParticipantsResource.ParticipantChange;
import de.ikz.testkit.Callers;
import de.ikz.testkit.TestRuntime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The participant's letter details through REST (issue 10): the JSON a client sends reaches the service as the API
 * records, the answer has the documented shape (English keys, nested {@code address} and {@code bank}), and a refusal
 * names the nested field ({@code bank.iban}).
 */
@SuppressWarnings("unchecked")
class ParticipantsResourceTest {

    private final ObjectMapper json = Json.mapper();
    private final Fake service = new Fake();
    private final ParticipantsResource resource = new ParticipantsResource(service);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    static final String BODY = """
            {"id": "ja-kreis-heinsberg", "kind": "YOUTH_OFFICE", "name": "Kreisjugendamt Heinsberg",
             "address": {"name": "Kreis Heinsberg", "addition": "Amt für Kinder, Jugend und Familie",
                         "street": "Valkenburger Straße 45", "postalCode": "52525", "city": "Heinsberg"},
             "contactPerson": "Anna Beispiel", "phone": "02452 13-0", "email": "jugendamt@example.org",
             "bank": {"holder": "Kreiskasse Heinsberg", "iban": "DE52 0000 0000 0012 3456 78", "bic": null,
                      "bank": "Demo-Sparkasse (kein echtes Konto)"}}
            """;

    @Test
    void letterDetailsReachTheServiceAndTheAnswerHasTheDocumentedShape() throws Exception {
        NewParticipant body = json.readValue(BODY, NewParticipant.class);
        Response r = resource.create(Callers.context(Callers.tenantAdmin("kreis-a")), null, body);
        assertThat(r.getStatus()).isEqualTo(201);
        Participant sent = service.created.get(0);
        assertThat(sent.address()).isEqualTo(new PostalAddress("Kreis Heinsberg", "Amt für Kinder, Jugend und Familie",
                "Valkenburger Straße 45", "52525", "Heinsberg"));
        assertThat(sent.contactPerson()).isEqualTo("Anna Beispiel");
        assertThat(sent.phone()).isEqualTo("02452 13-0");
        assertThat(sent.email()).isEqualTo("jugendamt@example.org");
        assertThat(sent.bank()).isEqualTo(new BankAccount("Kreiskasse Heinsberg", "DE52 0000 0000 0012 3456 78", null,
                "Demo-Sparkasse (kein echtes Konto)"));

        JsonNode answer = json.valueToTree(r.getEntity());
        assertThat(fieldNames(answer)).containsExactly("id", "kind", "name", "key", "parentId", "contacts", "address",
                "contactPerson", "phone", "email", "bank");
        assertThat(fieldNames(answer.path("address"))).containsExactly("name", "addition", "street", "postalCode", "city");
        assertThat(fieldNames(answer.path("bank"))).containsExactly("holder", "iban", "bic", "bank");
        assertThat(answer.path("bank").path("iban").asText()).isEqualTo("DE52000000000012345678");
        assertThat(answer.path("address").path("postalCode").asText()).isEqualTo("52525");
    }

    @Test
    void anUpdateSendsTheLetterDetailsAndWithoutThemClearsThem() throws Exception {
        ParticipantChange change = json.readValue("""
                {"kind": "YOUTH_OFFICE", "name": "Kreisjugendamt Heinsberg",
                 "address": {"street": "Valkenburger Straße 45", "postalCode": "52525", "city": "Heinsberg"}}
                """, ParticipantChange.class);
        resource.update(Callers.context(Callers.tenantAdmin("kreis-a")), "ja-kreis-heinsberg", null, change);
        Participant sent = service.updated.get(0);
        assertThat(sent.id()).isEqualTo("ja-kreis-heinsberg");
        assertThat(sent.address()).isEqualTo(new PostalAddress(null, null, "Valkenburger Straße 45", "52525", "Heinsberg"));
        assertThat(sent.bank()).isNull();
        assertThat(sent.contactPerson()).isNull();
    }

    @Test
    void aRefusedIbanIsAProblemNamingBankIban() throws Exception {
        // the service's refusal (the participant bundle checks mod 97) becomes a problem naming the nested field
        service.refusal = IkzException.invalid("bank.iban", "bank.iban: the check digits do not match (mod 97); is there a typo?");
        NewParticipant body = json.readValue(BODY, NewParticipant.class);
        assertThatThrownBy(() -> resource.create(Callers.context(Callers.tenantAdmin("kreis-a")), null, body))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    Response problem = new ExceptionMappers.Ikz().toResponse(e);
                    assertThat(problem.getStatus()).isEqualTo(400);
                    assertThat((Map<Object, Object>) problem.getEntity()).containsEntry("field", "bank.iban");
                });
        // a wrong JSON type inside the account is refused by the mapping, naming the same path
        assertThatThrownBy(() -> json.readValue(BODY.replace("\"DE52 0000 0000 0012 3456 78\"", "52"), NewParticipant.class))
                .isInstanceOfSatisfying(JsonProcessingException.class, e -> assertThat(
                        (Map<Object, Object>) new ExceptionMappers.JsonErrors().toResponse(e).getEntity()).containsEntry("field", "bank.iban"));
        // an unknown key inside the address is refused by name, not dropped
        assertThatThrownBy(() -> json.readValue(BODY.replace("\"city\"", "\"town\""), NewParticipant.class))
                .isInstanceOfSatisfying(JsonProcessingException.class, e -> assertThat(
                        (Map<Object, Object>) new ExceptionMappers.JsonErrors().toResponse(e).getEntity()).containsEntry("field", "address.town"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Records what the resource passes on; answers as the participant bundle would (IBAN normalised). */
    static final class Fake implements ParticipantService {
        final List<Participant> created = new ArrayList<>();
        final List<Participant> updated = new ArrayList<>();
        IkzException refusal;

        @Override
        public Participant create(Caller caller, String tenantId, Participant p) {
            if (refusal != null) {
                throw refusal;
            }
            created.add(p);
            BankAccount b = p.bank() == null ? null
                    : new BankAccount(p.bank().holder(), p.bank().iban().replace(" ", ""), p.bank().bic(), p.bank().bank());
            return new Participant(p.id(), p.kind(), p.name(), p.key(), p.parentId(), p.contacts(), p.address(), p.contactPerson(),
                    p.phone(), p.email(), b);
        }

        @Override
        public Participant update(Caller caller, String tenantId, Participant p) {
            updated.add(p);
            return p;
        }

        @Override
        public List<Participant> list(Caller caller, String tenantId) {
            return List.of();
        }

        @Override
        public Optional<Participant> find(Caller caller, String tenantId, String id) {
            return Optional.of(new Participant(id, ParticipantKind.YOUTH_OFFICE, "x", null, null, List.of()));
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
            return null;
        }

        @Override
        public Map<String, FigureSum> figures(Caller caller, String tenantId, Collection<String> participantIds, String figure,
                                              LocalDate on, LocalDate referenceDate) {
            return Map.of();
        }
    }
}
