package de.ikz.kinderschutz.internal.offers.shell;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.offers.Offer;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.Directory;
import de.ikz.kinderschutz.internal.offers.OffersService.DirectoryInput;
import de.ikz.kinderschutz.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The offers directory on the console (scope {@code kinderschutz}). */
public final class OfferCommands {

    private OfferCommands() {
    }

    @Command(scope = "kinderschutz", name = "offer-list", description = "Lists the offers for families with their languages")
    @Service
    @Roles({"coordinator", "member-contact", "auditor"})
    @ReadOnly
    public static final class ListOffers extends ModuleCommand {
        @Reference
        OffersService offers;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Angebot", "Art", "AGS", "Texte", "Öffentlich");
            for (Offer o : offers.list(caller, tenant(caller))) {
                t.row(o.id(), o.text("de").title(), o.type().label(), o.ags(), String.join(",", o.texts().stream().map(Offer.Text::lang).toList()),
                        o.published() ? "ja" : "nein");
            }
            t.print(System.out);
        }
    }

    @Command(scope = "kinderschutz", name = "directory-publish", description = "Publishes (or withdraws) the public offers directory")
    @Service
    @Roles("coordinator")
    public static final class Publish extends ModuleCommand {
        @Reference
        OffersService offers;

        @Option(name = "--network", required = true, description = "the public address, e.g. imblick (lower case, digits, dashes)")
        String network;

        @Option(name = "--name", required = true, description = "the public name, e.g. \"ImBlick – Angebote für Familien\"")
        String name;

        @Option(name = "--withdraw", description = "take the directory off the public part")
        boolean withdraw;

        @Override
        protected void doExecute(Caller caller) {
            Directory d = offers.publish(caller, tenant(caller), new DirectoryInput(network, name, !withdraw));
            System.out.println(d.published() ? "Öffentlich unter /api/v1/modules/kinderschutz/public/" + d.network() + "/offers"
                    : "Nicht mehr öffentlich: " + d.network());
        }
    }
}
