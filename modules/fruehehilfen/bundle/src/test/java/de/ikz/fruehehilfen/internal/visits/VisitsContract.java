package de.ikz.fruehehilfen.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyServiceImpl;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures.Figures;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures.PartnerFigures;
import de.ikz.fruehehilfen.internal.visits.VisitService.Assessment;
import de.ikz.fruehehilfen.internal.visits.VisitService.AssessmentInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.ContactInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.Resources;
import de.ikz.fruehehilfen.internal.visits.VisitService.ResourcesInput;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.Refusals;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contacts, assessments, resources and burdens, and the service figures on a real database, over
 * the families part's service: the professional's own families only, the case dates, the duration
 * bounds, the health consent, and refusals that change nothing. One subclass per database.
 */
abstract class VisitsContract {

    protected abstract DataSource dataSource() throws Exception;

    final MovableClock clock = new MovableClock(VisitFixture.TODAY);
    VisitFixture fx;
    VisitServiceImpl visits;
    FamilyServiceImpl families;
    TableAuditLog audit;
    JdbcDatabase db;

    Staff hanna;
    Staff petra;
    Family ofHanna;
    Family ofPetra;
    Family ofKreis;

    final Caller coordinator = VisitFixture.COORDINATOR;
    final Caller hannaCaller = VisitFixture.HANNA;
    final Caller petraCaller = VisitFixture.PETRA;
    final Caller jaErkelenz = Callers.partnerStaff(VisitFixture.T, VisitFixture.JA_ERKELENZ, ModuleDefinition.ID);
    final Caller jaKreis = Callers.partnerStaff(VisitFixture.T, VisitFixture.JA_KREIS, ModuleDefinition.ID);
    final Caller auditor = Callers.auditor(VisitFixture.T, ModuleDefinition.ID);

    static final String T = VisitFixture.T;
    static final LocalDate TODAY = VisitFixture.TODAY;

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(dataSource());
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        fx = new VisitFixture(db, clock);
        audit = fx.audit;
        families = fx.families;
        visits = fx.visits;
        hanna = fx.staff("MIDWIFE", "Hanna Hebamme", "hanna");
        petra = fx.staff("FGKIKP", "Petra Pflege", "petra");
        // opened two months ago: Erkelenz (own youth office) for Hanna and Petra, Gangelt (district) for Hanna
        ofHanna = fx.family(VisitFixture.ERKELENZ, TODAY.minusMonths(2), "CLINIC", hanna);
        ofPetra = fx.family(VisitFixture.ERKELENZ, TODAY.minusMonths(2), "SELF", petra);
        ofKreis = fx.family(VisitFixture.GANGELT, TODAY.minusMonths(2), "YOUTH_OFFICE", hanna);
    }

    // ================================================================== contacts

    @Test
    void professionalBooksAContactWithTheVisitLogDefaults() {
        Contact c = visits.addContact(hannaCaller, T, ofHanna.id(), new ContactInput(null, null, null, null, null,
                List.of("FEEDING", "child-health"), List.of("PAEDIATRICIAN")));

        assertThat(c.staffId()).isEqualTo(hanna.id());
        assertThat(c.date()).isEqualTo(TODAY);
        assertThat(c.minutes()).isEqualTo(60);
        assertThat(c.kind()).isEqualTo(ContactKind.HOME_VISIT);
        assertThat(c.place()).isEqualTo(ContactPlace.HOME);
        assertThat(c.categories()).containsExactly(ContentCategory.CHILD_HEALTH, ContentCategory.FEEDING);
        assertThat(c.referrals()).containsExactly(ReferralService.PAEDIATRICIAN);
        assertThat(visits.contacts(coordinator, T, ofHanna.id())).extracting(Contact::id).containsExactly(c.id());
        assertThat(lastEntry("CREATE").record()).isEqualTo("fruehehilfen/contact/" + c.id());
        assertThat(lastEntry("CREATE").user()).isEqualTo("hanna");
    }

    @Test
    void aPhoneCallIsAtThePlacePhoneByDefault() {
        Contact c = visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 15, "PHONE_CALL"));

        assertThat(c.place()).isEqualTo(ContactPlace.PHONE);
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(),
                new ContactInput(null, TODAY, 15, "HOME", "PHONE_CALL", null, null)), IkzException.Kind.INVALID, "place");
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(),
                new ContactInput(null, TODAY, 15, "PHONE", "HOME_VISIT", null, null)), IkzException.Kind.INVALID, "kind");
    }

    @Test
    void aProfessionalCannotBookForAnotherProfessionalsFamily() {
        refused(() -> visits.addContact(hannaCaller, T, ofPetra.id(), contact(TODAY, 60, null)), IkzException.Kind.FORBIDDEN, null);
        refused(() -> visits.addAssessment(hannaCaller, T, ofPetra.id(), assessment("START", TODAY, 3)),
                IkzException.Kind.FORBIDDEN, null);
        refused(() -> visits.addResources(hannaCaller, T, ofPetra.id(), new ResourcesInput(TODAY, List.of("B_FINANCIAL"))),
                IkzException.Kind.FORBIDDEN, null);
        assertNothingBooked();
    }

    @Test
    void aProfessionalBooksOnlyForHerself() {
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), new ContactInput(petra.id(), TODAY, 60, null, null, null,
                null)), IkzException.Kind.FORBIDDEN, "staffId");
        assertNothingBooked();
    }

    @Test
    void theCoordinatorBooksForAnyStaffMemberAndDefaultsToTheAssignedOne() {
        Contact assigned = visits.addContact(coordinator, T, ofPetra.id(), contact(TODAY, 30, null));
        Contact named = visits.addContact(coordinator, T, ofPetra.id(), new ContactInput(hanna.id(), TODAY, 30, null, "GROUP",
                null, null));

        assertThat(assigned.staffId()).isEqualTo(petra.id());
        assertThat(named.staffId()).isEqualTo(hanna.id());
        refused(() -> visits.addContact(coordinator, T, ofPetra.id(), new ContactInput("S-NOBODY", TODAY, 30, null, null, null,
                null)), IkzException.Kind.INVALID, "staffId");
    }

    @Test
    void aContactBeforeTheCaseOpenedOrAfterItClosedIsRefusedAndChangesNothing() {
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), contact(ofHanna.openedOn().minusDays(1), 60, null)),
                IkzException.Kind.INVALID, "date");
        Contact onOpening = visits.addContact(hannaCaller, T, ofHanna.id(), contact(ofHanna.openedOn(), 60, null));
        families.close(coordinator, T, ofHanna.id(), new ClosingInput(TODAY.minusDays(10), "GOALS_REACHED"));

        // after closing the coordinator books what is missing, up to the closing day
        ContactInput dayAfter = new ContactInput(hanna.id(), TODAY.minusDays(9), 60, null, null, null, null);
        refused(() -> visits.addContact(coordinator, T, ofHanna.id(), dayAfter), IkzException.Kind.INVALID, "date");
        Contact onClosing = visits.addContact(coordinator, T, ofHanna.id(),
                new ContactInput(hanna.id(), TODAY.minusDays(10), 60, null, null, null, null));
        assertThat(visits.contacts(coordinator, T, ofHanna.id())).extracting(Contact::id)
                .containsExactly(onClosing.id(), onOpening.id());
    }

    @Test
    void aContactInTheFutureIsRefused() {
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY.plusDays(1), 60, null)),
                IkzException.Kind.INVALID, "date");
        assertNothingBooked();
    }

    @Test
    void aDurationOfNothingOrMoreThanTwelveHoursIsRefused() {
        for (int minutes : new int[] {0, -30, 721, 100_000}) {
            refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, minutes, null)),
                    IkzException.Kind.INVALID, "minutes");
        }
        assertNothingBooked();
        assertThat(visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 720, null)).minutes()).isEqualTo(720);
        assertThat(visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 1, null)).minutes()).isEqualTo(1);
    }

    @Test
    void unknownNamesAreRefusedNamingTheField() {
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), new ContactInput(null, TODAY, 60, null, null,
                List.of("FEEDING", "GOSSIP"), null)), IkzException.Kind.INVALID, "categories");
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), new ContactInput(null, TODAY, 60, null, null, null,
                List.of("ASTROLOGER"))), IkzException.Kind.INVALID, "referrals");
        refused(() -> visits.addContact(hannaCaller, T, ofHanna.id(), new ContactInput(null, TODAY, 60, "MOON", null, null,
                null)), IkzException.Kind.INVALID, "place");
        refused(() -> visits.addContact(hannaCaller, T, "bad id!", contact(TODAY, 60, null)), IkzException.Kind.INVALID, "familyId");
        assertNothingBooked();
    }

    @Test
    void readersAndWhoMayBook() {
        Contact c = visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 60, null));

        // the owning office reads; another office does not see the family at all
        assertThat(visits.contacts(jaErkelenz, T, ofHanna.id())).extracting(Contact::id).containsExactly(c.id());
        refused(() -> visits.contacts(jaKreis, T, ofHanna.id()), IkzException.Kind.NOT_FOUND, null);
        // the auditor reads, pseudonymised
        assertThat(visits.contacts(auditor, T, ofHanna.id())).singleElement()
                .satisfies(x -> assertThat(x.familyPseudonym()).isEqualTo(ofHanna.pseudonym()));
        // readers change nothing
        refused(() -> visits.addContact(jaErkelenz, T, ofHanna.id(), contact(TODAY, 60, null)), IkzException.Kind.FORBIDDEN, null);
        refused(() -> visits.addContact(auditor, T, ofHanna.id(), contact(TODAY, 60, null)), IkzException.Kind.FORBIDDEN, null);
        // another tenant and a platform admin see nothing
        refused(() -> visits.contacts(Callers.coordinator("kreis-b", ModuleDefinition.ID), T, ofHanna.id()),
                IkzException.Kind.NOT_FOUND, null);
        assertThatThrownBy(() -> visits.contacts(Callers.platformAdmin(), T, ofHanna.id())).isInstanceOf(IkzException.class);
        assertThat(visits.contacts(coordinator, T, ofHanna.id())).hasSize(1);
    }

    @Test
    void everyReadOfContactsIsLoggedOnce() {
        Contact c = visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 60, null));
        int before = audit.list(auditor, T, 1000).size();

        visits.contacts(jaErkelenz, T, ofHanna.id());

        List<AuditEntry> after = audit.list(auditor, T, 1000);
        // the test log lists oldest first
        List<AuditEntry> reads = after.subList(before, after.size()).stream().filter(e -> e.action().equals("READ")
                && e.user().equals("paul")).toList();
        assertThat(reads).singleElement().satisfies(e -> assertThat(e.record()).contains(c.id()));
    }

    @Test
    void theContactListOfAPeriodShowsAProfessionalOnlyHerOwnFamilies() {
        Contact mine = visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY.minusDays(3), 60, null));
        Contact old = visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY.minusDays(40), 60, null));
        Contact hers = visits.addContact(petraCaller, T, ofPetra.id(), contact(TODAY.minusDays(3), 60, null));

        assertThat(visits.contacts(hannaCaller, T, TODAY.minusDays(30), TODAY)).extracting(Contact::id).containsExactly(mine.id());
        assertThat(visits.contacts(hannaCaller, T, null, null)).extracting(Contact::id).containsExactly(mine.id(), old.id());
        assertThat(visits.contacts(coordinator, T, TODAY.minusDays(30), TODAY)).extracting(Contact::id)
                .containsExactlyInAnyOrder(mine.id(), hers.id());
        assertThat(visits.visitLog(petraCaller, T).recent()).extracting(Contact::id).containsExactly(hers.id());
        refused(() -> visits.contacts(coordinator, T, TODAY, TODAY.minusDays(1)), IkzException.Kind.INVALID, "to");
    }

    @Test
    void theVisitLogListsHerOpenFamiliesOnlyTheLastContactedFirst() {
        Family quiet = fx.family(VisitFixture.ERKELENZ, TODAY.minusDays(3), "SELF", hanna);
        visits.addContact(hannaCaller, T, ofKreis.id(), contact(TODAY.minusDays(40), 60, null));
        visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY.minusDays(1), 60, null));
        visits.addContact(petraCaller, T, ofPetra.id(), contact(TODAY, 60, null));
        families.close(coordinator, T, ofKreis.id(), new ClosingInput(TODAY.minusDays(2), "MOVED"));

        VisitService.VisitLog log = visits.visitLog(hannaCaller, T);

        assertThat(log.families()).extracting(VisitService.LogFamily::familyId).containsExactly(ofHanna.id(), quiet.id());
        assertThat(log.families().get(0).lastContact()).isEqualTo(TODAY.minusDays(1));
        assertThat(log.recent()).extracting(Contact::familyId).containsExactly(ofHanna.id());
        assertThat(visits.visitLog(coordinator, T).families()).hasSize(3);
        refused(() -> visits.visitLog(auditor, T), IkzException.Kind.FORBIDDEN, null);
        refused(() -> visits.visitLog(jaErkelenz, T), IkzException.Kind.FORBIDDEN, null);
    }

    @Test
    void theFamilyPageReadsContactsAssessmentsAndChecklistsWithOneLogEntry() {
        visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 60, null));
        visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("START", TODAY, 3));
        int before = audit.list(auditor, T, 1000).size();

        VisitService.FamilyVisits v = visits.familyVisits(jaErkelenz, T, ofHanna.id());

        assertThat(v.contacts()).hasSize(1);
        assertThat(v.assessments()).hasSize(1);
        List<AuditEntry> after = audit.list(auditor, T, 1000);
        assertThat(after.subList(before, after.size())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("READ");
            assertThat(e.record()).isEqualTo("fruehehilfen/family/" + ofHanna.id());
        });
        refused(() -> visits.familyVisits(jaKreis, T, ofHanna.id()), IkzException.Kind.NOT_FOUND, null);
    }

    // ================================================================== assessments

    @Test
    void assessmentsAtStartDuringAndEndOncePerCase() {
        Assessment start = visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("START", TODAY.minusDays(50), 2));
        Assessment during1 = visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("DURING", TODAY.minusDays(30), 3));
        Assessment during2 = visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("DURING", TODAY.minusDays(20), 3));

        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("START", TODAY, 4)),
                IkzException.Kind.CONFLICT, "phase");
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("END", TODAY.minusDays(25), 4)),
                IkzException.Kind.INVALID, "date");
        Assessment end = visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("END", TODAY, 4));
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("END", TODAY, 5)),
                IkzException.Kind.CONFLICT, "phase");

        List<Assessment> all = visits.assessments(auditor, T, ofHanna.id());
        assertThat(all).extracting(Assessment::id).containsExactly(start.id(), during1.id(), during2.id(), end.id());
        assertThat(all.get(0).ratings()).hasSize(6).containsEntry(AssessmentArea.HOUSEHOLD, 2);
        assertThat(all.get(3).ratings()).containsEntry(AssessmentArea.INTERACTION, 4);
    }

    @Test
    void anAssessmentNeedsAStartAndSixRatingsOfOneToFive() {
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("DURING", TODAY, 3)),
                IkzException.Kind.INVALID, "phase");
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("START", TODAY, 6)),
                IkzException.Kind.INVALID, "household");
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(),
                new AssessmentInput("START", TODAY, 3, 3, 3, 3, 0, 3)), IkzException.Kind.INVALID, "childCare");
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(),
                new AssessmentInput("START", TODAY, 3, 3, 3, null, 3, 3)), IkzException.Kind.INVALID, "selfCare");
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment(null, TODAY, 3)),
                IkzException.Kind.INVALID, "phase");
        refused(() -> visits.addAssessment(hannaCaller, T, ofHanna.id(), assessment("START", ofHanna.openedOn().minusDays(1), 3)),
                IkzException.Kind.INVALID, "date");
        assertThat(visits.assessments(coordinator, T, ofHanna.id())).isEmpty();
    }

    // ================================================================== resources and burdens

    @Test
    void healthFactorsNeedAConsentCoveringHealthData() {
        refused(() -> visits.addResources(hannaCaller, T, ofHanna.id(),
                new ResourcesInput(TODAY, List.of("R_FAMILY_SUPPORT", "B_POSTPARTUM_DEPRESSION"))), IkzException.Kind.INVALID, "factors");
        assertThat(visits.resources(coordinator, T, ofHanna.id())).isEmpty();
        // without health factors no consent is needed
        Resources plain = visits.addResources(hannaCaller, T, ofHanna.id(), new ResourcesInput(TODAY, List.of("B_FINANCIAL")));
        assertThat(plain.factors()).containsExactly(Factor.B_FINANCIAL);

        families.addConsent(coordinator, T, ofHanna.id(), new ConsentInput(TODAY.minusDays(5), List.of("DOCUMENTATION", "HEALTH_DATA")));
        Resources r = visits.addResources(hannaCaller, T, ofHanna.id(),
                new ResourcesInput(TODAY, List.of("R_FAMILY_SUPPORT", "B_POSTPARTUM_DEPRESSION")));
        assertThat(r.factors()).containsExactly(Factor.R_FAMILY_SUPPORT, Factor.B_POSTPARTUM_DEPRESSION);
        // a day before the consent was given, the same is refused
        refused(() -> visits.addResources(hannaCaller, T, ofHanna.id(),
                new ResourcesInput(TODAY.minusDays(6), List.of("B_POSTPARTUM_DEPRESSION"))), IkzException.Kind.INVALID, "factors");
    }

    @Test
    void theChecklistIsSealedAtRestAndHealthFactorsAreShownOnlyToIdentityReaders() {
        families.addConsent(coordinator, T, ofHanna.id(), new ConsentInput(TODAY.minusDays(5), List.of("HEALTH_DATA")));
        visits.addResources(hannaCaller, T, ofHanna.id(), new ResourcesInput(TODAY,
                List.of("R_FAMILY_SUPPORT", "B_ADDICTION", "B_MENTAL_ILLNESS")));

        String stored = db.inTransaction(s -> s.tenant(T).queryOne("SELECT factors FROM fruehehilfen_resources WHERE tenant_id = :tenant",
                rs -> rs.getString(1)).orElseThrow());
        assertThat(stored).doesNotContain("ADDICTION").doesNotContain("MENTAL").doesNotContain("FAMILY_SUPPORT");

        assertThat(visits.resources(hannaCaller, T, ofHanna.id())).singleElement()
                .satisfies(x -> assertThat(x.factors()).hasSize(3));
        assertThat(visits.resources(jaErkelenz, T, ofHanna.id())).singleElement()
                .satisfies(x -> assertThat(x.factors()).hasSize(3));
        assertThat(visits.resources(auditor, T, ofHanna.id())).singleElement().satisfies(x -> {
            assertThat(x.factors()).containsExactly(Factor.R_FAMILY_SUPPORT);
            assertThat(x.hiddenHealthFactors()).isEqualTo(2);
        });
        refused(() -> visits.resources(petraCaller, T, ofHanna.id()), IkzException.Kind.FORBIDDEN, null);
    }

    // ================================================================== figures

    @Test
    void hoursPerPartnerAndFundingAreaAddUpToTheCent() {
        LocalDate from = TODAY.minusMonths(1);
        // Erkelenz: three contacts of 50 minutes (2.50 h), one with two referrals; Kreis: one of 50 (0.83 h) and one call
        visits.addContact(hannaCaller, T, ofHanna.id(), new ContactInput(null, TODAY.minusDays(3), 50, null, null, null,
                List.of("PAEDIATRICIAN", "DEBT_COUNSELLING")));
        visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY.minusDays(2), 50, "ACCOMPANIMENT"));
        visits.addContact(petraCaller, T, ofPetra.id(), contact(TODAY.minusDays(1), 50, null));
        visits.addContact(hannaCaller, T, ofKreis.id(), contact(TODAY.minusDays(1), 50, null));
        visits.addContact(hannaCaller, T, ofKreis.id(), new ContactInput(null, TODAY, 10, null, "PHONE_CALL", null,
                List.of("PAEDIATRICIAN")));
        // outside the period: not counted
        visits.addContact(hannaCaller, T, ofKreis.id(), contact(from.minusDays(1), 300, null));
        // a new case of the period
        Family fresh = fx.family(VisitFixture.ERKELENZ, TODAY.minusDays(5), "PAEDIATRICIAN", hanna);

        Figures f = visits.figures(coordinator, T, from, TODAY);

        PartnerFigures erk = f.of(VisitFixture.JA_ERKELENZ);
        assertThat(erk.contacts()).isEqualTo(3);
        assertThat(erk.minutes()).isEqualTo(150);
        assertThat(erk.hours()).isEqualByComparingTo("2.50");
        assertThat(erk.hoursByArea()).containsEntry(FundingArea.II, new BigDecimal("2.50"));
        assertThat(erk.hoursByArea().get(FundingArea.I)).isZero();
        assertThat(erk.contactsByKind()).containsEntry(ContactKind.HOME_VISIT, 2).containsEntry(ContactKind.ACCOMPANIMENT, 1);
        assertThat(erk.referrals()).isEqualTo(2);
        assertThat(erk.referralsByService()).containsEntry(ReferralService.PAEDIATRICIAN, 1)
                .containsEntry(ReferralService.DEBT_COUNSELLING, 1);
        assertThat(erk.families()).isEqualTo(3);
        assertThat(erk.newCases()).isEqualTo(1);
        assertThat(erk.referredBy()).containsEntry(Referral.PAEDIATRICIAN, 1).containsEntry(Referral.CLINIC, 0);
        assertThat(fresh.ownerId()).isEqualTo(VisitFixture.JA_ERKELENZ);

        PartnerFigures kreis = f.of(VisitFixture.JA_KREIS);
        assertThat(kreis.minutes()).isEqualTo(60);
        assertThat(kreis.hours()).isEqualByComparingTo("1.00");
        assertThat(kreis.contactsByKind()).containsEntry(ContactKind.PHONE_CALL, 1).containsEntry(ContactKind.HOME_VISIT, 1);

        assertThat(f.total().hours()).isEqualByComparingTo(erk.hours().add(kreis.hours()));
        assertThat(f.total().contacts()).isEqualTo(5);
        assertThat(f.total().referrals()).isEqualTo(3);
        assertThat(f.total().referralsByService()).containsEntry(ReferralService.PAEDIATRICIAN, 2);
        assertThat(f.total().hoursByArea()).containsEntry(FundingArea.II, f.total().hours());
    }

    @Test
    void partnerHoursAreRoundedPerPartnerAndTheTotalIsTheirSum() {
        LocalDate from = TODAY.minusMonths(1);
        // 50 minutes are 0.8333 h: each partner 0.83, the total 1.66 (not 100 min = 1.67)
        visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 50, null));
        visits.addContact(hannaCaller, T, ofKreis.id(), contact(TODAY, 50, null));

        Figures f = visits.figures(coordinator, T, from, TODAY);

        assertThat(f.partners()).extracting(PartnerFigures::hours).containsExactly(new BigDecimal("0.83"), new BigDecimal("0.83"));
        assertThat(f.total().hours()).isEqualByComparingTo("1.66");
        assertThat(f.total().minutes()).isEqualTo(100);
    }

    @Test
    void partnerStaffGetTheirOwnOfficesFiguresOnlyAndAProfessionalNone() {
        visits.addContact(hannaCaller, T, ofHanna.id(), contact(TODAY, 60, null));
        visits.addContact(hannaCaller, T, ofKreis.id(), contact(TODAY, 90, null));

        Figures own = visits.figures(jaKreis, T, TODAY.minusMonths(1), TODAY);

        assertThat(own.partners()).extracting(PartnerFigures::office).containsExactly(VisitFixture.JA_KREIS);
        assertThat(own.total().minutes()).isEqualTo(90);
        assertThat(visits.figures(auditor, T, TODAY.minusMonths(1), TODAY).partners()).hasSize(2);
        refused(() -> visits.figures(hannaCaller, T, TODAY.minusMonths(1), TODAY), IkzException.Kind.FORBIDDEN, null);
        refused(() -> visits.figures(coordinator, T, TODAY, TODAY.minusDays(1)), IkzException.Kind.INVALID, "to");
        refused(() -> visits.figures(coordinator, T, null, TODAY), IkzException.Kind.INVALID, "from");
    }

    // ================================================================== helpers

    static ContactInput contact(LocalDate date, Integer minutes, String kind) {
        return new ContactInput(null, date, minutes, null, kind, null, null);
    }

    static AssessmentInput assessment(String phase, LocalDate date, int rating) {
        return new AssessmentInput(phase, date, rating, rating, rating, rating, rating, rating);
    }

    void refused(ThrowingCallable call, IkzException.Kind kind, String field) {
        if (field == null) {
            // the kind only: the families part words the row rule's refusals
            assertThatThrownBy(call).isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(kind));
        } else {
            Refusals.refused(kind, field, call);
        }
    }

    private AuditEntry lastEntry(String action) {
        // the test log lists oldest first
        return audit.list(auditor, T, 1000).stream().filter(e -> e.action().equals(action)).reduce((a, b) -> b).orElseThrow();
    }

    /** No contact, assessment or checklist in the database, and no CREATE entry of one. */
    void assertNothingBooked() {
        Map<String, Integer> counts = db.inTransaction(s -> Map.of(
                "contacts", count(s, "fruehehilfen_contact"),
                "assessments", count(s, "fruehehilfen_assessment"),
                "resources", count(s, "fruehehilfen_resources")));
        assertThat(counts).containsOnly(Map.entry("contacts", 0), Map.entry("assessments", 0), Map.entry("resources", 0));
        assertThat(audit.list(auditor, T, 1000)).noneMatch(e -> e.action().equals("CREATE")
                && (e.record().startsWith("fruehehilfen/contact/") || e.record().startsWith("fruehehilfen/assessment/")
                || e.record().startsWith("fruehehilfen/resources/")));
    }

    private static int count(de.ikz.api.persistence.Session s, String table) {
        return s.tenant(T).queryOne("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = :tenant", rs -> rs.getInt(1)).orElse(0);
    }
}
