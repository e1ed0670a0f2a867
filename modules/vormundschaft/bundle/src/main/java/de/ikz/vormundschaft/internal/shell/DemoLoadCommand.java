package de.ikz.vormundschaft.internal.shell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.agreement.AgreementService;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.Table;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.DemoAgreement;
import de.ikz.vormundschaft.internal.service.DemoCases;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Loads example volunteers and cases of the coordination office into a demo tenant (after
 * {@code ikz:demo-load}, which creates the tenant, the youth offices and the agreement), then
 * splits the Altkreis Aachen agreement by active appointments from {@code --year} on and shows
 * that split next to the split by population. The tenant is the inherited {@code --tenant}
 * option, here defaulting to "demo". Platform admins only (checked by DemoCases).
 */
@Command(scope = "vormundschaft", name = "demo-load",
        description = "Loads example volunteers and cases into a demo tenant and splits the Altkreis Aachen agreement by active "
                + "appointments (platform admin; --tenant default demo)")
@Service
@Roles("platform-admin")
public final class DemoLoadCommand extends VmAction {

    static final String DEFAULT_TENANT = "demo";

    @Reference
    Volunteers volunteers;

    @Reference
    Training training;

    @Reference
    Cases cases;

    @Reference
    Appointments appointments;

    @Reference
    AgreementService agreements;

    @Reference
    AllocationService allocations;

    @Option(name = "--year", description = "fiscal year from which the agreement splits by active appointments, default next year "
            + "(as ikz:demo-load)")
    int year = LocalDate.now().getYear() + 1;

    @Override
    protected void doExecute(Caller caller) {
        String t = tenant == null || tenant.isBlank() ? DEFAULT_TENANT : tenant;
        System.out.println(DemoCases.load(new DemoCases.Office(volunteers, training, cases, appointments), caller, t));
        Optional<DemoAgreement.Comparison> split = DemoAgreement.splitByAppointments(agreements, allocations, caller, t, year);
        if (split.isEmpty()) {
            System.out.println("No agreement " + DemoAgreement.AGREEMENT + " in '" + t + "' (run ikz:demo-load first): not split.");
            return;
        }
        System.out.println("Agreement " + DemoAgreement.AGREEMENT + " from " + year + " split by active appointments; run "
                + split.get().runId() + ":");
        Table table = Table.of("Partner", "By population " + year, "By active appointments " + year);
        for (Map.Entry<String, BigDecimal[]> e : split.get().shares().entrySet()) {
            table.row(e.getKey(), Table.text(e.getValue()[0]), Table.text(e.getValue()[1]));
        }
        table.print(System.out);
    }
}
