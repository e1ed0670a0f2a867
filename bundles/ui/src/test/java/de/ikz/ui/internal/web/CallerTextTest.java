package de.ikz.ui.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.testkit.Callers;

import org.junit.jupiter.api.Test;

/** The caller of a session as text in the session table, and back. */
class CallerTextTest {

    @Test
    void everyFieldSurvivesTheRoundTripIncludingSeparatorsEscapesAndEmptyValues() {
        Caller full = new Caller("an;na=x,\\y", EnumSet.of(PlatformRole.COORDINATOR, PlatformRole.AUDITOR), Optional.of("kreis;a"),
                Optional.of("jugendamt,a"), Set.of("mod", "we=ird", ""), "2001:db8::1", Set.of("mod.lead", "mod.x\\y"));
        String text = CallerText.format(full);
        assertThat(CallerText.parse(text)).isEqualTo(full);
        assertThat(text).startsWith("v=1;user=an\\;na\\=x\\,\\\\y;roles=AUDITOR,COORDINATOR;tenant=kreis\\;a;");

        Caller bare = new Caller("", Set.of(), Optional.empty(), Optional.empty(), Set.of(), null, Set.of());
        assertThat(CallerText.format(bare)).isEqualTo("v=1;user=");
        assertThat(CallerText.parse(CallerText.format(bare))).isEqualTo(bare);

        for (Caller c : new Caller[] {Callers.platformAdmin(), Callers.tenantAdmin(Callers.TENANT),
                Callers.partnerStaff(Callers.TENANT, "jugendamt-a", "mod"), Callers.moduleRole(Callers.TENANT, "lea", "mod", "lead", "x"),
                Caller.anonymous("10.0.0.1")}) {
            assertThat(CallerText.parse(CallerText.format(c))).isEqualTo(c);
        }
    }

    @Test
    void theSameCallerAlwaysGivesTheSameText() {
        Caller a = new Caller("u", EnumSet.of(PlatformRole.TENANT_ADMIN, PlatformRole.AUDITOR), Optional.of("t"), Optional.empty(),
                Set.of("b", "a", "c"), "x", Set.of("b.r", "a.r"));
        Caller b = new Caller("u", EnumSet.of(PlatformRole.AUDITOR, PlatformRole.TENANT_ADMIN), Optional.of("t"), Optional.empty(),
                Set.of("c", "a", "b"), "x", Set.of("a.r", "b.r"));
        assertThat(CallerText.format(a)).isEqualTo(CallerText.format(b)).isEqualTo(
                "v=1;user=u;roles=AUDITOR,TENANT_ADMIN;tenant=t;modules=a,b,c;address=x;moduleRoles=a.r,b.r");
    }

    @Test
    void aTextNotOfThisFormIsRefusedNotHalfRead() {
        assertThatThrownBy(() -> CallerText.parse("v=2;user=a")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> CallerText.parse("user=a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerText.parse("v=1;user=a;roles=ROOT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerText.parse("v=1;user=a;admin=yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key");
        assertThatThrownBy(() -> CallerText.parse("v=1;user=a;user=b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerText.parse("v=1;user=a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerText.parse("v=1;user=a=b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerText.parse("v=1;user=a\\")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerText.parse("v=1;tenant")).isInstanceOf(IllegalArgumentException.class);
    }
}
