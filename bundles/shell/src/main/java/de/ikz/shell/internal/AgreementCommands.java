package de.ikz.shell.internal;

import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantAction;
import de.ikz.kit.shell.TenantCompleter;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** Agreements and allocation runs on the console; each is the counterpart of a REST call. */
final class AgreementCommands {

    private AgreementCommands() {
    }

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static String money(BigDecimal b) {
        return b == null ? "-" : String.format(java.util.Locale.GERMANY, "%,.2f €", b);
    }

    /** Agreement ids of the session user's tenant, or for a platform admin of the tenant named by --tenant on the line. */
    @Service
    public static final class AgreementIds extends TenantCompleter {
        @Reference
        AgreementService agreements;

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            return agreements.list(caller, tenantId).stream().map(Agreement::id).toList();
        }
    }

    @Command(scope = "ikz", name = "agreement-list", description = "Lists the agreements of a tenant (latest versions)")
    @Service
    public static final class ListAgreements extends TenantAction {
        @Reference
        AgreementService agreements;


        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Type", "Title", "Lead", "Parties", "Version", "Valid from").alignRight(4, 5);
            for (Agreement a : agreements.list(caller, tenant(caller))) {
                table.row(a.id(), a.moduleId(), a.title(), a.leadPartner(), a.parties().size(), a.version(), a.validFrom());
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "agreement-show", description = "Shows an agreement as it stood on a day, with its history")
    @Service
    public static final class ShowAgreement extends TenantAction {
        @Reference
        AgreementService agreements;

        @Argument(index = 0, name = "id", required = true)
        @Completion(AgreementIds.class)
        String id;

        @Option(name = "--on", description = "day (YYYY-MM-DD), default today")
        String on;


        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            LocalDate day = on == null ? LocalDate.now() : parseDate("on", on);
            Agreement a = agreements.asOf(caller, t, id, day).orElseThrow(() -> IkzException.notFound("agreement", id + " on " + day));
            System.out.println(a.title() + "  [" + a.id() + ", " + a.moduleId() + ", version " + a.version() + " from " + a.validFrom() + "]");
            System.out.println("Legal form: " + a.legalForm());
            System.out.println("Lead:       " + a.leadPartner());
            System.out.println("Parties:    " + a.parties().stream().map(p -> p.participantId() + " (" + p.role() + ")")
                    .collect(Collectors.joining(", ")));
            if (a.dates() != null) {
                System.out.println("Dates:      signed " + a.dates().signed() + ", approved " + a.dates().approved() + ", published "
                        + a.dates().published() + ", in force " + a.dates().inForce() + ", ends " + a.dates().ends()
                        + (a.dates().noticePeriod() == null ? "" : ", notice " + a.dates().noticePeriod()));
            }
            if (a.costRule() != null) {
                System.out.println("Cost rule:  " + a.costRule().key().type() + (a.costRule().key().values() == null ? ""
                        : " " + a.costRule().key().values()) + ", rounding " + (a.costRule().rounding() == null
                        ? "LARGEST_REMAINDER" : a.costRule().rounding()) + ", advances " + (a.costRule().schedule() == null
                        ? "QUARTERLY" : a.costRule().schedule()));
            }
            System.out.println("History:");
            for (Agreement v : agreements.history(caller, t, id)) {
                System.out.println("  v" + v.version() + " from " + v.validFrom() + " recorded " + v.recordedAt() + " by "
                        + v.recordedBy() + (v.note() == null ? "" : ": " + v.note()));
            }
        }
    }

    @Command(scope = "ikz", name = "agreement-create", description = "Records an agreement from a JSON file (same shape as POST /api/v1/agreements)")
    @Service
    public static final class CreateAgreement extends TenantAction {
        @Reference
        AgreementService agreements;

        @Argument(index = 0, name = "file", required = true)
        @Completion(FileCompleter.class)
        String file;

        @Option(name = "--amend", description = "record the file as an amendment (next version)")
        boolean amend;


        @Override
        protected void doExecute(Caller caller) throws Exception {
            Agreement a;
            try {
                a = JSON.readValue(new File(file), Agreement.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw IkzException.invalid("file", "not a valid agreement: " + e.getOriginalMessage());
            }
            String t = tenant(caller);
            Agreement stored = amend ? agreements.amend(caller, t, a) : agreements.create(caller, t, a);
            System.out.println("Agreement " + stored.id() + " version " + stored.version() + " recorded");
        }
    }

    @Command(scope = "ikz", name = "allocation-run", description = "Budget run: splits a budget by the agreement's rule, with advance payments")
    @Service
    public static final class Run extends TenantAction {
        @Reference
        AllocationService allocations;

        @Argument(index = 0, name = "agreement", required = true)
        @Completion(AgreementIds.class)
        String agreement;

        @Argument(index = 1, name = "year", required = true, description = "fiscal year, 1990 to 2100")
        String year;

        @Argument(index = 2, name = "budget", required = true, description = "e.g. 98000.00")
        String budget;


        @Override
        protected void doExecute(Caller caller) {
            AllocationRun r = allocations.run(caller, tenant(caller), agreement, Input.year("year", year), amount("budget", budget));
            print(r);
        }
    }

    @Command(scope = "ikz", name = "allocation-settle", description = "Final settlement of a year: actual cost less grants, less advances paid")
    @Service
    public static final class Settle extends TenantAction {
        @Reference
        AllocationService allocations;

        @Argument(index = 0, name = "agreement", required = true)
        @Completion(AgreementIds.class)
        String agreement;

        @Argument(index = 1, name = "year", required = true, description = "fiscal year, 1990 to 2100")
        String year;

        @Argument(index = 2, name = "actualCost", required = true)
        String actualCost;

        @Option(name = "--grants", description = "grants received, default 0")
        String grants;


        @Override
        protected void doExecute(Caller caller) {
            AllocationRun r = allocations.settle(caller, tenant(caller), agreement, Input.year("year", year),
                    amount("actualCost", actualCost), grants == null ? null : amount("grants", grants), Map.of());
            print(r);
        }
    }

    @Command(scope = "ikz", name = "allocation-show", description = "Shows a run (<agreement>/<year>/v<version>) or lists an agreement's runs")
    @Service
    public static final class Show extends TenantAction {
        @Reference
        AllocationService allocations;

        @Argument(index = 0, name = "run", required = true, description = "a run id, or an agreement id to list its runs")
        @Completion(AgreementIds.class)
        String run;


        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            if (!run.contains("/")) {
                Table table = Table.of("Run", "Kind", "Amount", "Created", "By").alignRight(2);
                for (AllocationRun r : allocations.runs(caller, t, run)) {
                    table.row(r.id(), r.kind(), money(r.amount()), r.createdAt(), r.createdBy());
                }
                table.print(System.out);
                return;
            }
            print(allocations.find(caller, t, run).orElseThrow(() -> IkzException.notFound("run", run)));
        }
    }

    @Command(scope = "ikz", name = "allocation-compare", description = "Per partner difference between two runs (b - a)")
    @Service
    public static final class Compare extends TenantAction {
        @Reference
        AllocationService allocations;

        @Argument(index = 0, name = "a", required = true)
        String a;

        @Argument(index = 1, name = "b", required = true)
        String b;


        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Partner", "Difference").alignRight(1);
            allocations.compare(caller, tenant(caller), a, b).forEach((p, d) -> table.row(p, money(d)));
            table.print(System.out);
        }
    }

    static void print(AllocationRun r) {
        System.out.println("Run " + r.id() + " (" + r.kind() + "), agreement version " + r.agreementVersion() + ", "
                + r.keyDescription() + ", rounding " + r.rounding());
        System.out.println("Amount: " + money(r.amount()) + (r.actualCost() == null ? ""
                : "  (actual cost " + money(r.actualCost()) + " less grants " + money(r.grants()) + ")"));
        boolean settled = !r.settlement().isEmpty();
        Table table = (settled
                ? Table.of("Partner", "Kassenzeichen", "Exact", "Share", "Credit in kind", "Payable", "Advances paid", "Balance")
                : Table.of("Partner", "Kassenzeichen", "Exact", "Share", "Credit in kind", "Payable")).alignRight(2, 3, 4, 5);
        if (settled) {
            table.alignRight(6, 7);
        }
        for (AllocationRun.Share s : r.shares()) {
            List<Object> cells = new java.util.ArrayList<>(List.of(s.partnerId(), s.cashReference() == null ? "-" : s.cashReference(),
                    s.exact().toPlainString(), money(s.amount()),
                    money(s.creditInKind()), money(s.payable())));
            r.settlement().stream().filter(l -> l.partnerId().equals(s.partnerId())).findFirst()
                    .ifPresent(l -> cells.addAll(List.of(money(l.advancesPaid()), money(l.balance()))));
            table.row(cells.toArray());
        }
        table.print(System.out);
        if (!r.instalments().isEmpty()) {
            System.out.println("Advance payments:");
            Table it = Table.of("Partner", "#", "Due", "Amount").alignRight(3);
            r.instalments().forEach(i -> it.row(i.partnerId(), i.number(), i.due(), money(i.amount())));
            it.print(System.out);
        }
        System.out.println("Inputs:");
        r.inputs().forEach(i -> System.out.println("  " + i.partnerId() + ": " + i.figure() + " = " + i.value().toPlainString()
                + (i.referenceDate() == null ? "" : " at " + i.referenceDate()) + (i.source() == null ? "" : " (" + i.source() + ")")));
    }

    /**
     * A euro amount typed on the console: the platform's one amount parser ({@link Amount}), not negative;
     * {@code _} may group digits (98_000.00).
     */
    static BigDecimal amount(String field, String text) {
        return Amount.parse(field, text == null ? null : text.strip().replace("_", ""), Amount.Sign.NON_NEGATIVE).value();
    }

    static LocalDate parseDate(String field, String text) {
        return Input.date(field, text);
    }
}
