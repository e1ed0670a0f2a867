package de.ikz.api.document;

import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;

/**
 * The issuing body of a letter, report or certificate: printed as the letterhead, the return
 * address above the window field, the information block (contact) and the footer (address, bank).
 * Build one from a participant with {@link DocumentService#letterhead}, which fills what the
 * participant lacks from the host's configured default.
 *
 * @param name          the issuing body (e.g. "Kreis Heinsberg – Der Landrat")
 * @param unit          the office within it (e.g. "Amt für Kinder, Jugend und Familie"), or null
 * @param address       its postal address
 * @param contactPerson the person to ask, or null
 * @param phone         phone, or null
 * @param email         e-mail, or null
 * @param bank          the account payments go to, or null (then no bank line is printed)
 * @param logo          a PNG or JPEG logo printed top right, or null
 */
public record Letterhead(String name, String unit, PostalAddress address, String contactPerson, String phone, String email,
                         BankAccount bank, byte[] logo) {
}
