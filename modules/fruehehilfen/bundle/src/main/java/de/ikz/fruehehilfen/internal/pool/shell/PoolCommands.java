package de.ikz.fruehehilfen.internal.pool.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.NetworkWork;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Receipt;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.YearEnd;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolService.ContributionInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ExpenseInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.GrantInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.NetworkWorkInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ReceiptInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.SettingsInput;
import de.ikz.fruehehilfen.internal.pool.PoolSettings;
import de.ikz.fruehehilfen.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * The funding pool on the console (scope {@code fruehehilfen}): the operator's twins of the pool's
 * REST operations. Options and help in English; the figures staff read ({@code pool-show}) in German.
 * A command passes on only what was given; the service checks and refuses ({@code Error in <field>: …}).
 */
public final class PoolCommands {

    private PoolCommands() {
    }

    /** Parses a money text; a refusal names {@code field}. Null stays null. */
    static BigDecimal money(String field, String text) {
        return text == null ? null : Amount.parse(field, text, Amount.Sign.ANY).value();
    }

    static LocalDate date(String field, String text) {
        return text == null ? null : Input.date(field, text);
    }

    static int year(String text) {
        return Input.year("year", text);
    }

    /** {@code KEY=VALUE} pairs (e.g. {@code II=10000.00}, {@code ja-erkelenz=16}) as decimals, refused naming {@code field}. */
    static Map<String, BigDecimal> pairs(String field, List<String> values, boolean money) {
        if (values == null) {
            return null;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw IkzException.invalid(field, field + " must be KEY=VALUE, got '" + v + "'");
            }
            String key = v.substring(0, eq).strip();
            String value = v.substring(eq + 1).strip();
            out.put(key, money ? Amount.parse(field + "[" + key + "]", value, Amount.Sign.ANY).value()
                    : Input.decimal(field + "[" + key + "]", value));
        }
        return out;
    }

    /** The year's figures in German, as staff read them: the pool, then one block per partner. */
    static void show(PoolFigures f, PrintStream out) {
        PoolSettings s = f.settings();
        PoolFigures.Amounts p = f.pool();
        out.println("Fonds Frühe Hilfen " + f.year() + (f.closed() ? " (abgeschlossen am "
                + GermanFormat.date(f.closedOn()) + ")" : ""));
        out.println("Eigenanteil: " + GermanFormat.percent(s.ownSharePercent()) + " "
                + (PoolSettings.SHARE_OF_TOTAL.equals(s.ownShareReading()) ? "des Gesamtbetrags (Zuschuss = "
                + GermanFormat.percent(BigDecimal.valueOf(100).subtract(s.ownSharePercent())) + ")" : "zusätzlich zum Zuschuss"));
        out.println("Bedarf: " + (s.budget() == null ? "-" : GermanFormat.money(s.budget())) + ", Deckungslücke: "
                + GermanFormat.money(f.gap()));
        Table t = Table.of("Förderbereich", "Bewilligt", "Ausgegeben").alignRight(1, 2);
        for (FundingArea a : FundingArea.values()) {
            t.row(a.label(), GermanFormat.money(p.grantedByArea().get(a)), GermanFormat.money(p.spentByArea().get(a)));
        }
        t.row("Summe", GermanFormat.money(p.granted()), GermanFormat.money(p.spent()));
        t.print(out);
        out.println("Bundesmittel: " + GermanFormat.money(p.granted()) + ", Eigenanteile: " + GermanFormat.money(p.ownShare())
                + ", Festbeträge: " + GermanFormat.money(p.contributions()) + ", Lückenanteile: "
                + GermanFormat.money(p.gapShare()));
        out.println("Soll: " + GermanFormat.money(p.due()) + ", eingegangen: " + GermanFormat.money(p.received())
                + ", offen: " + GermanFormat.money(p.outstanding()));
        out.println("Übertrag aus dem Vorjahr: " + GermanFormat.money(f.carriedIn()) + ", verfügbar: "
                + GermanFormat.money(f.available()) + ", ausgegeben: " + GermanFormat.money(p.spent()) + ", Rest: "
                + GermanFormat.money(f.left()) + (f.preFinanced().signum() > 0 ? ", vom Träger vorfinanziert: "
                + GermanFormat.money(f.preFinanced()) : ""));
        out.println("Netzwerkarbeit: " + GermanFormat.number(f.networkHours().get(FundingArea.I)) + " Stunden, "
                + GermanFormat.money(f.networkCosts().get(FundingArea.I)));
        if (f.closed()) {
            out.println("Jahresabschluss: zurückgezahlt " + GermanFormat.money(p.returned()) + ", übertragen "
                    + GermanFormat.money(p.carriedOver()));
        }
        Table partners = Table.of("Partner", "Soll", "Eingegangen", "Offen").alignRight(1, 2, 3);
        for (PoolFigures.PartnerFigures pf : f.partners()) {
            PoolFigures.Amounts a = pf.amounts();
            partners.row(pf.partnerId(), GermanFormat.money(a.due()), GermanFormat.money(a.received()),
                    GermanFormat.money(a.outstanding()));
        }
        partners.print(out);
    }

    @Command(scope = "fruehehilfen", name = "pool-show", description = "Shows the figures of a pool year (German, as staff read them)")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class Show extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true, description = "the pool year, e.g. 2021")
        String year;

        @Override
        protected void doExecute(Caller caller) {
            show(pool.figures(caller, tenant(caller), year(year)), System.out);
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-settings", description = "Changes the settings of a pool year (only what is given)")
    @Service
    @Roles("coordinator")
    public static final class Settings extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Option(name = "--host", description = "participant id of the host (district youth office)")
        String host;

        @Option(name = "--own-share-percent", description = "own-share rate, e.g. 20")
        String percent;

        @Option(name = "--reading", description = "on-top or share-of-total")
        String reading;

        @Option(name = "--budget", description = "the year's budget need, e.g. 161000.00")
        String budget;

        @Option(name = "--gap-key", description = "percent, population or none")
        String gapKey;

        @Option(name = "--gap-figure", description = "figure of a population gap key (default population)")
        String gapFigure;

        @Option(name = "--gap-percent", multiValued = true, description = "PARTNER=PERCENT, repeated; sum 100")
        List<String> gapPercents;

        @Option(name = "--pre-finance", description = "true: the host pre-finances expenses beyond the pool")
        String preFinance;

        @Option(name = "--carry-over", description = "true: unspent money is carried over instead of returned")
        String carryOver;

        @Override
        protected void doExecute(Caller caller) {
            PoolSettings s = pool.saveSettings(caller, tenant(caller), year(year), new SettingsInput(host,
                    percent == null ? null : Input.decimal("ownSharePercent", percent), reading, money("budget", budget), gapKey,
                    gapFigure, pairs("gapPercents", gapPercents, false), flag("hostPreFinances", preFinance),
                    flag("carryOver", carryOver)));
            System.out.println("Settings of " + s.year() + ": host " + Table.text(s.hostId()) + ", own share "
                    + s.ownSharePercent().toPlainString() + " % " + s.ownShareReading() + ", budget "
                    + (s.budget() == null ? "-" : s.budget().toPlainString()) + ", gap key " + Table.text(s.gapKey())
                    + ", pre-finance " + Table.text(s.hostPreFinances()) + ", carry over " + Table.text(s.carryOver()));
        }

        private static Boolean flag(String field, String value) {
            if (value == null) {
                return null;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw IkzException.invalid(field, field + " must be true or false, got '" + value + "'");
            };
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-grant-set", description = "Sets a partner's federal grant for a pool year")
    @Service
    @Roles("coordinator")
    public static final class GrantSet extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Argument(index = 1, name = "partner", required = true, description = "participant id, e.g. ja-geilenkirchen")
        String partner;

        @Argument(index = 2, name = "amount", required = true, description = "e.g. 12500.00")
        String amount;

        @Option(name = "--notice", description = "date of the grant notice, YYYY-MM-DD")
        String notice;

        @Option(name = "--area", multiValued = true, description = "AREA=AMOUNT for I, II, III, repeated; must add up to the amount")
        List<String> areas;

        @Override
        protected void doExecute(Caller caller) {
            var g = pool.setGrant(caller, tenant(caller), year(year), new GrantInput(partner, money("amount", amount),
                    date("noticeDate", notice), pairs("byArea", areas, true)));
            System.out.println("Grant " + g.year() + " " + g.partnerId() + ": " + g.amount().toPlainString() + " (I "
                    + g.byArea().get(FundingArea.I).toPlainString() + ", II " + g.byArea().get(FundingArea.II).toPlainString()
                    + ", III " + g.byArea().get(FundingArea.III).toPlainString() + "), notice of " + g.noticeDate());
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-contribution-set", description = "Sets a partner's fixed yearly contribution (0 removes it)")
    @Service
    @Roles("coordinator")
    public static final class ContributionSet extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Argument(index = 1, name = "partner", required = true)
        String partner;

        @Argument(index = 2, name = "amount", required = true)
        String amount;

        @Option(name = "--text", description = "what for (quote it)")
        String text;

        @Override
        protected void doExecute(Caller caller) {
            var c = pool.setContribution(caller, tenant(caller), year(year), new ContributionInput(partner,
                    money("amount", amount), text));
            System.out.println("Contribution " + c.year() + " " + c.partnerId() + ": " + c.amount().toPlainString());
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-receipt-add", description = "Records money received from a partner")
    @Service
    @Roles("coordinator")
    public static final class ReceiptAdd extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Argument(index = 1, name = "partner", required = true)
        String partner;

        @Argument(index = 2, name = "amount", required = true)
        String amount;

        @Option(name = "--date", description = "day received, YYYY-MM-DD")
        String date;

        @Option(name = "--kind", description = "GRANT, OWN_SHARE, CONTRIBUTION or GAP_SHARE")
        String kind;

        @Option(name = "--text", description = "note (quote it)")
        String text;

        @Override
        protected void doExecute(Caller caller) {
            Receipt r = pool.addReceipt(caller, tenant(caller), year(year), new ReceiptInput(date("date", date), partner,
                    money("amount", amount), kind, text));
            System.out.println("Receipt " + r.id() + ": " + r.partnerId() + " " + r.amount().toPlainString() + " "
                    + r.kind().name() + " on " + r.date());
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-expense-add", description = "Books an expense to a funding area and cost type")
    @Service
    @Roles("coordinator")
    public static final class ExpenseAdd extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Argument(index = 1, name = "area", required = true, description = "I, II or III")
        String area;

        @Argument(index = 2, name = "costType", required = true,
                description = "PERSONNEL, MATERIAL, TRAINING, PUBLIC_RELATIONS or SUPERVISION")
        String costType;

        @Argument(index = 3, name = "amount", required = true)
        String amount;

        @Option(name = "--document", description = "document number (Belegnummer)")
        String document;

        @Option(name = "--date", description = "booking date, YYYY-MM-DD")
        String date;

        @Option(name = "--text", description = "what for (quote it)")
        String text;

        @Override
        protected void doExecute(Caller caller) {
            Expense e = pool.addExpense(caller, tenant(caller), year(year), new ExpenseInput(area, costType, document,
                    date("date", date), text, money("amount", amount)));
            System.out.println("Expense " + e.id() + ": " + e.area().name() + " " + e.costType().name() + " "
                    + e.amount().toPlainString() + (e.preFinanced() ? " (pre-financed by the host)" : ""));
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-network-add", description = "Books network coordination work (funding area I)")
    @Service
    @Roles("coordinator")
    public static final class NetworkAdd extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Argument(index = 1, name = "kind", required = true, description = "MEETING, TRAINING or PUBLIC_RELATIONS")
        String kind;

        @Argument(index = 2, name = "hours", required = true, description = "e.g. 2.5")
        String hours;

        @Option(name = "--date", description = "YYYY-MM-DD")
        String date;

        @Option(name = "--cost", description = "cost booked as an area-I expense, e.g. 120.00")
        String cost;

        @Option(name = "--document", description = "document number of the cost")
        String document;

        @Option(name = "--text", description = "what was done (quote it)")
        String text;

        @Override
        protected void doExecute(Caller caller) {
            NetworkWork w = pool.addNetworkWork(caller, tenant(caller), year(year), new NetworkWorkInput(kind, date("date", date),
                    Input.decimal("hours", hours), money("cost", cost), text, document));
            System.out.println("Network work " + w.id() + ": " + w.kind().name() + " " + w.hours().toPlainString() + " h"
                    + (w.expenseId() == null ? "" : ", cost " + w.cost().toPlainString() + " as expense " + w.expenseId()));
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-expense-list", description = "Lists the expenses of a pool year")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ExpenseList extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Date", "Area", "Cost type", "Document", "Amount").alignRight(5);
            for (Expense e : pool.expenses(caller, tenant(caller), year(year))) {
                t.row(e.id(), e.date(), e.area().name(), Table.label(e.costType().name()), e.documentNumber(),
                        e.amount().toPlainString() + (e.preFinanced() ? " *" : ""));
            }
            t.print(System.out);
        }
    }

    @Command(scope = "fruehehilfen", name = "pool-close-year", description = "Closes a pool year: returns or carries over what is unspent")
    @Service
    @Roles("coordinator")
    public static final class CloseYear extends ModuleCommand {
        @Reference
        PoolService pool;

        @Argument(index = 0, name = "year", required = true)
        String year;

        @Option(name = "--on", description = "closing date, YYYY-MM-DD (default today)")
        String on;

        @Option(name = "--preview", description = "only show what the year end would give, store nothing")
        boolean preview;

        @Override
        protected void doExecute(Caller caller) {
            YearEnd e = preview ? pool.previewYearEnd(caller, tenant(caller), year(year), date("closedOn", on))
                    : pool.closeYear(caller, tenant(caller), year(year), date("closedOn", on));
            System.out.println((preview ? "Preview of the year end " : "Year end ") + e.year() + " on " + e.closedOn()
                    + ": unspent " + e.unspent().toPlainString() + ", carried over " + e.carriedOver().toPlainString());
            Table t = Table.of("Partner", "Returned").alignRight(1);
            e.returned().forEach((p, v) -> t.row(p, v.toPlainString()));
            t.print(System.out);
        }
    }
}
