package de.ikz.fruehehilfen.internal.pool.shell;

import static de.ikz.fruehehilfen.internal.pool.PoolFixture.GEILENKIRCHEN;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.KREIS;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.pool.PoolFixture;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.ConsoleHarness.Output;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's console commands over the real service on Derby: output, refusals as "Error in <field>", roles. */
class PoolCommandsTest {

    static final Caller COORDINATOR = Callers.coordinator(TENANT, ModuleDefinition.ID);

    @TempDir
    Path dir;

    PoolService pool;

    @BeforeEach
    void fresh() {
        pool = PoolFixture.on(TestDatabases.derby(dir), LocalDate.of(2022, 1, 10)).pool;
    }

    <T extends de.ikz.fruehehilfen.internal.shell.ModuleCommand> T with(T command) throws Exception {
        java.lang.reflect.Field f = command.getClass().getDeclaredField("pool");
        f.setAccessible(true);
        f.set(command, pool);
        return command;
    }

    @Test
    void grantSettingsAndShowInGerman() throws Exception {
        PoolCommands.Settings s = with(new PoolCommands.Settings());
        s.year = "2021";
        s.host = KREIS;
        s.reading = "share-of-total";
        assertThat(ConsoleHarness.run(s, COORDINATOR).out()).contains("share-of-total");
        PoolCommands.GrantSet g = with(new PoolCommands.GrantSet());
        g.year = "2021";
        g.partner = GEILENKIRCHEN;
        g.amount = "11000.00";
        g.notice = "2021-03-01";
        g.areas = List.of("II=11000.00");
        assertThat(ConsoleHarness.run(g, COORDINATOR).out()).contains("Grant 2021 ja-geilenkirchen: 11000.00");
        PoolCommands.Show show = with(new PoolCommands.Show());
        show.year = "2021";
        Output o = ConsoleHarness.run(show, COORDINATOR);
        assertThat(o.out()).contains("Fonds Frühe Hilfen 2021").contains("Eigenanteile: 2.750,00 €");
        assertThat(ConsoleHarness.row(o.out(), GEILENKIRCHEN)).containsExactly(GEILENKIRCHEN, "13.750,00 €", "0,00 €",
                "13.750,00 €");
    }

    @Test
    void refusalsPrintTheFieldAndChangeNothing() throws Exception {
        PoolCommands.GrantSet g = with(new PoolCommands.GrantSet());
        g.year = "2021";
        g.partner = GEILENKIRCHEN;
        g.amount = "12500.00";
        g.notice = "2021-03-01";
        g.areas = List.of("I=2500.00", "II=9000.00");
        Output o = ConsoleHarness.run(g, COORDINATOR);
        assertThat(o.out() + o.err()).contains("Error in byArea: ");
        PoolCommands.ExpenseAdd e = with(new PoolCommands.ExpenseAdd());
        e.year = "2021";
        e.area = "II";
        e.costType = "PERSONNEL";
        e.amount = "10.00";
        e.document = "B-1";
        e.date = "2021-05-01";
        e.text = "Gehalt";
        o = ConsoleHarness.run(e, COORDINATOR);
        assertThat(o.out() + o.err()).contains("Error in amount: ");
        assertThat(pool.grants(COORDINATOR, TENANT, 2021)).isEmpty();
        assertThat(pool.expenses(COORDINATOR, TENANT, 2021)).isEmpty();
    }

    @Test
    void anAuditorMayShowButNotBook() throws Exception {
        PoolCommands.Show show = with(new PoolCommands.Show());
        show.year = "2021";
        assertThat(ConsoleHarness.run(show, Callers.auditor(TENANT)).out()).contains("Fonds Frühe Hilfen 2021");
        PoolCommands.ReceiptAdd r = with(new PoolCommands.ReceiptAdd());
        r.year = "2021";
        r.partner = GEILENKIRCHEN;
        r.amount = "1.00";
        r.date = "2021-05-01";
        r.kind = "GRANT";
        Output o = ConsoleHarness.run(r, Callers.auditor(TENANT));
        assertThat(o.out() + o.err()).contains("is for coordinator");
        assertThat(pool.receipts(COORDINATOR, TENANT, 2021)).isEmpty();
    }
}
