package de.ikz.uicore.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;

/**
 * Fällig: what is due in the caller's tenant, as cards for the start page and as one page with the
 * lists: advance payments due soon or overdue (of the runs in force), budget runs missing for the
 * year, settlements due for last year, agreements ending soon, participants of a population key
 * without current figures, and (for tenant admins) grants waiting for their confirmation.
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + DuePages.ID,
        configurationPid = DuePages.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DuePages.Config.class)
public class DuePages extends CoreArea {

    /** The area's start page, named in full so that other areas' links reach it too. */
    static final String START = "/ui/faellig/";

    static final String ID = "faellig";
    static final String PID = "de.ikz.ui.core.due";

    @ObjectClassDefinition(name = "IKZ web UI: what is due", description = "Horizons of the start page's due list")
    public @interface Config {
        @AttributeDefinition(description = "Days ahead an advance payment counts as due (1..366)")
        int instalmentDays() default 30;

        @AttributeDefinition(description = "Days ahead an agreement's end counts as ending soon (1..1096)")
        int endingDays() default 180;

        @AttributeDefinition(description = "Years after its reference date a population figure counts as outdated (1..20)")
        int figureMaxAgeYears() default 3;

        @AttributeDefinition(description = "Month (1..12) from which next year's budget run is due instead of this year's")
        int budgetMonth() default 10;
    }

    private final AllocationService allocations;
    private final AgreementService agreements;
    private final ParticipantService participants;
    private final RoleGrantService grants;
    private final int instalmentDays;
    private final int endingDays;
    private final int figureMaxAgeYears;
    private final int budgetMonth;

    @Activate
    public DuePages(@Reference AllocationService allocations, @Reference AgreementService agreements,
                    @Reference ParticipantService participants, @Reference RoleGrantService grants, Config config) {
        super(ID, "Fällig");
        this.allocations = allocations;
        this.agreements = agreements;
        this.participants = participants;
        this.grants = grants;
        this.instalmentDays = bounded("instalmentDays", config.instalmentDays(), 1, 366);
        this.endingDays = bounded("endingDays", config.endingDays(), 1, 1096);
        this.figureMaxAgeYears = bounded("figureMaxAgeYears", config.figureMaxAgeYears(), 1, 20);
        this.budgetMonth = bounded("budgetMonth", config.budgetMonth(), 1, 12);
    }

    private static int bounded(String field, int v, int min, int max) {
        if (v < min || v > max) {
            throw IkzException.invalid(field, field + " must be from " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new DuePage(), new GrantsDuePage());
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        return List.of(new NavEntry("Was ist fällig?", START));
    }

    /** An instalment due soon or overdue this year, of a run in force. */
    record DueInstalment(AllocationRun run, AllocationRun.Instalment instalment) {
    }

    /** Everything due in a tenant on a day. */
    record Due(int budgetYear, List<DueInstalment> instalments, List<Agreement> runMissing, List<Agreement> settlementDue,
               List<Agreement> ending, List<String> participantsWithoutFigures, List<RoleGrant> grants) {
    }

    Due due(Caller caller, String tenant, LocalDate today) {
        List<DueInstalment> inst = new ArrayList<>();
        List<Agreement> runMissing = new ArrayList<>();
        List<Agreement> settlementDue = new ArrayList<>();
        List<Agreement> ending = new ArrayList<>();
        Set<String> needFigures = new LinkedHashSet<>();
        int year = today.getYear();
        int budgetYear = today.getMonthValue() >= budgetMonth ? year + 1 : year;
        for (Agreement a : agreements.list(caller, tenant)) {
            if (a.dates() != null && a.dates().ends() != null && !a.dates().ends().isBefore(today)
                    && !a.dates().ends().isAfter(today.plusDays(endingDays))) {
                ending.add(a);
            }
            if (a.costRule() != null && usesPopulation(a.costRule().key())) {
                a.parties().stream().filter(p -> !Party.OTHER.equals(p.role())).forEach(p -> needFigures.add(p.participantId()));
            }
            List<AllocationRun> runs = Ui.quietly(() -> allocations.runs(caller, tenant, a.id())).orElse(List.of());
            boolean endsBefore = a.dates() != null && a.dates().ends() != null && a.dates().ends().getYear() < budgetYear;
            if (inForce(runs, budgetYear, "BUDGET").isEmpty() && a.costRule() != null && !endsBefore) {
                runMissing.add(a);
            }
            runs.stream().map(AllocationRun::fiscalYear).distinct().forEach(y -> inForce(runs, y, "BUDGET")
                    .ifPresent(run -> run.instalments().stream()
                            .filter(i -> i.due() != null && !i.due().isAfter(today.plusDays(instalmentDays))
                                    && !i.due().isBefore(today.minusDays(instalmentDays)))
                            .forEach(i -> inst.add(new DueInstalment(run, i)))));
            if (inForce(runs, year - 1, "BUDGET").isPresent() && inForce(runs, year - 1, "SETTLEMENT").isEmpty()) {
                settlementDue.add(a);
            }
        }
        inst.sort(Comparator.comparing((DueInstalment d) -> d.instalment().due()).thenComparing(d -> d.instalment().partnerId()));
        List<String> noFigures = new ArrayList<>();
        for (String p : needFigures) {
            Optional<FigureSum> sum = Ui.quietly(() -> participants.figure(caller, tenant, p, FigureValue.POPULATION, today, today));
            boolean current = sum.flatMap(s -> s.parts().stream().map(FigureValue::referenceDate).min(Comparator.naturalOrder()))
                    .map(d -> !d.isBefore(today.minusYears(figureMaxAgeYears))).orElse(false);
            if (!current) {
                noFigures.add(p);
            }
        }
        List<RoleGrant> waiting = caller.has(PlatformRole.TENANT_ADMIN) && !caller.isPlatformAdmin()
                ? grants.list(caller, tenant, Optional.empty(), Optional.of(RoleGrant.State.PENDING)).stream()
                .filter(g -> AdminPages.mayConfirm(caller, g)).toList()
                : List.of();
        return new Due(budgetYear, inst, runMissing, settlementDue, ending, noFigures, waiting);
    }

    /** The newest run of a year and kind (it supersedes the older ones). */
    static Optional<AllocationRun> inForce(List<AllocationRun> runs, int year, String kind) {
        return runs.stream().filter(r -> r.fiscalYear() == year && kind.equals(r.kind()))
                .max(Comparator.comparingInt(AllocationRun::version));
    }

    static boolean usesPopulation(KeySpec k) {
        if (k == null) {
            return false;
        }
        if ("population".equals(k.type())) {
            return true;
        }
        if (k.rest() != null && usesPopulation(k.rest())) {
            return true;
        }
        return k.parts() != null && k.parts().stream().anyMatch(p -> usesPopulation(p.key()));
    }

    @Override
    public List<Part.Card> cards(UiRequest r) {
        Caller c = r.caller();
        if (c.tenantId().isEmpty()) {
            return List.of();
        }
        Due d = due(c, c.tenantId().get(), r.today());
        List<Part.Card> cards = new ArrayList<>();
        if (!d.grants().isEmpty()) {
            cards.add(new Part.Card("Freigaben warten auf Sie", Value.count(d.grants().size()),
                    "Zugang zu Falldaten, den eine andere Person beantragt hat: bitte bestätigen oder ablehnen.", "freigaben",
                    Value.Tone.WARNING));
        }
        if (!d.instalments().isEmpty()) {
            boolean overdue = d.instalments().stream().anyMatch(i -> i.instalment().due().isBefore(r.today()));
            cards.add(new Part.Card("Abschläge fällig", Value.count(d.instalments().size()),
                    overdue ? "Einige Abschläge sind bereits überfällig." : "Abschläge in den nächsten " + instalmentDays + " Tagen.",
                    START, overdue ? Value.Tone.WARNING : Value.Tone.INFO));
        }
        if (!d.runMissing().isEmpty()) {
            cards.add(new Part.Card("Umlage " + d.budgetYear() + " fehlt", Value.count(d.runMissing().size()),
                    "Vereinbarungen ohne Haushaltslauf für " + d.budgetYear() + ".", START, Value.Tone.INFO));
        }
        if (!d.settlementDue().isEmpty()) {
            cards.add(new Part.Card("Abrechnung " + (r.today().getYear() - 1) + " fällig", Value.count(d.settlementDue().size()),
                    "Vereinbarungen mit Abschlägen, aber ohne Abrechnung des Vorjahres.", START, Value.Tone.INFO));
        }
        if (!d.ending().isEmpty()) {
            cards.add(new Part.Card("Vereinbarungen enden bald", Value.count(d.ending().size()),
                    "Ende in den nächsten " + endingDays + " Tagen.", "", Value.Tone.WARNING));
        }
        if (!d.participantsWithoutFigures().isEmpty()) {
            cards.add(new Part.Card("Teilnehmer ohne aktuelle Einwohnerzahl", Value.count(d.participantsWithoutFigures().size()),
                    "Ihre Umlage nach Einwohnern braucht Zahlen, die höchstens " + figureMaxAgeYears + " Jahre alt sind.", START,
                    Value.Tone.WARNING));
        }
        return cards;
    }

    final class DuePage implements UiPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            Caller c = r.caller();
            String t = Ui.tenant(r);
            Due d = due(c, t, r.today());
            Map<String, String> names = Ui.names(participants.list(c, t));
            List<Part> parts = new ArrayList<>();
            if (!d.grants().isEmpty()) {
                parts.add(Part.notice(Value.Tone.WARNING, d.grants().size() + " Freigabe(n) warten auf Ihre Bestätigung."));
                parts.add(new Part.Links("Freigaben", List.of(new Part.Link("Freigaben ansehen", "freigaben", null))));
            }
            parts.add(Part.section("Abschläge", new Part.Table("Abschläge der nächsten " + instalmentDays + " Tage und überfällige",
                    List.of("Fällig am", "Partner", "Vereinbarung", "Nr.", "Betrag", "Stand"),
                    d.instalments().stream().map(i -> List.<Value>of(Value.date(i.instalment().due()),
                            Value.text(Ui.name(names, i.instalment().partnerId())),
                            Value.link(i.run().agreementId() + " " + i.run().fiscalYear() + " v" + i.run().version(),
                                    "/ui/" + AllocationPages.ID + "/" + AllocationPages.target(i.run())),
                            Value.count(i.instalment().number()), Value.money(i.instalment().amount()),
                            i.instalment().due().isBefore(r.today()) ? Value.badge("überfällig", Value.Tone.WARNING)
                                    : Value.badge("demnächst", Value.Tone.INFO))).toList(), null, "Keine Abschläge fällig.")));
            parts.add(Part.section("Umlage", new Part.Table("Vereinbarungen ohne Haushaltslauf " + d.budgetYear(),
                            List.of("Vereinbarung"), agreementRows(d.runMissing(), AllocationPages.ID), null, "Alle Läufe sind erstellt."),
                    new Part.Table("Abrechnung " + (r.today().getYear() - 1) + " fällig", List.of("Vereinbarung"),
                            agreementRows(d.settlementDue(), AllocationPages.ID), null, "Keine Abrechnung offen.")));
            parts.add(Part.section("Vereinbarungen", new Part.Table("Vereinbarungen, die in den nächsten " + endingDays + " Tagen enden",
                    List.of("Vereinbarung", "Endet", "Kündigungsfrist"), d.ending().stream().map(a -> List.<Value>of(
                            Value.link(a.title(), "/ui/" + AgreementPages.ID + "/" + a.id()), Value.date(a.dates().ends()),
                            Ui.text(a.dates().noticePeriod()))).toList(), null, "Keine Vereinbarung endet bald.")));
            parts.add(Part.section("Einwohnerzahlen", new Part.Table("Teilnehmer einer Umlage nach Einwohnern ohne Zahl der letzten "
                    + figureMaxAgeYears + " Jahre", List.of("Teilnehmer"), d.participantsWithoutFigures().stream()
                    .map(p -> List.<Value>of(Value.link(Ui.name(names, p), "/ui/" + ParticipantPages.ID + "/" + p))).toList(), null,
                    "Alle Zahlen sind aktuell.")));
            return new View.Screen("Was ist fällig?", parts);
        }
    }

    private static List<List<Value>> agreementRows(List<Agreement> list, String area) {
        return list.stream().map(a -> List.<Value>of(Value.link(a.title(), "/ui/" + area + "/" + a.id()))).toList();
    }

    final class GrantsDuePage implements UiPage {
        @Override
        public String path() {
            return "freigaben";
        }

        @Override
        @Roles("tenant-admin")
        public View view(UiRequest r) {
            Caller c = r.caller();
            String t = Ui.tenant(r);
            Due d = new Due(0, List.of(), List.of(), List.of(), List.of(), List.of(),
                    grants.list(c, t, Optional.empty(), Optional.of(RoleGrant.State.PENDING)).stream()
                            .filter(g -> AdminPages.mayConfirm(c, g)).toList());
            return new View.Screen("Freigaben, die auf Sie warten", List.of(
                    AdminPages.grantTable(c, d.grants(), Ui.names(participants.list(c, t))),
                    new Part.Links("Weitere Freigaben", List.of(new Part.Link("Alle Freigaben", "/ui/" + AdminPages.ID + "/freigaben", null)))),
                    new Part.Link("Zurück zu „Was ist fällig?“", "/ui/" + ID, null));
        }
    }
}
