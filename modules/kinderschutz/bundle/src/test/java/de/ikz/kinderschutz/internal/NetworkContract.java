package de.ikz.kinderschutz.internal;

import static de.ikz.kinderschutz.internal.Network.AACHEN;
import static de.ikz.kinderschutz.internal.Network.AGS_AACHEN;
import static de.ikz.kinderschutz.internal.Network.AGS_ESCHWEILER;
import static de.ikz.kinderschutz.internal.Network.ESCHWEILER;
import static de.ikz.kinderschutz.internal.Network.STOLBERG;
import static de.ikz.kinderschutz.internal.Network.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import de.ikz.api.document.DocumentService;
import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.meetings.FollowUp;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.FollowUpInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MeetingInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MinutesInput;
import de.ikz.kinderschutz.internal.members.Field;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService.AgreementInput;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionInput;
import de.ikz.kinderschutz.internal.members.MembersService.PersonInput;
import de.ikz.kinderschutz.internal.offers.Offer;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.DirectoryInput;
import de.ikz.kinderschutz.internal.offers.OffersService.EventInput;
import de.ikz.kinderschutz.internal.offers.OffersService.OfferInput;
import de.ikz.kinderschutz.internal.offers.OffersService.SearchPage;
import de.ikz.kinderschutz.internal.offers.OffersService.TextInput;
import de.ikz.kinderschutz.internal.reports.Budget;
import de.ikz.kinderschutz.internal.reports.Indicators;
import de.ikz.kinderschutz.internal.reports.ReportsService.BudgetInput;
import de.ikz.kinderschutz.internal.reports.ReportsService.ExpenseInput;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.kinderschutz.internal.training.Registration.State;
import de.ikz.kinderschutz.internal.training.TrainingService.AttendanceInput;
import de.ikz.kinderschutz.internal.training.TrainingService.CourseInput;
import de.ikz.kinderschutz.internal.training.TrainingService.DateInput;
import de.ikz.kinderschutz.internal.training.TrainingService.RegistrationInput;
import de.ikz.testkit.CsvCheck;
import de.ikz.testkit.PdfCheck;
import de.ikz.testkit.Refusals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module's parts on a real database (Derby and PostgreSQL subclasses): members, meetings with
 * follow-ups and invitations, training with the waiting list, the offers directory with its public
 * search and exports, the budget split through the core's engine and the yearly indicators.
 */
public abstract class NetworkContract {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    protected abstract DataSource dataSource() throws Exception;

    protected Network n;
    protected Caller coord;

    @BeforeEach
    void setUp() throws Exception {
        n = Network.on(dataSource(), TODAY);
        coord = n.coordinator;
    }

    Institution institution(String name, Field field, String participant) {
        return n.members.create(coord, T, new InstitutionInput(name, field.name(), participant, null, null, null,
                LocalDate.of(2020, 1, 1), null));
    }

    int auditCount() {
        return n.audit.all().size();
    }

    // ================================================================== members

    @Test
    void membersByFieldWithPeopleSpecialistsAndOwnInstitutionOnly() {
        Institution ja = institution("Jugendamt Stadt Aachen", Field.YOUTH_WELFARE, AACHEN);
        Institution awo = institution("AWO Kreisverband", Field.FREE_WELFARE, null);
        Institution police = institution("Polizei Aachen, Kriminalprävention", Field.POLICE, null);
        n.members.addPerson(coord, T, ja.id(), new PersonInput("Petra Beispiel", "Kinderschutzfachkraft", "0241 1", "pb@example.org", null,
                true, LocalDate.of(2019, 5, 1), true, LocalDate.of(2020, 1, 1), null));
        n.members.addPerson(coord, T, awo.id(), new PersonInput("Tom Träger", "Bereichsleitung", null, "tt@example.org", "traeger", false,
                null, false, LocalDate.of(2020, 1, 1), null));
        assertThat(n.members.byField(T, TODAY)).containsEntry(Field.YOUTH_WELFARE, 1L).containsEntry(Field.FREE_WELFARE, 1L)
                .containsEntry(Field.POLICE, 1L).containsEntry(Field.SCHOOL, 0L);
        assertThat(n.members.specialists(coord, T)).extracting(p -> p.name()).containsExactly("Petra Beispiel");

        // the member contact changes its own institution, another one is not found, field and dates stay the coordinator's
        Caller contact = Network.memberContact("traeger");
        assertThat(n.members.institutionOf(contact)).contains(awo.id());
        n.members.update(contact, T, awo.id(), new InstitutionInput("AWO Kreisverband Aachen", "FREE_WELFARE", null, "Markt 1", null, null,
                LocalDate.of(2020, 1, 1), null));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> n.members.update(contact, T, police.id(),
                new InstitutionInput("x", "POLICE", null, null, null, null, LocalDate.of(2020, 1, 1), null)));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> n.members.update(contact, T, awo.id(),
                new InstitutionInput("AWO", "ASSOCIATION", null, null, null, null, LocalDate.of(2020, 1, 1), null)));
        // a member contact does not name specialists
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> n.members.addPerson(contact, T, awo.id(),
                new PersonInput("X", null, null, null, null, true, null, false, null, null)));
        // another tenant sees nothing
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> n.members.list(n.otherCoordinator, T));
    }

    @Test
    void badMemberInputIsRefusedNamingTheFieldAndChangesNothing() {
        int before = auditCount();
        Refusals.invalid("field", () -> n.members.create(coord, T, new InstitutionInput("X", "KINDERGARTEN", null, null, null, null, null, null)));
        Refusals.invalid("participantId", () -> n.members.create(coord, T, new InstitutionInput("X", "POLICE", "ja-nowhere", null, null,
                null, null, null)));
        Refusals.invalid("leftOn", () -> n.members.create(coord, T, new InstitutionInput("X", "POLICE", null, null, null, null,
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1))));
        Refusals.invalid("email", () -> n.members.create(coord, T, new InstitutionInput("X", "POLICE", null, null, null, "nope", null, null)));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> n.members.create(n.auditor, T,
                new InstitutionInput("X", "POLICE", null, null, null, null, null, null)));
        assertThat(n.members.list(coord, T)).isEmpty();
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void oneSecrecyContactPerYouthOfficeAndOnlyAtAYouthOffice() {
        Institution ja = institution("Jugendamt Eschweiler", Field.YOUTH_WELFARE, ESCHWEILER);
        Institution school = institution("Gesamtschule", Field.SCHOOL, null);
        n.members.addPerson(coord, T, ja.id(), new PersonInput("Erste", null, null, null, null, false, null, true, null, null));
        n.members.addPerson(coord, T, ja.id(), new PersonInput("Zweite", null, null, null, null, false, null, true, null, null));
        assertThat(n.members.people(coord, T, ja.id())).filteredOn(p -> p.secrecyContact()).extracting(p -> p.name())
                .containsExactly("Zweite");
        Refusals.invalid("secrecyContact", () -> n.members.addPerson(coord, T, school.id(),
                new PersonInput("Lehrerin", null, null, null, null, false, null, true, null, null)));
    }

    @Test
    void agreementsComeDueForRenewalNinetyDaysBeforeTheyEnd() {
        Institution awo = institution("AWO", Field.FREE_WELFARE, null);
        n.members.addAgreement(coord, T, new AgreementInput(awo.id(), "GOOD_CONDUCT_72A", null, LocalDate.of(2021, 9, 1),
                LocalDate.of(2026, 9, 30)));
        n.members.addAgreement(coord, T, new AgreementInput(awo.id(), "PROTECTION_8A", null, LocalDate.of(2021, 9, 1), null));
        assertThat(n.members.agreements(coord, T, true)).isEmpty();
        n.clock.set(LocalDate.of(2026, 7, 2));
        assertThat(n.members.agreements(coord, T, true)).singleElement().satisfies(a -> assertThat(a.kind().name()).isEqualTo("GOOD_CONDUCT_72A"));
        Refusals.invalid("validUntil", () -> n.members.addAgreement(coord, T, new AgreementInput(awo.id(), null, null,
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1))));
    }

    // ================================================================== meetings

    MeetingInput conference(LocalDateTime start, List<String> invited) {
        return new MeetingInput("CONFERENCE", null, "Netzwerkkonferenz ImBlick", start, start.plusHours(3), "Haus der StädteRegion, Aachen",
                List.of("Begrüßung", "Bericht der Koordination; Haushalt", "Verschiedenes"), invited);
    }

    @Test
    void aMeetingWithMinutesFollowUpsOnTheDueListAndAnInvitation() throws Exception {
        Institution ja = institution("Jugendamt Stadt Aachen", Field.YOUTH_WELFARE, AACHEN);
        Institution awo = institution("AWO", Field.FREE_WELFARE, null);
        Institution police = institution("Polizei", Field.POLICE, null);
        Meeting m = n.meetings.create(coord, T, conference(LocalDateTime.of(2026, 6, 10, 9, 0), List.of(ja.id(), awo.id())));
        Refusals.invalid("attended", () -> n.meetings.recordMinutes(coord, T, n.meetings.create(coord, T,
                conference(LocalDateTime.of(2026, 7, 1, 9, 0), List.of(ja.id()))).id(), new MinutesInput(List.of(), null, null)));
        Meeting held = n.meetings.recordMinutes(coord, T, m.id(), new MinutesInput(List.of(ja.id(), police.id()),
                "Die Koordination berichtet über das Jahr.", List.of("Fachtag im Herbst", "Flyer in sechs Sprachen")));
        assertThat(held.status()).isEqualTo(Meeting.MeetingStatus.HELD);
        assertThat(held.attended()).containsExactlyInAnyOrder(ja.id(), police.id());
        assertThat(held.invited()).containsExactlyInAnyOrder(ja.id(), awo.id());
        FollowUp f1 = n.meetings.addFollowUp(coord, T, m.id(), new FollowUpInput("Flyer übersetzen lassen", awo.id(), "Frau Beispiel",
                LocalDate.of(2026, 6, 30)));
        n.meetings.addFollowUp(coord, T, m.id(), new FollowUpInput("Fachtag planen", ja.id(), null, LocalDate.of(2026, 6, 1)));
        assertThat(n.meetings.followUps(coord, T, true)).hasSize(2);
        // the member contact sees its institution's follow-up and marks it done; a done one leaves the due list
        n.members.addPerson(coord, T, awo.id(), new PersonInput("Tom", null, null, null, "traeger", false, null, false, null, null));
        Caller contact = Network.memberContact("traeger");
        assertThat(n.meetings.followUps(contact, T, true)).extracting(FollowUp::id).containsExactly(f1.id());
        n.meetings.done(contact, T, f1.id(), null);
        assertThat(n.meetings.followUps(coord, T, true)).extracting(FollowUp::task).containsExactly("Fachtag planen");
        Refusals.refused(IkzException.Kind.CONFLICT, "doneOn", () -> n.meetings.done(coord, T, f1.id(), null));
        // the member contact sees the meetings its institution is invited to, the police's (not invited, attended) contact too
        assertThat(n.meetings.list(contact, T)).extracting(Meeting::id).containsExactly(m.id());

        // the invitation parses as iCalendar: one event, UTC times, escaped text, folded lines
        String ics = n.meetings.invitation(coord, T, m.id());
        ICal.Calendar cal = ICal.parse(ics);
        assertThat(cal.property("METHOD")).isEqualTo("REQUEST");
        assertThat(cal.events()).singleElement().satisfies(e -> {
            assertThat(e.get("SUMMARY")).isEqualTo("Netzwerkkonferenz ImBlick");
            assertThat(e.get("DTSTART")).isEqualTo("20260610T070000Z");
            assertThat(e.get("DTEND")).isEqualTo("20260610T100000Z");
            assertThat(e.get("LOCATION")).isEqualTo("Haus der StädteRegion, Aachen");
            assertThat(e.get("DESCRIPTION")).contains("2. Bericht der Koordination; Haushalt").contains("Eingeladen: AWO, Jugendamt Stadt Aachen");
            assertThat(e.get("UID")).isEqualTo(m.id() + "@" + T + ".kinderschutz.ikz");
        });
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
    }

    @Test
    void badMeetingInputChangesNothing() {
        Institution ja = institution("JA", Field.YOUTH_WELFARE, AACHEN);
        int before = auditCount();
        LocalDateTime s = LocalDateTime.of(2026, 7, 1, 14, 0);
        Refusals.invalid("end", () -> n.meetings.create(coord, T, new MeetingInput("CONFERENCE", null, "X", s, s.minusHours(1), null, null, null)));
        Refusals.invalid("invited", () -> n.meetings.create(coord, T, conference(s, List.of("I-NOWHERE"))));
        Refusals.invalid("groupName", () -> n.meetings.create(coord, T, new MeetingInput("WORKING_GROUP", null, "AG", s, s.plusHours(1),
                null, null, List.of(ja.id()))));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> n.meetings.create(n.auditor, T, conference(s, List.of())));
        assertThat(n.meetings.list(coord, T)).isEmpty();
        assertThat(auditCount()).isEqualTo(before);
    }

    // ================================================================== training

    Course course(int capacity, String trainer) {
        LocalDateTime d1 = LocalDateTime.of(2026, 9, 1, 9, 0);
        return n.training.create(coord, T, new CourseInput("Kindeswohlgefährdung erkennen", "Grundkurs § 8a SGB VIII", "Aachen", capacity,
                trainer == null ? List.of() : List.of(trainer), "Dr. Maria Muster", List.of("SCHOOL", "HEALTH"),
                List.of(new DateInput(d1, d1.plusHours(4)), new DateInput(d1.plusDays(7), d1.plusDays(7).plusHours(4)))));
    }

    @Test
    void aFullCourseFillsTheWaitingListWhichMovesUpWhenSomeoneCancels() {
        Institution school = institution("Gesamtschule Eschweiler", Field.SCHOOL, null);
        Course c = course(2, null);
        List<Registration> regs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            regs.add(n.training.register(coord, T, c.id(), new RegistrationInput(school.id(), "Lehrkraft " + i, "l" + i + "@schule.example")));
        }
        assertThat(regs).extracting(Registration::state).containsExactly(State.REGISTERED, State.REGISTERED, State.WAITING, State.WAITING);
        assertThat(regs.get(3).waitingPosition()).isEqualTo(2);
        Refusals.refused(IkzException.Kind.CONFLICT, "workEmail", () -> n.training.register(coord, T, c.id(),
                new RegistrationInput(school.id(), "Lehrkraft 1", "L1@schule.example")));
        n.training.cancel(coord, T, c.id(), regs.get(0).id());
        List<Registration> now = n.training.registrations(coord, T, c.id());
        assertThat(now).extracting(Registration::personName, Registration::state, Registration::waitingPosition).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lehrkraft 1", State.CANCELLED, 0),
                org.assertj.core.groups.Tuple.tuple("Lehrkraft 2", State.REGISTERED, 0),
                org.assertj.core.groups.Tuple.tuple("Lehrkraft 3", State.REGISTERED, 0),
                org.assertj.core.groups.Tuple.tuple("Lehrkraft 4", State.WAITING, 1));
        // cancelling a waiting registration moves nobody
        n.training.cancel(coord, T, c.id(), regs.get(3).id());
        assertThat(n.training.registrations(coord, T, c.id())).filteredOn(r -> r.state() == State.REGISTERED).hasSize(2);
        assertThat(n.audit.all()).extracting(e -> e.reason()).anyMatch(r -> r.startsWith("moved up from the waiting list"));
    }

    @Test
    void concurrentRegistrationsNeverExceedTheCapacity() throws Exception {
        Institution school = institution("Schule", Field.SCHOOL, null);
        Course c = course(3, null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Registration>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int k = i;
                tasks.add(() -> {
                    for (int attempt = 0; ; attempt++) {
                        try {
                            return n.training.register(coord, T, c.id(), new RegistrationInput(school.id(), "P" + k, "p" + k + "@x.example"));
                        } catch (RuntimeException e) {
                            // a deadlock victim or serialization failure is retried, as a client would
                            if (attempt > 20 || e instanceof IkzException) {
                                throw e;
                            }
                        }
                    }
                });
            }
            for (Future<Registration> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Registration> all = n.training.registrations(coord, T, c.id());
        assertThat(all).hasSize(12);
        assertThat(all).filteredOn(r -> r.state() == State.REGISTERED).hasSize(3);
        assertThat(all).filteredOn(r -> r.state() == State.WAITING).extracting(Registration::waitingPosition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void attendanceByTheCoursesTrainerAndCertificatesOnlyForFullAttendance() {
        Institution school = institution("Gesamtschule", Field.SCHOOL, null);
        Institution clinic = institution("Kinderklinik", Field.HEALTH, null);
        Course c = course(5, "trainerin");
        Registration a = n.training.register(coord, T, c.id(), new RegistrationInput(school.id(), "Anna Lehrerin", "a@schule.example"));
        Registration b = n.training.register(coord, T, c.id(), new RegistrationInput(clinic.id(), "Ben Pfleger", "b@klinik.example"));
        Caller trainer = Network.trainer("trainerin");
        Caller otherTrainer = Network.trainer("someone-else");
        Refusals.invalid("date", () -> n.training.attendance(trainer, T, c.id(), new AttendanceInput(1, List.of(a.id()))));
        n.clock.set(LocalDate.of(2026, 9, 10));
        n.training.attendance(trainer, T, c.id(), new AttendanceInput(1, List.of(a.id(), b.id())));
        n.training.attendance(trainer, T, c.id(), new AttendanceInput(2, List.of(a.id())));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> n.training.attendance(otherTrainer, T, c.id(),
                new AttendanceInput(2, List.of())));
        byte[] pdf = n.training.certificate(coord, T, c.id(), a.id());
        PdfCheck.assertPdfA(pdf);
        assertThat(PdfCheck.text(pdf)).contains("Teilnahmebescheinigung").contains("Anna Lehrerin").contains("Kindeswohlgefährdung erkennen")
                .contains("8 Zeitstunden");
        Refusals.refused(IkzException.Kind.CONFLICT, "registrationId", () -> n.training.certificate(coord, T, c.id(), b.id()));
        Map<String, List<de.ikz.kinderschutz.internal.training.TrainingService.Totals>> totals = n.training.totals(coord, T, 2026);
        assertThat(totals.get("fields")).extracting(t -> t.key(), t -> t.registrations(), t -> t.attendees()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("SCHOOL", 1L, 1L), org.assertj.core.groups.Tuple.tuple("HEALTH", 1L, 0L));
    }

    // ================================================================== offers

    OfferInput offer(String ags, String type, List<TextInput> texts, List<String> languages) {
        return new OfferInput(type, List.of("Eltern mit Säuglingen"), 0, 36, languages, ags, "Markt 1", "52062", "Aachen", "0241 123",
                "info@familienzentrum.example", "https://familienzentrum.example", null, true, true, "Aufzug vorhanden", null, true, texts);
    }

    Offer arabicOffer() {
        return n.offers.create(coord, T, offer(AGS_AACHEN, "FAMILY_CENTRE", List.of(
                new TextInput("de", "Elterncafé im Familienzentrum", "Jeden Dienstag, offen für alle Eltern."),
                new TextInput("ar", "مقهى الآباء في مركز الأسرة", "كل يوم ثلاثاء، مفتوح لجميع الآباء."),
                new TextInput("uk", "Батьківське кафе", "Щовівторка, для всіх батьків.")), List.of("de", "ar")));
    }

    @Test
    void offersNeedGermanTextAKnownMunicipalityAndValidInputAndChangeNothingOtherwise() {
        int before = auditCount();
        Refusals.invalid("texts.de.title", () -> n.offers.create(coord, T, offer(AGS_AACHEN, "COUNSELLING",
                List.of(new TextInput("ar", "استشارة", null)), List.of("ar"))));
        Refusals.invalid("ags", () -> n.offers.create(coord, T, offer("05999999", "COUNSELLING",
                List.of(new TextInput("de", "Beratung", null)), List.of())));
        Refusals.invalid("type", () -> n.offers.create(coord, T, offer(AGS_AACHEN, "PARTY", List.of(new TextInput("de", "x", null)), List.of())));
        Refusals.invalid("languages", () -> n.offers.create(coord, T, offer(AGS_AACHEN, "OTHER", List.of(new TextInput("de", "x", null)),
                List.of("klingonisch"))));
        Refusals.invalid("ageToMonths", () -> n.offers.create(coord, T, new OfferInput("OTHER", null, 24, 12, null, AGS_AACHEN, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of(new TextInput("de", "x", null)))));
        assertThat(n.offers.list(coord, T)).isEmpty();
        assertThat(auditCount()).isEqualTo(before);
        Offer o = arabicOffer();
        Refusals.invalid("end", () -> n.offers.addEvent(coord, T, o.id(), new EventInput(LocalDateTime.of(2026, 7, 1, 10, 0),
                LocalDateTime.of(2026, 7, 1, 9, 0), null, null)));
        assertThat(n.offers.get(coord, T, o.id()).events()).isEmpty();
    }

    @Test
    void markupInTextsIsStoredAsTextUnchanged() {
        String hostile = "<script>alert(1)</script><b>fett</b>";
        Offer o = n.offers.create(coord, T, offer(AGS_AACHEN, "OTHER", List.of(new TextInput("de", hostile, hostile)), List.of()));
        assertThat(n.offers.get(coord, T, o.id()).text("de").title()).isEqualTo(hostile);
    }

    @Test
    void thePublicDirectoryFindsOffersByMunicipalityLanguageTypeAgeDateAndWords() {
        Offer cafe = arabicOffer();
        n.offers.addEvent(coord, T, cafe.id(), new EventInput(LocalDateTime.of(2026, 6, 16, 15, 0), LocalDateTime.of(2026, 6, 16, 17, 0),
                "Familienzentrum Mitte", null));
        Offer sport = n.offers.create(coord, T, new OfferInput("SPORTS", List.of("Kinder"), 48, 120, List.of("de", "tr"), AGS_ESCHWEILER,
                null, null, "Eschweiler", null, null, null, "5 € im Monat", false, false, null, null, true,
                List.of(new TextInput("de", "Kinderturnen", "Bewegung für Kinder von 4 bis 10"))));
        n.offers.create(coord, T, new OfferInput("OTHER", null, null, null, null, AGS_AACHEN, null, null, null, null, null, null, null,
                null, null, null, null, false, List.of(new TextInput("de", "Unveröffentlicht", null))));
        // not published yet: the network is unknown to the public
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> n.offers.search("imblick", OffersService.query(null, null, null, null,
                null, null, null, null)));
        n.offers.publish(coord, T, new DirectoryInput("imblick", "ImBlick – Angebote für Familien in der StädteRegion Aachen", true));

        SearchPage all = n.offers.search("imblick", OffersService.query(null, null, null, null, null, null, null, null));
        assertThat(all.total()).isEqualTo(2);
        SearchPage arabic = n.offers.search("imblick", OffersService.query(null, "ar", null, null, null, null, null, null));
        assertThat(arabic.offers()).singleElement().satisfies(o -> {
            assertThat(o.title().lang()).isEqualTo("ar");
            assertThat(o.title().dir()).isEqualTo("rtl");
            assertThat(o.events()).hasSize(1);
        });
        // Ukrainian text exists, the offer is held in German and Arabic: found through its text, shown in Ukrainian
        assertThat(n.offers.search("imblick", OffersService.query(null, "uk", null, null, null, null, null, null)).offers())
                .singleElement().satisfies(o -> assertThat(o.title().text()).isEqualTo("Батьківське кафе"));
        // Turkish: the sports offer is held in Turkish, its text falls back to German (marked de)
        assertThat(n.offers.search("imblick", OffersService.query(null, "tr", null, null, null, null, null, null)).offers())
                .singleElement().satisfies(o -> assertThat(o.title().lang()).isEqualTo("de"));
        assertThat(n.offers.search("imblick", OffersService.query(AGS_ESCHWEILER, null, null, null, null, null, null, null)).offers())
                .extracting(o -> o.id()).containsExactly(sport.id());
        assertThat(n.offers.search("imblick", OffersService.query(null, null, "FAMILY_CENTRE", null, null, null, null, null)).total()).isEqualTo(1);
        assertThat(n.offers.search("imblick", OffersService.query(null, null, null, "6", null, null, null, null)).offers())
                .extracting(o -> o.id()).containsExactly(sport.id());
        assertThat(n.offers.search("imblick", OffersService.query(null, null, null, null, "2026-06-16", null, null, null)).offers())
                .extracting(o -> o.id()).containsExactly(cafe.id());
        assertThat(n.offers.search("imblick", OffersService.query(null, null, null, null, null, "TURNEN", null, null)).offers())
                .extracting(o -> o.id()).containsExactly(sport.id());
        assertThat(n.offers.search("imblick", OffersService.query(null, null, null, null, null, "100%", null, null)).total()).isZero();
        SearchPage page2 = n.offers.search("imblick", OffersService.query(null, null, null, null, null, null, "2", "1"));
        assertThat(page2.offers()).hasSize(1);
        assertThat(page2.total()).isEqualTo(2);

        // bounded queries: INVALID naming the field
        Refusals.invalid("size", () -> OffersService.query(null, null, null, null, null, null, null, "51"));
        Refusals.invalid("q", () -> OffersService.query(null, null, null, null, null, "x".repeat(101), null, null));
        Refusals.invalid("age", () -> OffersService.query(null, null, null, "18", null, null, null, null));
        Refusals.invalid("ags", () -> OffersService.query("12", null, null, null, null, null, null, null));
        Refusals.invalid("date", () -> OffersService.query(null, null, null, null, "16.06.2026", null, null, null));
        Refusals.invalid("page", () -> OffersService.query(null, null, null, null, null, null, "1001", null));
        // withdrawn: gone from the public
        n.offers.publish(coord, T, new DirectoryInput("imblick", "ImBlick", false));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> n.offers.facets("imblick"));
    }

    @Test
    void aNetworkAddressBelongsToOneTenant() {
        n.offers.publish(coord, T, new DirectoryInput("imblick", "ImBlick", true));
        Refusals.refused(IkzException.Kind.CONFLICT, "network", () -> n.offers.publish(n.otherCoordinator, Network.OTHER,
                new DirectoryInput("imblick", "Andere", true)));
        Refusals.invalid("network", () -> n.offers.publish(coord, T, new DirectoryInput("Im Blick!", "x", true)));
    }

    @Test
    void theExportsOpenInTheirTools() throws Exception {
        Offer cafe = arabicOffer();
        n.offers.addEvent(coord, T, cafe.id(), new EventInput(LocalDateTime.of(2026, 6, 16, 15, 0), LocalDateTime.of(2026, 6, 16, 17, 0),
                "Familienzentrum Mitte, Raum 1", null));
        n.offers.publish(coord, T, new DirectoryInput("imblick", "ImBlick", true));

        CsvCheck.Parsed csv = CsvCheck.csv(n.exports.csv("imblick"));
        assertThat(csv.header()).startsWith("id", "lang", "title", "description", "type");
        assertThat(csv.rows()).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(csv.header().size()));
        assertThat(csv.rows()).extracting(r -> r.get(1)).containsExactly("de", "ar", "uk");

        ICal.Calendar cal = ICal.parse(n.exports.ical("imblick"));
        assertThat(cal.events()).singleElement().satisfies(e -> {
            assertThat(e.get("SUMMARY")).isEqualTo("Elterncafé im Familienzentrum");
            assertThat(e.get("DTSTART")).isEqualTo("20260616T130000Z");
            assertThat(e.get("LOCATION")).isEqualTo("Familienzentrum Mitte, Raum 1");
        });

        ObjectMapper json = new ObjectMapper();
        JsonNode ld = json.readTree(n.exports.jsonLd("imblick"));
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("ItemList");
        JsonNode service = ld.get("itemListElement").get(0).get("item");
        assertThat(service.get("@type").asText()).isEqualTo("Service");
        assertThat(service.get("name").findValuesAsText("@language")).containsExactly("de", "ar", "uk");
        assertThat(service.get("areaServed").get("identifier").asText()).isEqualTo(AGS_AACHEN);
        assertThat(service.get("event").get(0).get("startDate").asText()).isEqualTo("2026-06-16T15:00+02:00");
        JsonNode plain = json.readTree(n.exports.json("imblick"));
        assertThat(plain.get("offers").get(0).get("texts").get(1).get("dir").asText()).isEqualTo("rtl");
    }

    // ================================================================== budget and indicators

    @Test
    void theBudgetIsSplitByPopulationToTheCentWithNoticesAndBadInputChangesNothing() {
        institution("Jugendamt Stadt Aachen", Field.YOUTH_WELFARE, AACHEN);
        institution("Jugendamt Eschweiler", Field.YOUTH_WELFARE, ESCHWEILER);
        institution("Jugendamt Stolberg", Field.YOUTH_WELFARE, STOLBERG);
        Refusals.invalid("year", () -> n.reports.addExpense(coord, T, 2025, new ExpenseInput(LocalDate.of(2025, 3, 1), new BigDecimal("10"),
                "MATERIAL", "B-1", null)));
        Budget b = n.reports.setBudget(coord, T, 2025, new BudgetInput(new BigDecimal("15000.00"), null, null, null));
        assertThat(b.partners()).containsExactlyInAnyOrder(AACHEN, ESCHWEILER, STOLBERG);
        assertThat(b.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("15000.00");
        // 250,000 : 56,000 : 56,000 of 362,000 inhabitants
        assertThat(b.shares()).containsEntry(AACHEN, new BigDecimal("10359.12")).containsEntry(ESCHWEILER, new BigDecimal("2320.44"))
                .containsEntry(STOLBERG, new BigDecimal("2320.44"));
        Budget spent = n.reports.addExpense(coord, T, 2025, new ExpenseInput(LocalDate.of(2025, 5, 20), new BigDecimal("1234.56"), "TRAINING",
                "RE-2025-17", "Fachtag"));
        assertThat(spent.spent()).isEqualByComparingTo("1234.56");
        assertThat(spent.left()).isEqualByComparingTo("13765.44");
        int before = auditCount();
        Refusals.invalid("amount", () -> n.reports.addExpense(coord, T, 2025, new ExpenseInput(LocalDate.of(2025, 5, 20), new BigDecimal("-1"),
                "TRAINING", "X", null)));
        Refusals.invalid("spentOn", () -> n.reports.addExpense(coord, T, 2025, new ExpenseInput(LocalDate.of(2024, 5, 20), BigDecimal.ONE,
                "TRAINING", "X", null)));
        Refusals.invalid("partners", () -> n.reports.setBudget(coord, T, 2025, new BudgetInput(BigDecimal.TEN, null, null, List.of("ja-nowhere"))));
        Refusals.invalid("key", () -> n.reports.setBudget(coord, T, 2025, new BudgetInput(BigDecimal.TEN, null, "lottery", null)));
        assertThat(auditCount()).isEqualTo(before);
        Budget settled = n.reports.setBudget(coord, T, 2025, new BudgetInput(new BigDecimal("15000.00"), "SPENT", "equal", null));
        assertThat(settled.shares().values()).containsExactly(new BigDecimal("411.52"), new BigDecimal("411.52"), new BigDecimal("411.52"));

        byte[] pdf = n.reports.notice(coord, T, 2025, ESCHWEILER).content();
        PdfCheck.assertPdfA(pdf);
        assertThat(PdfCheck.text(pdf)).contains("Netzwerkbudget Kinderschutz 2025").contains("411,52");
    }

    @Test
    void theYearsIndicatorsCountPartnersMeetingsAttendanceTrainingAndFollowUps() throws Exception {
        Institution ja = institution("Jugendamt Stadt Aachen", Field.YOUTH_WELFARE, AACHEN);
        Institution awo = institution("AWO", Field.FREE_WELFARE, null);
        Institution school = institution("Schule", Field.SCHOOL, null);
        Meeting m = n.meetings.create(coord, T, conference(LocalDateTime.of(2026, 3, 10, 9, 0), List.of(ja.id(), awo.id(), school.id())));
        n.meetings.recordMinutes(coord, T, m.id(), new MinutesInput(List.of(ja.id(), awo.id()), null, null));
        n.meetings.addFollowUp(coord, T, m.id(), new FollowUpInput("A", ja.id(), null, LocalDate.of(2026, 4, 1)));
        FollowUp late = n.meetings.addFollowUp(coord, T, m.id(), new FollowUpInput("B", awo.id(), null, LocalDate.of(2026, 4, 1)));
        n.meetings.done(coord, T, late.id(), LocalDate.of(2026, 5, 1));
        Indicators ind = n.reports.indicators(coord, T, 2026);
        assertThat(ind.conferences()).isEqualTo(1);
        assertThat(ind.members()).isEqualTo(3);
        assertThat(ind.followUpsDue()).isEqualTo(2);
        assertThat(ind.followUpsOnTime()).isZero();
        assertThat(ind.fields()).filteredOn(f -> f.field().equals("SCHOOL")).singleElement()
                .satisfies(f -> assertThat(f.attendanceRate()).isEqualByComparingTo("0.0"));
        assertThat(ind.fields()).filteredOn(f -> f.field().equals("YOUTH_WELFARE")).singleElement()
                .satisfies(f -> assertThat(f.attendanceRate()).isEqualByComparingTo("100.0"));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> n.reports.indicators(Network.memberContact("x"), T, 2026));

        byte[] pdf = n.reports.indicatorsDocument(coord, T, 2026, DocumentService.Format.PDF).content();
        PdfCheck.assertPdfA(pdf);
        assertThat(PdfCheck.text(pdf)).contains("Kennzahlen des Kinderschutz-Netzwerks 2026").contains("Kinder- und Jugendhilfe");
        CsvCheck.Parsed csv = CsvCheck.csv(n.reports.indicatorsDocument(coord, T, 2026, DocumentService.Format.CSV).content());
        assertThat(csv.rows()).hasSizeGreaterThanOrEqualTo(Field.values().length);
    }

    @Test
    void aPlatformAdminAndAnotherTenantSeeNothingOfTheNetwork() {
        institution("JA", Field.YOUTH_WELFARE, AACHEN);
        assertThatThrownBy(() -> n.members.list(de.ikz.testkit.Callers.platformAdmin(), T)).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> n.meetings.list(n.otherCoordinator, T)).isInstanceOf(IkzException.class);
        assertThatThrownBy(() -> n.offers.list(n.otherCoordinator, T)).isInstanceOf(IkzException.class);
    }
}
