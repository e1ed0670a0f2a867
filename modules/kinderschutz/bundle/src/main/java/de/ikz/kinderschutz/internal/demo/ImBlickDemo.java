package de.ikz.kinderschutz.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.FollowUpInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MeetingInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MinutesInput;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.MembersService.AgreementInput;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionInput;
import de.ikz.kinderschutz.internal.members.MembersService.PersonInput;
import de.ikz.kinderschutz.internal.offers.Offer;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.DirectoryInput;
import de.ikz.kinderschutz.internal.offers.OffersService.EventInput;
import de.ikz.kinderschutz.internal.offers.OffersService.OfferInput;
import de.ikz.kinderschutz.internal.offers.OffersService.TextInput;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.reports.ReportsService.BudgetInput;
import de.ikz.kinderschutz.internal.reports.ReportsService.ExpenseInput;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kinderschutz.internal.training.TrainingService.AttendanceInput;
import de.ikz.kinderschutz.internal.training.TrainingService.CourseInput;
import de.ikz.kinderschutz.internal.training.TrainingService.DateInput;
import de.ikz.kinderschutz.internal.training.TrainingService.RegistrationInput;

/**
 * The demo network "ImBlick" of the StädteRegion Aachen (its youth offices and health office, "7 plus
 * 1", are participants of the core's demo tenant): members by field with people and specialists, an
 * agreement due for renewal, a network conference with minutes, decisions and follow-ups (one
 * overdue), a course that was full (capacity 3, five registrations, one cancellation moved the
 * waiting list up) with attendance and certificates, a coming course, offers in German, Arabic,
 * Ukrainian, Turkish and English with events, the published directory {@value #NETWORK}, and the
 * network budget of the demo year. Everything goes through the module's services; people are
 * fictitious and marked as examples. Loading twice changes nothing.
 */
public final class ImBlickDemo {

    public static final String NETWORK = "imblick";
    public static final String MEMBER_CONTACT_USER = "traeger";
    public static final String TRAINER_USER = "trainerin";

    /** The module's services the demo uses. */
    public record Services(MembersService members, MeetingsService meetings, TrainingService training, OffersService offers,
                           ReportsService reports) {
    }

    /** The seven youth offices and the health office of the core's demo ("7 plus 1"). */
    static final Map<String, String> OFFICES = new LinkedHashMap<>();

    static {
        OFFICES.put("ja-aachen", "Jugendamt der Stadt Aachen");
        OFFICES.put("ja-staedteregion", "Jugendamt der StädteRegion Aachen");
        OFFICES.put("ja-alsdorf", "Jugendamt der Stadt Alsdorf");
        OFFICES.put("ja-eschweiler", "Jugendamt der Stadt Eschweiler");
        OFFICES.put("ja-herzogenrath", "Jugendamt der Stadt Herzogenrath");
        OFFICES.put("ja-stolberg", "Jugendamt der Kupferstadt Stolberg");
        OFFICES.put("ja-wuerselen", "Jugendamt der Stadt Würselen");
    }

    private ImBlickDemo() {
    }

    /** Loads the demo into the tenant; returns the console line. */
    public static String load(Services s, Caller platformAdmin, String tenant, int year, LocalDate today) {
        if (platformAdmin == null || !platformAdmin.isPlatformAdmin()) {
            throw IkzException.forbidden("the demo is loaded by a platform admin");
        }
        Caller c = new Caller("koordination", Set.of(PlatformRole.COORDINATOR), Optional.of(tenant), Optional.empty(),
                Set.of(ModuleDefinition.ID), "demo");
        if (!s.members().institutions(tenant).isEmpty()) {
            return "Kinderschutz-Netzwerk ImBlick (" + tenant + "): loaded already, nothing changed.";
        }
        LocalDate joined = LocalDate.of(2012, 9, 1);
        Map<String, Institution> inst = new LinkedHashMap<>();
        OFFICES.forEach((pid, name) -> inst.put(pid, s.members().create(c, tenant, new InstitutionInput(name, "YOUTH_WELFARE", pid, null,
                null, null, joined, null))));
        inst.put("ga", s.members().create(c, tenant, new InstitutionInput("Gesundheitsamt der StädteRegion Aachen", "HEALTH",
                "ga-staedteregion", "Zollernstraße 10, 52070 Aachen", null, null, joined, null)));
        inst.put("skf", s.members().create(c, tenant, new InstitutionInput("SkF Aachen (Beispiel)", "FREE_WELFARE", null, null, null,
                null, LocalDate.of(2014, 3, 1), null)));
        inst.put("awo", s.members().create(c, tenant, new InstitutionInput("AWO Regionalverband (Beispiel)", "FREE_WELFARE", null, null,
                null, null, LocalDate.of(2015, 1, 1), null)));
        inst.put("ksb", s.members().create(c, tenant, new InstitutionInput("Kinderschutzbund Aachen, Anlaufstelle Frühe Hilfen (Beispiel)",
                "ASSOCIATION", null, null, null, null, joined, null)));
        inst.put("ssb", s.members().create(c, tenant, new InstitutionInput("Stadtsportbund Aachen (Beispiel)", "ASSOCIATION", null, null,
                null, null, LocalDate.of(2016, 5, 1), null)));
        inst.put("ki", s.members().create(c, tenant, new InstitutionInput("Kommunales Integrationszentrum (Beispiel)", "INTEGRATION", null,
                null, null, null, LocalDate.of(2016, 1, 1), null)));
        inst.put("pol", s.members().create(c, tenant, new InstitutionInput("Polizeipräsidium Aachen, Kriminalprävention (Beispiel)", "POLICE",
                null, null, null, null, joined, null)));
        inst.put("schule", s.members().create(c, tenant, new InstitutionInput("Gesamtschule Eschweiler (Beispiel)", "SCHOOL", null, null,
                null, null, LocalDate.of(2019, 8, 1), null)));
        inst.put("klinik", s.members().create(c, tenant, new InstitutionInput("Kinderklinik (Beispiel)", "HEALTH", null, null, null, null,
                LocalDate.of(2013, 1, 1), null)));

        s.members().addPerson(c, tenant, inst.get("ja-aachen").id(), new PersonInput("Petra Beispiel", "Kinderschutzfachkraft",
                "0241 000-1", "p.beispiel@example.org", null, true, LocalDate.of(2018, 5, 1), true, LocalDate.of(2018, 1, 1), null));
        s.members().addPerson(c, tenant, inst.get("ja-eschweiler").id(), new PersonInput("Jonas Muster", "Netzwerkkoordination",
                "02403 000-2", "j.muster@example.org", null, false, null, true, LocalDate.of(2019, 1, 1), null));
        s.members().addPerson(c, tenant, inst.get("ksb").id(), new PersonInput("Sara Beispiel", "Beratung", "0241 000-3",
                "s.beispiel@example.org", null, true, LocalDate.of(2020, 9, 1), false, LocalDate.of(2020, 1, 1), null));
        s.members().addPerson(c, tenant, inst.get("awo").id(), new PersonInput("Tom Träger (Beispiel)", "Bereichsleitung Jugendhilfe",
                "0241 000-4", "t.traeger@example.org", MEMBER_CONTACT_USER, false, null, false, LocalDate.of(2021, 1, 1), null));
        s.members().addAgreement(c, tenant, new AgreementInput(inst.get("awo").id(), "GOOD_CONDUCT_72A", null, today.minusYears(5).minusDays(30),
                today.plusDays(45)));
        s.members().addAgreement(c, tenant, new AgreementInput(inst.get("skf").id(), "PROTECTION_8A", null, LocalDate.of(2014, 6, 1), null));

        // a network conference held four weeks ago, and the next one
        LocalDateTime held = today.minusWeeks(4).atTime(9, 30);
        List<String> invited = new ArrayList<>();
        inst.values().forEach(i -> invited.add(i.id()));
        Meeting m = s.meetings().create(c, tenant, new MeetingInput("CONFERENCE", null, "Netzwerkkonferenz ImBlick", held, held.plusHours(3),
                "Haus der StädteRegion, Zollernstraße 10, Aachen", List.of("Begrüßung und Protokoll der letzten Sitzung",
                "Bericht der Koordination: Fortbildungen und Netzwerkbudget", "Angebotsverzeichnis in sechs Sprachen",
                "Qualitätsdialog nach § 9 LKiSchG NRW", "Verschiedenes"), invited));
        List<String> present = invited.subList(0, invited.size() - 3);
        s.meetings().recordMinutes(c, tenant, m.id(), new MinutesInput(present, "Die Koordination berichtet über die Fortbildungen des Jahres "
                + "und den Stand des Budgets. Das Angebotsverzeichnis ist in Arabisch, Ukrainisch, Türkisch und Englisch übersetzt.",
                List.of("Fachtag Frühe Hilfen im Herbst", "Flyer des Verzeichnisses in sechs Sprachen drucken")));
        s.meetings().addFollowUp(c, tenant, m.id(), new FollowUpInput("Flyer des Verzeichnisses übersetzen und drucken lassen",
                inst.get("ki").id(), null, today.minusDays(3)));
        s.meetings().addFollowUp(c, tenant, m.id(), new FollowUpInput("Fachtag Frühe Hilfen vorbereiten", inst.get("ja-staedteregion").id(),
                null, today.plusWeeks(6)));
        s.meetings().create(c, tenant, new MeetingInput("WORKING_GROUP", "AG Schule und Jugendhilfe", "AG Schule und Jugendhilfe",
                today.plusWeeks(3).atTime(14, 0), today.plusWeeks(3).atTime(16, 0), "Eschweiler", List.of("Schutzkonzepte an Schulen"),
                List.of(inst.get("schule").id(), inst.get("ja-eschweiler").id(), inst.get("ja-stolberg").id())));

        // a course that was full: capacity 3, five registrations, one cancellation moved the waiting list up
        LocalDateTime d1 = today.minusWeeks(2).atTime(9, 0);
        Course full = s.training().create(c, tenant, new CourseInput("Kindeswohlgefährdung erkennen (Grundkurs § 8a SGB VIII)",
                "Für Fachkräfte aus Schule, Gesundheit und freien Trägern.", "Aachen, Bildungszentrum", 3, List.of(TRAINER_USER),
                "Dr. Maria Muster (Beispiel)", List.of("SCHOOL", "HEALTH", "FREE_WELFARE"),
                List.of(new DateInput(d1, d1.plusHours(4)), new DateInput(d1.plusDays(7), d1.plusDays(7).plusHours(4)))));
        List<Registration> regs = new ArrayList<>();
        String[][] people = {{"schule", "Anna Lehrerin (Beispiel)", "a.lehrerin@example.org"}, {"klinik", "Ben Pfleger (Beispiel)",
            "b.pfleger@example.org"}, {"awo", "Clara Erzieherin (Beispiel)", "c.erzieherin@example.org"}, {"ssb", "David Trainer (Beispiel)",
            "d.trainer@example.org"}, {"schule", "Eva Schulsozialarbeit (Beispiel)", "e.schulsozialarbeit@example.org"}};
        for (String[] p : people) {
            regs.add(s.training().register(c, tenant, full.id(), new RegistrationInput(inst.get(p[0]).id(), p[1], p[2])));
        }
        s.training().cancel(c, tenant, full.id(), regs.get(1).id());
        List<String> attendees = s.training().registrations(c, tenant, full.id()).stream()
                .filter(r -> r.state() == Registration.State.REGISTERED).map(Registration::id).toList();
        s.training().attendance(c, tenant, full.id(), new AttendanceInput(1, attendees));
        s.training().attendance(c, tenant, full.id(), new AttendanceInput(2, attendees.subList(0, attendees.size() - 1)));
        LocalDateTime n1 = today.plusWeeks(5).atTime(13, 0);
        s.training().create(c, tenant, new CourseInput("Gesprächsführung mit Eltern", null, "Alsdorf", 12, List.of(TRAINER_USER),
                "Dr. Maria Muster (Beispiel)", List.of(), List.of(new DateInput(n1, n1.plusHours(3)))));

        // offers for families, in their languages, with events; the directory published
        Offer cafe = s.offers().create(c, tenant, new OfferInput("FAMILY_CENTRE", List.of("Eltern mit Säuglingen und Kleinkindern"), 0, 36,
                List.of("de", "ar", "uk"), "05334002", "Musterstraße 1", "52062", "Aachen", "0241 000-10", "elterncafe@example.org",
                null, null, true, true, "Eingang ebenerdig, Wickelraum", inst.get("ksb").id(), true, List.of(
                new TextInput("de", "Elterncafé im Familienzentrum", "Jeden Dienstag: Austausch, Beratung und Spielecke für Eltern mit "
                        + "kleinen Kindern. Eine Hebamme ist da."),
                new TextInput("ar", "مقهى الآباء في مركز الأسرة", "كل يوم ثلاثاء: تبادل الخبرات والاستشارة وركن للعب للآباء مع "
                        + "الأطفال الصغار. قابلة موجودة."),
                new TextInput("uk", "Батьківське кафе в сімейному центрі", "Щовівторка: спілкування, консультації та ігровий куточок для "
                        + "батьків з маленькими дітьми. Присутня акушерка."),
                new TextInput("en", "Parents' café at the family centre", "Every Tuesday: meet other parents, get advice; a midwife "
                        + "is there."))));
        for (int w = 1; w <= 4; w++) {
            LocalDateTime e = today.plusWeeks(w).atTime(15, 0);
            s.offers().addEvent(c, tenant, cafe.id(), new EventInput(e, e.plusHours(2), "Familienzentrum Aachen-Mitte", null));
        }
        s.offers().create(c, tenant, new OfferInput("COUNSELLING", List.of("Eltern", "Schwangere"), null, null, List.of("de", "tr", "ar"),
                "05334012", "Beispielweg 5", "52249", "Eschweiler", "02403 000-20", null, null, null, true, false,
                "Termine auch telefonisch", inst.get("skf").id(), true, List.of(
                new TextInput("de", "Schwangerschafts- und Erziehungsberatung", "Vertraulich und kostenlos, auf Wunsch mit Dolmetscherin."),
                new TextInput("tr", "Hamilelik ve eğitim danışmanlığı", "Gizli ve ücretsiz, isteğe bağlı tercüman ile."),
                new TextInput("ar", "استشارات الحمل والتربية", "سرية ومجانية، مع مترجمة عند الطلب."))));
        s.offers().create(c, tenant, new OfferInput("TRANSLATED_INFORMATION", List.of("geflüchtete Familien"), null, null,
                List.of("uk", "ar", "fa", "ru"), "05334002", null, null, "Aachen", null, null, "https://www.example.org/willkommen", null, true,
                false, null, inst.get("ki").id(), true, List.of(
                new TextInput("de", "Willkommen in der StädteRegion: Hilfe für Familien", "Informationen zu Kita, Schule, Ärztinnen und "
                        + "Beratung in mehreren Sprachen."),
                new TextInput("uk", "Ласкаво просимо: допомога для сімей", "Інформація про дитсадок, школу, лікарів і консультації."),
                new TextInput("fa", "خوش آمدید: کمک برای خانواده‌ها", "اطلاعات درباره مهدکودک، مدرسه، پزشکان و مشاوره."))));
        LocalDateTime sport = today.plusDays(10).atTime(16, 0);
        Offer turnen = s.offers().create(c, tenant, new OfferInput("SPORTS", List.of("Kinder"), 48, 120, List.of("de", "en"), "05334036",
                null, null, "Würselen", null, null, null, "5 € im Monat", false, true, null, inst.get("ssb").id(), true, List.of(
                new TextInput("de", "Kinderturnen im Verein", "Bewegung und Spiel für Kinder von 4 bis 10 Jahren."),
                new TextInput("en", "Children's gymnastics", "Games and movement for children aged 4 to 10."))));
        s.offers().addEvent(c, tenant, turnen.id(), new EventInput(sport, sport.plusHours(1), "Turnhalle Würselen", null));
        String network = NETWORK;
        try {
            s.offers().publish(c, tenant, new DirectoryInput(network, "ImBlick – Angebote für Familien in der StädteRegion Aachen", true));
        } catch (IkzException taken) {
            // the address belongs to another tenant's demo: this one gets its own
            network = ownNetwork(tenant);
            s.offers().publish(c, tenant, new DirectoryInput(network, "ImBlick – Angebote für Familien in der StädteRegion Aachen", true));
        }

        // the network budget of the demo year, split among the seven youth offices by population
        BigDecimal amount = year >= 2025 ? new BigDecimal("15000.00") : new BigDecimal("10000.00");
        String key;
        try {
            s.reports().setBudget(c, tenant, year, new BudgetInput(amount, "BUDGET", "population", List.copyOf(OFFICES.keySet())));
            key = "nach Einwohnern";
        } catch (IkzException noFigures) {
            s.reports().setBudget(c, tenant, year, new BudgetInput(amount, "BUDGET", "equal", List.copyOf(OFFICES.keySet())));
            key = "zu gleichen Teilen (keine Einwohnerzahlen im Register)";
        }
        LocalDate spent = LocalDate.of(year, 2, 15);
        if (!spent.isAfter(today)) {
            s.reports().addExpense(c, tenant, year, new ExpenseInput(spent, new BigDecimal("1850.00"), "FEES", "RE-" + year + "-007",
                    "Honorar Grundkurs § 8a"));
            s.reports().addExpense(c, tenant, year, new ExpenseInput(spent.plusDays(20), new BigDecimal("640.50"), "PUBLIC_RELATIONS",
                    "RE-" + year + "-012", "Flyer in sechs Sprachen"));
        }
        return "Kinderschutz-Netzwerk ImBlick (" + tenant + "): " + inst.size() + " member institutions, 2 meetings, 2 courses, 4 offers "
                + "(public directory '" + network + "'), budget " + year + " " + amount + " € split " + key + ".";
    }

    /**
     * The demo directory's address for a tenant whose demo finds {@value #NETWORK} taken: {@code imblick-<tenant>}, at
     * most 40 characters. A longer one keeps its first 33 characters and ends in six hex digits of the tenant id's
     * SHA-256, so that two long tenant ids that begin alike (training tenants "…-gruppe-a", "…-gruppe-b") get two
     * addresses instead of the second demo load failing on the first one's.
     */
    static String ownNetwork(String tenant) {
        String own = NETWORK + "-" + tenant.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (own.length() <= 40) {
            return own;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(tenant.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return own.substring(0, 33) + "-" + java.util.HexFormat.of().formatHex(digest, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
