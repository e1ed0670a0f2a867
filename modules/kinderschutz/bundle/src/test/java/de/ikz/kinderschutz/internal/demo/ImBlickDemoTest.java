package de.ikz.kinderschutz.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import de.ikz.api.error.IkzException;
import de.ikz.kinderschutz.internal.Network;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ImBlick demo, loaded through the services: what the "done when" asks for is there, and a second load changes nothing. */
class ImBlickDemoTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @TempDir
    Path dir;

    @Test
    void theDemoNetworkHasMembersAMeetingACourseWithWaitingListAndAPublicDirectoryInArabicAndUkrainian() {
        Network n = Network.on(TestDatabases.derby(dir), TODAY);
        ImBlickDemo.Services s = new ImBlickDemo.Services(n.members, n.meetings, n.training, n.offers, n.reports);
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> ImBlickDemo.load(s, n.coordinator, Network.T, 2026, TODAY));
        String line = ImBlickDemo.load(s, Callers.platformAdmin(), Network.T, 2026, TODAY);
        assertThat(line).contains("ImBlick").contains("nach Einwohnern");

        assertThat(n.members.list(n.coordinator, Network.T)).hasSize(16);
        assertThat(n.members.agreements(n.coordinator, Network.T, true)).hasSize(1);
        Meeting held = n.meetings.list(n.coordinator, Network.T).stream().filter(m -> m.status() == Meeting.MeetingStatus.HELD)
                .findFirst().orElseThrow();
        assertThat(held.minutes()).isNotBlank();
        assertThat(held.decisions()).hasSize(2);
        assertThat(n.meetings.followUps(n.coordinator, Network.T, true)).anyMatch(f -> f.due().isBefore(TODAY));
        Course full = n.training.courses(n.coordinator, Network.T).get(0);
        assertThat(n.training.registrations(n.coordinator, Network.T, full.id())).extracting(Registration::state).containsExactly(
                Registration.State.REGISTERED, Registration.State.CANCELLED, Registration.State.REGISTERED, Registration.State.REGISTERED,
                Registration.State.WAITING);
        Registration first = n.training.registrations(n.coordinator, Network.T, full.id()).get(0);
        assertThat(n.training.certificate(n.coordinator, Network.T, full.id(), first.id())).isNotEmpty();
        // the member contact and the trainer of the demo users are linked
        assertThat(n.members.institutionOf(Network.memberContact(ImBlickDemo.MEMBER_CONTACT_USER))).isPresent();
        assertThat(full.trainers()).containsExactly(ImBlickDemo.TRAINER_USER);

        assertThat(n.offers.search(ImBlickDemo.NETWORK, OffersService.query(null, "ar", null, null, null, null, null, null)).offers())
                .isNotEmpty().anySatisfy(o -> assertThat(o.title().dir()).isEqualTo("rtl"));
        assertThat(n.offers.search(ImBlickDemo.NETWORK, OffersService.query(null, "uk", null, null, null, null, null, null)).offers())
                .anySatisfy(o -> assertThat(o.title().lang()).isEqualTo("uk"));
        assertThat(n.reports.budget(n.coordinator, Network.T, 2026).orElseThrow().shares()).hasSize(7);

        assertThat(ImBlickDemo.load(s, Callers.platformAdmin(), Network.T, 2026, TODAY)).contains("loaded already");
        assertThat(n.members.list(n.coordinator, Network.T)).hasSize(16);
    }

    @Test
    void aTenantThatFindsTheDemoAddressTakenGetsItsOwnEvenWithALongIdThatBeginsLikeAnother() {
        assertThat(ImBlickDemo.ownNetwork("fh-c-1a2b3c")).isEqualTo("imblick-fh-c-1a2b3c");
        String a = ImBlickDemo.ownNetwork("kreis-heinsberg-schulung-2026-gruppe-a");
        String b = ImBlickDemo.ownNetwork("kreis-heinsberg-schulung-2026-gruppe-b");
        assertThat(a).isNotEqualTo(b).startsWith("imblick-kreis-heinsberg-schulung-");
        assertThat(java.util.List.of(a, b)).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(40).matches("[a-z0-9][a-z0-9-]{1,39}"));
        assertThat(ImBlickDemo.ownNetwork("kreis-heinsberg-schulung-2026-gruppe-a")).as("the same tenant, the same address").isEqualTo(a);
    }
}
