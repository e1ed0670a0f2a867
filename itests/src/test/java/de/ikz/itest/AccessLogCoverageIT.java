package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import de.ikz.api.persistence.Database;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * Issue 8: <b>every</b> read of personal or case data writes an access-log entry. This suite walks
 * every GET operation of the live OpenAPI document ({@code /api/v1/openapi.json}, core and the
 * guardianship module), calls each one with seeded data as a user who may read it, and fails for
 * any operation that answers 2xx without exactly one new {@code READ} entry by that user, unless
 * the operation is in {@link #NO_PERSONAL_DATA} with the reason why it shows none.
 *
 * <p>Nothing is skipped silently: a GET operation of the document that has no line in
 * {@link #REQUESTS} (a new path) fails the test, and so does a request that does not answer 2xx
 * (its parameters would be filled wrongly, and the path not really checked).
 *
 * <p>Seed: a tenant of its own loaded with {@code ikz:demo-load} and {@code vormundschaft:demo-load}
 * (participants with contacts, the Altkreis Aachen agreement with its runs, volunteers, children,
 * appointments with court file numbers, contacts, allowance claims), and four users of that tenant.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AccessLogCoverageIT extends ContainerSupport {

    private static final String PW = "Walk-every-GET-8421!";

    /** Who calls an operation: a user allowed to read it. */
    enum Who { ADMIN, TENANT_ADMIN, COORDINATOR, STAFF, AUDITOR }

    /** A request for one operation: the path under /api/v1 with {placeholders} from the seed, and who calls it. */
    record Req(String path, Who who) {
    }

    /**
     * One line per GET operation of the OpenAPI document: how its parameters are filled. The
     * placeholders are filled from the seed (see {@code seed()}):
     * <ul>
     *   <li>{@code {t}} the demo tenant; {@code {y}} the demo year; {@code {from}}, {@code {to}} that year's first and last day;</li>
     *   <li>{@code {participant}} a partner of the demo agreement (ja-alsdorf); {@code {withContact}} a participant the seed adds
     *       with a contact person; {@code {agreement}} the Altkreis Aachen agreement;</li>
     *   <li>{@code {district}}, {@code {ags}} the Städteregion Aachen and Alsdorf in the federal register;</li>
     *   <li>{@code {user}} the coordinator's user name; {@code {grant}} the id of a role grant of the tenant;</li>
     *   <li>{@code {volunteer}}, {@code {child}}, {@code {appointment}} the first of each the module lists for the coordinator.</li>
     * </ul>
     */
    static final Map<String, Req> REQUESTS = new LinkedHashMap<>();

    static {
        String a = "/agreements/{agreement}";
        REQUESTS.put("/agreements", new Req("/agreements?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}", new Req(a + "?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/compare", new Req(a + "/compare?tenant={t}&a={y}/v1&b={y}/v2", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/history", new Req(a + "/history?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/profile", new Req(a + "/profile?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/runs", new Req(a + "/runs?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/runs/{year}/{version}", new Req(a + "/runs/{y}/v1?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/runs/{year}/{version}/notices/{partner}.{format}",
                new Req(a + "/runs/{y}/v1/notices/{participant}.pdf?tenant={t}", Who.ADMIN));
        REQUESTS.put("/agreements/{id}/runs/{year}/{version}/summary.{format}", new Req(a + "/runs/{y}/v1/summary.pdf?tenant={t}", Who.ADMIN));
        REQUESTS.put("/audit", new Req("/audit", Who.AUDITOR));
        REQUESTS.put("/audit/verify", new Req("/audit/verify", Who.ADMIN));
        REQUESTS.put("/docs", new Req("/docs", Who.ADMIN));
        REQUESTS.put("/docs/{file}", new Req("/docs/index.html", Who.ADMIN));
        REQUESTS.put("/grants", new Req("/grants", Who.TENANT_ADMIN));
        REQUESTS.put("/grants/{id}", new Req("/grants/{grant}", Who.TENANT_ADMIN));
        REQUESTS.put("/health", new Req("/health", Who.ADMIN));
        REQUESTS.put("/modules", new Req("/modules", Who.ADMIN));
        REQUESTS.put("/modules/{id}", new Req("/modules/vormundschaft", Who.ADMIN));
        REQUESTS.put("/modules/{id}/operations", new Req("/modules/vormundschaft/operations", Who.ADMIN));
        REQUESTS.put("/openapi.json", new Req("/openapi.json", Who.ADMIN));
        REQUESTS.put("/participants", new Req("/participants", Who.TENANT_ADMIN));
        REQUESTS.put("/participants/{id}", new Req("/participants/{withContact}", Who.TENANT_ADMIN));
        REQUESTS.put("/participants/{id}/figures/{figure}", new Req("/participants/{participant}/figures/population", Who.TENANT_ADMIN));
        REQUESTS.put("/participants/{id}/jurisdiction", new Req("/participants/{participant}/jurisdiction", Who.TENANT_ADMIN));
        REQUESTS.put("/register/districts", new Req("/register/districts", Who.ADMIN));
        REQUESTS.put("/register/districts/{key}", new Req("/register/districts/{district}", Who.ADMIN));
        REQUESTS.put("/register/municipalities/{ags}", new Req("/register/municipalities/{ags}", Who.ADMIN));
        REQUESTS.put("/tenants", new Req("/tenants", Who.ADMIN));
        REQUESTS.put("/tenants/{id}", new Req("/tenants/{t}", Who.ADMIN));
        REQUESTS.put("/users", new Req("/users", Who.TENANT_ADMIN));
        REQUESTS.put("/users/{username}", new Req("/users/{user}", Who.TENANT_ADMIN));
        String m = "/modules/vormundschaft";
        REQUESTS.put(m + "/allowance-claims", new Req(m + "/allowance-claims", Who.COORDINATOR));
        REQUESTS.put(m + "/appointments", new Req(m + "/appointments", Who.STAFF));
        REQUESTS.put(m + "/appointments/{id}", new Req(m + "/appointments/{appointment}", Who.COORDINATOR));
        REQUESTS.put(m + "/children", new Req(m + "/children", Who.COORDINATOR));
        REQUESTS.put(m + "/children/{id}", new Req(m + "/children/{child}", Who.COORDINATOR));
        REQUESTS.put(m + "/children/{id}/proposals", new Req(m + "/children/{child}/proposals", Who.COORDINATOR));
        REQUESTS.put(m + "/children/{id}/suggestions", new Req(m + "/children/{child}/suggestions", Who.COORDINATOR));
        REQUESTS.put(m + "/contacts", new Req(m + "/contacts", Who.COORDINATOR));
        REQUESTS.put(m + "/courses", new Req(m + "/courses", Who.AUDITOR));
        REQUESTS.put(m + "/due", new Req(m + "/due?days=366", Who.COORDINATOR));
        REQUESTS.put(m + "/group-evenings", new Req(m + "/group-evenings", Who.COORDINATOR));
        REQUESTS.put(m + "/reports/funnel", new Req(m + "/reports/funnel?from={from}&to={to}", Who.COORDINATOR));
        REQUESTS.put(m + "/reports/offices", new Req(m + "/reports/offices?from={from}&to={to}", Who.COORDINATOR));
        REQUESTS.put(m + "/training/modules", new Req(m + "/training/modules", Who.COORDINATOR));
        REQUESTS.put(m + "/volunteers", new Req(m + "/volunteers", Who.COORDINATOR));
        REQUESTS.put(m + "/volunteers/{id}", new Req(m + "/volunteers/{volunteer}", Who.COORDINATOR));
        REQUESTS.put(m + "/volunteers/{id}/history", new Req(m + "/volunteers/{volunteer}/history", Who.AUDITOR));
        // Frühe Hilfen: the demo year ikz:demo-load loaded ({fy}: the last completed year), its first family and staff member
        String fh = "/modules/fruehehilfen";
        REQUESTS.put(fh + "/contacts", new Req(fh + "/contacts?from={fy}-01-01&to={fy}-12-31", Who.COORDINATOR));
        REQUESTS.put(fh + "/exports/families/{familyId}", new Req(fh + "/exports/families/{fhFamily}", Who.COORDINATOR));
        REQUESTS.put(fh + "/families", new Req(fh + "/families", Who.COORDINATOR));
        REQUESTS.put(fh + "/families/{id}", new Req(fh + "/families/{fhFamily}", Who.AUDITOR));
        REQUESTS.put(fh + "/families/{id}/identity", new Req(fh + "/families/{fhFamily}/identity", Who.COORDINATOR));
        REQUESTS.put(fh + "/families/{familyId}/assessments", new Req(fh + "/families/{fhFamily}/assessments", Who.AUDITOR));
        REQUESTS.put(fh + "/families/{familyId}/contacts", new Req(fh + "/families/{fhFamily}/contacts", Who.COORDINATOR));
        REQUESTS.put(fh + "/families/{familyId}/resources", new Req(fh + "/families/{fhFamily}/resources", Who.COORDINATOR));
        REQUESTS.put(fh + "/pool", new Req(fh + "/pool", Who.AUDITOR));
        for (String pool : List.of("figures", "settings", "grants", "contributions", "receipts", "expenses", "network-work", "year-end")) {
            REQUESTS.put(fh + "/pool/{year}/" + pool, new Req(fh + "/pool/{fy}/" + pool, Who.AUDITOR));
        }
        REQUESTS.put(fh + "/reports/due", new Req(fh + "/reports/due", Who.COORDINATOR));
        REQUESTS.put(fh + "/reports/proofs", new Req(fh + "/reports/proofs?year={fy}", Who.AUDITOR));
        REQUESTS.put(fh + "/reports/proofs/placeholders", new Req(fh + "/reports/proofs/placeholders", Who.COORDINATOR));
        REQUESTS.put(fh + "/reports/proofs/{year}/{partner}", new Req(fh + "/reports/proofs/{fy}/pool", Who.AUDITOR));
        REQUESTS.put(fh + "/reports/proofs/{year}/{partner}/document.{format}", new Req(fh + "/reports/proofs/{fy}/pool/document.pdf",
                Who.AUDITOR));
        REQUESTS.put(fh + "/reports/steering", new Req(fh + "/reports/steering?from={fy}-01-01&to={fy}-12-31", Who.AUDITOR));
        REQUESTS.put(fh + "/reports/steering/document.{format}", new Req(fh + "/reports/steering/document.pdf?from={fy}-01-01&to={fy}-12-31",
                Who.AUDITOR));
        REQUESTS.put(fh + "/staff", new Req(fh + "/staff", Who.COORDINATOR));
        REQUESTS.put(fh + "/staff/{id}", new Req(fh + "/staff/{fhStaff}", Who.AUDITOR));
        // Kinderschutz: the ImBlick demo ikz:demo-load loaded, its first institution, meeting, course (the full one, whose first
        // registration attended every date), offer and its public directory
        String ks = "/modules/kinderschutz";
        for (String p : List.of("/institutions", "/specialists", "/agreements", "/meetings", "/meetings/calendar.ics", "/follow-ups",
                "/courses", "/offers", "/directory")) {
            REQUESTS.put(ks + p, new Req(ks + p, Who.COORDINATOR));
        }
        REQUESTS.put(ks + "/institutions/{id}", new Req(ks + "/institutions/{ksInstitution}", Who.COORDINATOR));
        REQUESTS.put(ks + "/institutions/{id}/people", new Req(ks + "/institutions/{ksInstitution}/people", Who.COORDINATOR));
        REQUESTS.put(ks + "/meetings/{id}", new Req(ks + "/meetings/{ksMeeting}", Who.COORDINATOR));
        REQUESTS.put(ks + "/meetings/{id}/invitation.ics", new Req(ks + "/meetings/{ksMeeting}/invitation.ics", Who.COORDINATOR));
        REQUESTS.put(ks + "/courses/{id}", new Req(ks + "/courses/{ksCourse}", Who.COORDINATOR));
        REQUESTS.put(ks + "/courses/{id}/registrations", new Req(ks + "/courses/{ksCourse}/registrations", Who.COORDINATOR));
        REQUESTS.put(ks + "/courses/{id}/registrations/{registrationId}/certificate.pdf",
                new Req(ks + "/courses/{ksCourse}/registrations/{ksRegistration}/certificate.pdf", Who.COORDINATOR));
        REQUESTS.put(ks + "/training/totals", new Req(ks + "/training/totals", Who.COORDINATOR));
        REQUESTS.put(ks + "/offers/{id}", new Req(ks + "/offers/{ksOffer}", Who.COORDINATOR));
        REQUESTS.put(ks + "/budget/{year}", new Req(ks + "/budget/{y}", Who.AUDITOR));
        REQUESTS.put(ks + "/budget/{year}/notices/{partner}.pdf", new Req(ks + "/budget/{y}/notices/ja-aachen.pdf", Who.COORDINATOR));
        REQUESTS.put(ks + "/reports/indicators", new Req(ks + "/reports/indicators", Who.AUDITOR));
        REQUESTS.put(ks + "/reports/indicators/document.{format}", new Req(ks + "/reports/indicators/document.csv", Who.AUDITOR));
        String pub = ks + "/public/{network}";
        REQUESTS.put(pub, new Req(ks + "/public/{ksNetwork}", Who.COORDINATOR));
        for (String p : List.of("/offers", "/offers.json", "/offers.csv", "/offers.jsonld", "/events.ics")) {
            REQUESTS.put(pub + p, new Req(ks + "/public/{ksNetwork}" + p, Who.COORDINATOR));
        }
        REQUESTS.put(pub + "/offers/{id}", new Req(ks + "/public/{ksNetwork}/offers/{ksOffer}", Who.COORDINATOR));
    }

    /**
     * GET operations that return no personal or case data, with the reason. Everything else must
     * write an entry. Keep this list short and argue every line.
     */
    static final Map<String, String> NO_PERSONAL_DATA = new LinkedHashMap<>();

    static {
        String bodies = "public-law agreements between public bodies: names of bodies, budgets, cost keys; no person";
        NO_PERSONAL_DATA.put("/agreements", bodies);
        NO_PERSONAL_DATA.put("/agreements/{id}", bodies);
        NO_PERSONAL_DATA.put("/agreements/{id}/compare", "differences of two allocation runs per public body");
        NO_PERSONAL_DATA.put("/agreements/{id}/history", bodies + " (the recording staff account is work metadata)");
        NO_PERSONAL_DATA.put("/agreements/{id}/profile", bodies + ", public register figures");
        NO_PERSONAL_DATA.put("/agreements/{id}/runs", "allocation runs: amounts per public body");
        NO_PERSONAL_DATA.put("/agreements/{id}/runs/{year}/{version}", "allocation run: amounts per public body");
        NO_PERSONAL_DATA.put("/agreements/{id}/runs/{year}/{version}/notices/{partner}.{format}", "cost notice to a public body");
        NO_PERSONAL_DATA.put("/agreements/{id}/runs/{year}/{version}/summary.{format}", "run summary: amounts per public body");
        NO_PERSONAL_DATA.put("/audit/verify", "result of the chain check: counts and sequence numbers");
        NO_PERSONAL_DATA.put("/docs", "the API documentation page");
        NO_PERSONAL_DATA.put("/docs/{file}", "assets of the API documentation page");
        NO_PERSONAL_DATA.put("/health", "platform status");
        NO_PERSONAL_DATA.put("/modules", "installed cooperation modules");
        NO_PERSONAL_DATA.put("/modules/{id}", "one installed module: roles and measures");
        NO_PERSONAL_DATA.put("/modules/{id}/operations", "a module's operations and the roles that may call them");
        NO_PERSONAL_DATA.put("/openapi.json", "the API description");
        NO_PERSONAL_DATA.put("/participants/{id}/figures/{figure}", "statistical figures (population) of a public body");
        NO_PERSONAL_DATA.put("/participants/{id}/jurisdiction", "municipality keys a public body is responsible for");
        NO_PERSONAL_DATA.put("/register/districts", "the federal municipal register (Destatis, public)");
        NO_PERSONAL_DATA.put("/register/districts/{key}", "the federal municipal register (Destatis, public)");
        NO_PERSONAL_DATA.put("/register/municipalities/{ags}", "the federal municipal register (Destatis, public)");
        NO_PERSONAL_DATA.put("/tenants", "tenants: names of the hosting bodies");
        NO_PERSONAL_DATA.put("/tenants/{id}", "one tenant: name of the hosting body");
        NO_PERSONAL_DATA.put("/modules/vormundschaft/reports/funnel", "monthly counts; counts below 3 suppressed");
        NO_PERSONAL_DATA.put("/modules/vormundschaft/reports/offices", "counts per youth office; counts below 3 suppressed");
        NO_PERSONAL_DATA.put("/modules/vormundschaft/training/modules", "the training catalogue");
        String pool = "the Frühe Hilfen pool: money per public body (grants, receipts, expenses with document numbers), no person";
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/pool", "the years the pool has data");
        for (String p : List.of("figures", "settings", "grants", "contributions", "receipts", "expenses", "network-work", "year-end")) {
            NO_PERSONAL_DATA.put("/modules/fruehehilfen/pool/{year}/" + p, pool);
        }
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/due", "proofs of use due per public body");
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/proofs", "proofs of use per public body: deadlines and versions");
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/proofs/placeholders", "the placeholders of the narrative text");
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/proofs/{year}/{partner}", "proof of use: sums per public body and year");
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/proofs/{year}/{partner}/document.{format}", "proof of use as a document: sums");
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/steering", "counts per youth office; counts below 3 suppressed");
        NO_PERSONAL_DATA.put("/modules/fruehehilfen/reports/steering/document.{format}", "the steering report as a document: counts");
        String ks = "/modules/kinderschutz";
        String bodiesOfNetwork = "member institutions of the network: names, fields and the bodies' own contact data; no person";
        NO_PERSONAL_DATA.put(ks + "/institutions", bodiesOfNetwork);
        NO_PERSONAL_DATA.put(ks + "/institutions/{id}", bodiesOfNetwork);
        NO_PERSONAL_DATA.put(ks + "/agreements", "agreements between the network and institutions: kinds and dates");
        String meetingsOfBodies = "meetings of institutions: agenda, invited and attending institutions, minutes and decisions "
                + "(the network records no case data and no persons in them)";
        NO_PERSONAL_DATA.put(ks + "/meetings", meetingsOfBodies);
        NO_PERSONAL_DATA.put(ks + "/meetings/{id}", meetingsOfBodies);
        NO_PERSONAL_DATA.put(ks + "/meetings/{id}/invitation.ics", meetingsOfBodies);
        NO_PERSONAL_DATA.put(ks + "/meetings/calendar.ics", meetingsOfBodies);
        String courses = "courses as announced to every member: title, dates, place, capacity and the trainers' names as published";
        NO_PERSONAL_DATA.put(ks + "/courses", courses);
        NO_PERSONAL_DATA.put(ks + "/courses/{id}", courses);
        NO_PERSONAL_DATA.put(ks + "/training/totals", "counts and hours per institution and field");
        String offers = "offers for families as published: providers' work contacts, no family's data";
        NO_PERSONAL_DATA.put(ks + "/offers", offers);
        NO_PERSONAL_DATA.put(ks + "/offers/{id}", offers);
        NO_PERSONAL_DATA.put(ks + "/directory", "the public directory's address and name");
        for (String p : List.of("", "/offers", "/offers/{id}", "/offers.json", "/offers.csv", "/offers.jsonld", "/events.ics")) {
            NO_PERSONAL_DATA.put(ks + "/public/{network}" + p, "the public offers directory (served without login): " + offers);
        }
        NO_PERSONAL_DATA.put(ks + "/budget/{year}", "the network budget: amounts per public body");
        NO_PERSONAL_DATA.put(ks + "/budget/{year}/notices/{partner}.pdf", "notice to a public body about its share");
        NO_PERSONAL_DATA.put(ks + "/reports/indicators", "counts per field");
        NO_PERSONAL_DATA.put(ks + "/reports/indicators/document.{format}", "counts per field as a document");
    }

    @Test
    public void everyGetOperationThatShowsPersonalDataWritesOneAccessLogEntry() throws Exception {
        awaitHealthy();
        Http h = http();
        String pw = adminPassword();
        Await.until("the guardianship module in the OpenAPI document", Duration.ofSeconds(120), () -> {
            Http.Reply r = h.get("openapi.json", "admin", pw);
            return r.status() == 200 && r.body().contains("/modules/vormundschaft/volunteers")
                    && r.body().contains("/modules/fruehehilfen/families") && r.body().contains("/modules/kinderschutz/offers");
        });
        Map<String, String> vals = seed(h, pw);
        Map<Who, String> users = Map.of(Who.ADMIN, "admin", Who.TENANT_ADMIN, vals.get("{tenantAdmin}"),
                Who.COORDINATOR, vals.get("{user}"), Who.STAFF, vals.get("{staff}"), Who.AUDITOR, vals.get("{auditor}"));

        JsonNode doc = ok(200, h.get("openapi.json", "admin", pw), "openapi.json");
        TreeSet<String> gets = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getValue().has("get")) {
                gets.add(p.getKey());
            }
        }
        List<String> failures = new ArrayList<>();
        for (String op : gets) {
            if (!REQUESTS.containsKey(op)) {
                failures.add("GET " + op + ": a GET operation the walker cannot fill; add it to REQUESTS (and, if it shows no "
                        + "personal data, to NO_PERSONAL_DATA with the reason)");
            }
        }
        for (String op : REQUESTS.keySet()) {
            if (!gets.contains(op)) {
                failures.add("GET " + op + ": in REQUESTS but not in the OpenAPI document (gone or renamed?)");
            }
        }
        assertTrue("NO_PERSONAL_DATA names only known operations", REQUESTS.keySet().containsAll(NO_PERSONAL_DATA.keySet()));

        ServiceReference<Database> ref = ctx.getServiceReference(Database.class);
        Database db = ctx.getService(ref);
        try {
            for (String op : gets) {
                Req req = REQUESTS.get(op);
                if (req == null) {
                    continue;
                }
                String path = fill(req.path(), vals);
                String user = users.get(req.who());
                long before = headSeq(db);
                Http.Reply r = h.get(path.substring(1), user, user.equals("admin") ? pw : PW);
                if (r.status() == 429 && op.contains("/public/")) {
                    // a public operation counts every request of this address, also other tests' in this container: wait for the limit
                    Http.Reply[] again = {r};
                    Await.until("GET " + op + " past the public limit", Duration.ofSeconds(90), Duration.ofSeconds(1), () -> {
                        again[0] = h.get(path.substring(1), user, user.equals("admin") ? pw : PW);
                        return again[0].status() != 429;
                    });
                    r = again[0];
                }
                if (r.status() < 200 || r.status() > 299) {
                    failures.add("GET " + op + " as " + req.who() + " (" + path + ") answered " + r.status()
                            + ": the walker must reach every operation; " + abbreviate(r.body()));
                    continue;
                }
                if (NO_PERSONAL_DATA.containsKey(op)) {
                    continue;
                }
                List<String> reads = db.inTransaction(s -> s.query("SELECT record FROM ikz_audit WHERE seq > ? AND username = ? "
                        + "AND action = 'READ' ORDER BY seq", rs -> rs.getString(1), before, user));
                if (reads.size() != 1) {
                    failures.add("GET " + op + " as " + req.who() + " (" + path + ") answered " + r.status() + " with personal data and wrote "
                            + reads.size() + " READ entries, not one: " + reads);
                }
            }
        } finally {
            ctx.ungetService(ref);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " GET operations break the access-log promise:\n  " + String.join("\n  ", failures));
        }
    }

    private static long headSeq(Database db) {
        return db.inTransaction(s -> s.queryOne("SELECT MAX(seq) FROM ikz_audit", rs -> rs.getLong(1))).orElse(0L);
    }

    /** Demo data in a tenant of its own and four users of it; returns the placeholder values. */
    private Map<String, String> seed(Http h, String pw) throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String t = "alc-" + s;
        int year = LocalDate.now().getYear() + 1;
        String core = console("ikz:demo-load --tenant " + t + " --year " + year + " --register " + System.getProperty("ikz.itest.register"),
                "itest", "ikz-platform-admin");
        assertTrue(core, core.contains("Demo tenant '" + t + "'"));
        String out = console("vormundschaft:demo-load --tenant " + t + " --year " + year, "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("appointments"));

        Map<String, String> vals = new LinkedHashMap<>();
        vals.put("{t}", t);
        vals.put("{y}", String.valueOf(year));
        vals.put("{from}", year + "-01-01");
        vals.put("{to}", year + "-12-31");
        vals.put("{agreement}", "vormundschaft-altkreis-aachen");
        vals.put("{participant}", "ja-alsdorf");
        vals.put("{district}", "05334");
        vals.put("{ags}", "05334004");
        vals.put("{tenantAdmin}", "alc-ta-" + s);
        vals.put("{user}", "alc-co-" + s);
        vals.put("{staff}", "alc-st-" + s);
        vals.put("{auditor}", "alc-au-" + s);

        ok(201, h.post("users", json("username", vals.get("{tenantAdmin}"), "password", PW, "tenant", t, "roles", List.of("tenant-admin")),
                "admin", pw), "tenant admin");
        ok(201, h.post("users", json("username", vals.get("{user}"), "password", PW, "tenant", t, "roles", List.of("coordinator"),
                "modules", List.of("vormundschaft", "fruehehilfen", "kinderschutz")), "admin", pw), "coordinator");
        ok(201, h.post("users", json("username", vals.get("{staff}"), "password", PW, "tenant", t, "roles", List.of("partner-staff"),
                "participant", "ja-alsdorf"), "admin", pw), "partner staff");
        ok(201, h.post("users", json("username", vals.get("{auditor}"), "password", PW, "tenant", t, "roles", List.of("auditor")),
                "admin", pw), "auditor");
        // four-eyes: a second person (the tenant admin) confirms the case access the platform admin asked for
        for (JsonNode g : ok(200, h.get("grants?state=PENDING", vals.get("{tenantAdmin}"), PW), "pending grants")) {
            ok(200, h.post("grants/" + g.get("id").asText() + "/confirm", "{}", vals.get("{tenantAdmin}"), PW), "confirm grant");
        }
        // a grant of the tenant for GET /grants/{id}; with none, that request answers 404 and the walk reports it
        JsonNode grants = ok(200, h.get("grants", vals.get("{tenantAdmin}"), PW), "grants of the tenant");
        vals.put("{grant}", grants.size() > 0 ? grants.get(0).get("id").asText() : "none");

        vals.put("{withContact}", "alc-verein-" + s);
        ok(201, h.post("participants?tenant=" + t, json("id", vals.get("{withContact}"), "kind", "ASSOCIATION", "name", "Vormundschaftsverein",
                "contacts", List.of(Map.of("role", "Vorsitz", "person", "Erika Beispiel", "phone", "0241 000000",
                        "email", "vorsitz@example.org"))), "admin", pw), "participant with a contact person");
        String m = "modules/vormundschaft/";
        vals.put("{volunteer}", first(h, m + "volunteers", vals.get("{user}")));
        vals.put("{child}", first(h, m + "children", vals.get("{user}")));
        vals.put("{appointment}", first(h, m + "appointments", vals.get("{user}")));
        vals.put("{fy}", String.valueOf(LocalDate.now().getYear() - 1));
        vals.put("{fhFamily}", first(h, "modules/fruehehilfen/families", vals.get("{user}")));
        vals.put("{fhStaff}", first(h, "modules/fruehehilfen/staff", vals.get("{user}")));
        String ks = "modules/kinderschutz/";
        vals.put("{ksInstitution}", first(h, ks + "institutions", vals.get("{user}")));
        vals.put("{ksMeeting}", first(h, ks + "meetings", vals.get("{user}")));
        vals.put("{ksCourse}", first(h, ks + "courses", vals.get("{user}")));
        vals.put("{ksRegistration}", first(h, ks + "courses/" + vals.get("{ksCourse}") + "/registrations", vals.get("{user}")));
        vals.put("{ksOffer}", first(h, ks + "offers", vals.get("{user}")));
        vals.put("{ksNetwork}", ok(200, h.get(ks + "directory", vals.get("{user}"), PW), "directory").get("network").asText());
        return vals;
    }

    private static String first(Http h, String path, String user) {
        JsonNode list = ok(200, h.get(path, user, PW), path);
        assertTrue(path + " is seeded: " + list, list.size() > 0);
        return list.get(0).get("id").asText();
    }

    private static String fill(String path, Map<String, String> vals) {
        String out = path;
        for (Map.Entry<String, String> v : vals.entrySet()) {
            out = out.replace(v.getKey(), v.getValue());
        }
        assertTrue("every placeholder filled: " + out, !out.matches(".*\\{[a-zA-Z]+}.*"));
        return out;
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

}
