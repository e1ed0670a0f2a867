package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A participant's letter details (issue 10) in the running platform: stored through REST on the migrated schema and
 * read back normalised, a wrong IBAN refused as a problem naming {@code bank.iban} with nothing stored, a PUT that
 * leaves the account out clears it, the console's update changes only what it is given, and the demo gives every
 * participant of its cooperations an address and its issuing participants an account.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ParticipantLetterDetailsIT extends ContainerSupport {

    private static final String ADDRESS = "{\"name\":\"Kreis Heinsberg\",\"addition\":\"Kreisjugendamt\","
            + "\"street\":\"Valkenburger Straße 45\",\"postalCode\":\"52525\",\"city\":\"Heinsberg\"}";

    private static String participant(String id, String bank) {
        return "{\"id\":\"" + id + "\",\"kind\":\"YOUTH_OFFICE\",\"name\":\"Kreisjugendamt Heinsberg\",\"address\":" + ADDRESS
                + ",\"contactPerson\":\"Anna Beispiel\",\"phone\":\"02452 13-0\",\"email\":\"jugendamt@example.org\""
                + (bank == null ? "" : ",\"bank\":" + bank) + "}";
    }

    @Test
    public void letterDetailsAreStoredCheckedAndClearedByAWholeUpdate() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        String t = "ld-" + UUID.randomUUID().toString().substring(0, 8);
        ok(201, h.post("tenants", json("id", t, "name", "Letter details " + t), "admin", pw), "tenant");

        Http.Reply bad = h.post("participants?tenant=" + t, participant("ja-hs",
                "{\"holder\":\"Kreiskasse Heinsberg\",\"iban\":\"DE53 0000 0000 0012 3456 78\"}"), "admin", pw);
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.contentType(), bad.contentType().startsWith("application/problem+json"));
        assertEquals("bank.iban", bad.json().path("field").asText());
        assertEquals(0, ok(200, h.get("participants?tenant=" + t, "admin", pw), "list").size());

        JsonNode created = ok(201, h.post("participants?tenant=" + t, participant("ja-hs",
                "{\"holder\":\"Kreiskasse Heinsberg\",\"iban\":\"de52 0000 0000 0012 3456 78\",\"bank\":\"Demo-Sparkasse (kein echtes Konto)\"}"),
                "admin", pw), "create");
        assertEquals("DE52000000000012345678", created.path("bank").path("iban").asText());
        JsonNode read = ok(200, h.get("participants/ja-hs?tenant=" + t, "admin", pw), "read");
        assertEquals("52525", read.path("address").path("postalCode").asText());
        assertEquals("Kreisjugendamt", read.path("address").path("addition").asText());
        assertEquals("Anna Beispiel", read.path("contactPerson").asText());
        assertEquals("DE52000000000012345678", read.path("bank").path("iban").asText());

        // the console changes only what it is given, and prints the details for staff
        String out = console("ikz:participant-update --tenant " + t + " --phone \"02452 13-1234\" ja-hs", "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("ja-hs updated"));
        String shown = console("ikz:participant-show --tenant " + t + " ja-hs", "itest", "ikz-platform-admin");
        assertTrue(shown, shown.contains("Letter details:"));
        assertTrue(shown, shown.contains("DE52 0000 0000 0012 3456 78"));
        assertTrue(shown, shown.contains("02452 13-1234"));
        assertTrue(shown, shown.contains("Valkenburger Straße 45"));
        String refused = console("ikz:participant-update --tenant " + t + " --iban DE00 ja-hs", "itest", "ikz-platform-admin");
        assertTrue(refused, refused.contains("Error in bank.iban: "));

        // PUT replaces the whole participant: without bank the account is gone
        JsonNode replaced = ok(200, h.send("PUT", "participants/ja-hs?tenant=" + t,
                "{\"kind\":\"YOUTH_OFFICE\",\"name\":\"Kreisjugendamt Heinsberg\",\"address\":" + ADDRESS + "}", "admin", pw), "put");
        assertTrue(replaced.path("bank").isNull());
        assertTrue(ok(200, h.get("participants/ja-hs?tenant=" + t, "admin", pw), "read").path("bank").isNull());
        assertTrue(replaced.path("contactPerson").isNull());
    }

    @Test
    public void theDemosParticipantsHaveAddressesAndItsLeadsAnAccount() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        String t = "ldd-" + UUID.randomUUID().toString().substring(0, 8);
        String out = console("ikz:demo-load --tenant " + t + " --register " + System.getProperty("ikz.itest.register"),
                "itest", "ikz-platform-admin");
        assertFalse(out, out.contains("Error in") || out.contains("Error:"));
        JsonNode list = ok(200, http().get("participants?tenant=" + t, "admin", pw), "list");
        assertTrue(list.toString(), list.size() >= 20);
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode p : list) {
            byId.put(p.path("id").asText(), p);
            JsonNode a = p.path("address");
            assertFalse(p.path("id").asText() + " has no address", a.isNull() || a.isMissingNode());
            assertTrue(p.toString(), a.path("postalCode").asText().matches("[0-9]{5}"));
        }
        for (String lead : new String[] {"ja-staedteregion", "ja-kreis-heinsberg"}) {
            JsonNode p = byId.get(lead);
            assertTrue(lead, p.path("bank").path("bank").asText().contains("kein echtes Konto"));
            assertTrue(lead, p.path("email").asText().endsWith("@example.org"));
            assertFalse(lead, p.path("contactPerson").asText().isBlank());
        }
        assertEquals("Valkenburger Straße 45", byId.get("kreis-heinsberg").path("address").path("street").asText());
    }
}
