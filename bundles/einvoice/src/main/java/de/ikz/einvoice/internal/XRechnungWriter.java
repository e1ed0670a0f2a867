package de.ikz.einvoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import de.ikz.api.einvoice.Instalment;
import de.ikz.api.einvoice.Invoice;
import de.ikz.api.einvoice.Party;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;
import de.ikz.kit.input.Fields;
import de.ikz.kit.text.GermanFormat;

import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * Writes an {@link Invoice} as XRechnung 3.0 (CII) with the Mustang library. It first checks
 * everything the EN 16931 and XRechnung rules require of such an invoice, so that a caller gets
 * "Error in buyer.email: …" instead of an XML file the partner's treasury system rejects; the
 * rule named in each message is the one the file would otherwise break.
 *
 * <p>Tax: a cost share between public bodies under a public-law agreement is not subject to VAT
 * (§ 2b UStG); the line and the breakdown carry category "O" with the exemption reason, no VAT rate on
 * the line (BR-O-05), and no VAT identifier of either side (BR-O-02..04).
 */
final class XRechnungWriter {

    /** Unit code "one" (UN/ECE Rec. 20): the share is one unit. */
    private static final String UNIT = "C62";
    private static final String COUNTRY = "DE";
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private XRechnungWriter() {
    }

    static byte[] write(Invoice in) {
        if (in == null) {
            throw IkzException.invalid("invoice", "invoice is required");
        }
        String number = Fields.line("number", in.number(), 100, true);
        LocalDate issued = required("issueDate", in.issueDate());
        TradeParty seller = party("seller", in.seller(), true);
        TradeParty buyer = party("buyer", in.buyer(), false);
        String buyerReference = Fields.line("buyerReference", in.buyerReference(), 100, true);
        String lineName = Fields.line("lineName", in.lineName(), 200, true);
        String lineDescription = Fields.text("lineDescription", in.lineDescription(), 1000, false);
        BigDecimal amount = money("amount", in.amount());
        if ((in.periodStart() == null) != (in.periodEnd() == null)) {
            String f = in.periodStart() == null ? "periodStart" : "periodEnd";
            throw IkzException.invalid(f, "periodStart and periodEnd: give both or neither");
        }
        if (in.periodStart() != null && in.periodEnd().isBefore(in.periodStart())) {
            throw IkzException.invalid("periodEnd", "periodEnd is before periodStart");
        }
        String taxNote = in.taxNote() == null ? Invoice.NOT_SUBJECT_TO_VAT : Fields.line("taxNote", in.taxNote(), 500, true);
        List<Instalment> instalments = instalments(in.instalments(), amount);

        Product share = new Product(lineName, lineDescription, UNIT, BigDecimal.ZERO)
                .setTaxCategoryCode("O")
                .setTaxExemptionReason(taxNote);
        org.mustangproject.Invoice out = new org.mustangproject.Invoice()
                .setNumber(number)
                .setIssueDate(date(issued))
                .setDueDate(date(instalments.get(0).due()))
                .setSender(seller)
                .setRecipient(buyer)
                .setReferenceNumber(buyerReference)   // BT-10 Buyer reference
                .setPaymentReference(number)          // BT-83 Remittance information: the Kassenzeichen
                .setCurrency("EUR")
                .setPaymentTermDescription(terms(instalments))
                .addItem(new Item(share, amount, BigDecimal.ONE));
        if (in.periodStart() != null) {
            out.setDetailedDeliveryPeriod(date(in.periodStart()), date(in.periodEnd()));   // BG-14
        }
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRECHNUNG"));
        provider.generateXML(out);
        return provider.getXML();
    }

    private static TradeParty party(String field, Party p, boolean seller) {
        if (p == null) {
            throw IkzException.invalid(field, field + " is required");
        }
        String name = Fields.line(field + ".name", p.name(), 200, true);
        // BR-CO-26: the seller needs an identifier the buyer can match it by
        String id = Fields.line(field + ".id", p.id(), 100, seller);
        PostalAddress a = p.address();
        if (a == null) {
            throw IkzException.invalid(field + ".address", field + ".address is required (BR-DE-3, BR-DE-4, BR-DE-8, BR-DE-9)");
        }
        String street = Fields.line(field + ".address.street", a.street(), 200, true);
        String postalCode = Fields.line(field + ".address.postalCode", a.postalCode(), 10, true);
        String city = Fields.line(field + ".address.city", a.city(), 100, true);
        String addition = Fields.line(field + ".address.addition", a.addition(), 200, false);
        // the electronic address (BT-34 / BT-49) is required by XRechnung 3.0 (PEPPOL-EN16931-R010, -R020)
        String email = email(field + ".email", p.email());
        TradeParty t = new TradeParty(name, street, postalCode, city, COUNTRY).setEmail(email);
        if (id != null) {
            t.setID(id);
        }
        if (addition != null) {
            t.setAdditionalAddress(addition);
        }
        if (seller) {
            // BR-DE-2, BR-DE-5..7: the seller's contact with name, phone and e-mail
            String person = Fields.line(field + ".contactPerson", p.contactPerson(), 200, true);
            String phone = Fields.line(field + ".phone", p.phone(), 50, true);
            t.setContact(new Contact(person, phone, email));
            // BR-DE-1, BR-DE-23: a credit transfer needs the account
            t.addBankDetails(bank(field + ".bank", p.bank()));
        }
        return t;
    }

    private static BankDetails bank(String field, BankAccount b) {
        if (b == null) {
            throw IkzException.invalid(field, field + " is required: the account the partner pays to (BR-DE-1)");
        }
        String iban = Fields.line(field + ".iban", b.iban(), 34, true).replace(" ", "");
        if (!IBAN.matcher(iban).matches()) {
            throw IkzException.invalid(field + ".iban", field + ".iban is not an IBAN");
        }
        String bic = Fields.line(field + ".bic", b.bic(), 11, false);
        if (bic != null && !BIC.matcher(bic).matches()) {
            throw IkzException.invalid(field + ".bic", field + ".bic is not a BIC (8 or 11 characters)");
        }
        BankDetails d = bic == null ? new BankDetails(iban) : new BankDetails(iban, bic);
        String holder = Fields.line(field + ".holder", b.holder(), 200, false);
        return holder == null ? d : d.setAccountName(holder);
    }

    private static String email(String field, String value) {
        String v = Fields.line(field, value, 200, true);
        if (!EMAIL.matcher(v).matches()) {
            throw IkzException.invalid(field, field + " is not an e-mail address");
        }
        return v;
    }

    private static List<Instalment> instalments(List<Instalment> list, BigDecimal amount) {
        if (list == null || list.isEmpty()) {
            throw IkzException.invalid("instalments", "instalments: at least one due date is required (BT-9)");
        }
        List<Instalment> checked = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate previous = null;
        for (int i = 0; i < list.size(); i++) {
            String f = "instalments[" + i + "]";
            Instalment x = list.get(i);
            if (x == null) {
                throw IkzException.invalid(f, f + " is required");
            }
            LocalDate due = required(f + ".due", x.due());
            if (previous != null && !due.isAfter(previous)) {
                throw IkzException.invalid(f + ".due", f + ".due must be after the previous instalment's");
            }
            sum = sum.add(money(f + ".amount", x.amount()));
            checked.add(x);
            previous = due;
        }
        if (sum.compareTo(amount) != 0) {
            throw IkzException.invalid("instalments", "the instalments add up to " + sum.toPlainString()
                    + ", not to the amount " + amount.toPlainString());
        }
        return checked;
    }

    /** BT-20 as the letter says it: "1. Rate: 13.846,16 € fällig am 01.03.2027". */
    private static String terms(List<Instalment> list) {
        if (list.size() == 1) {
            Instalment x = list.get(0);
            return "Zahlbar bis " + GermanFormat.date(x.due()) + ": " + GermanFormat.money(x.amount());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            Instalment x = list.get(i);
            sb.append(i == 0 ? "" : "; ").append(i + 1).append(". Rate: ").append(GermanFormat.money(x.amount()))
                    .append(" fällig am ").append(GermanFormat.date(x.due()));
        }
        return sb.toString();
    }

    private static BigDecimal money(String field, BigDecimal v) {
        if (v == null) {
            throw IkzException.invalid(field, field + " is required");
        }
        if (v.signum() <= 0) {
            throw IkzException.invalid(field, field + " must be positive");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw IkzException.invalid(field, field + " has more than two decimal places (cents only)");
        }
        if (v.compareTo(new BigDecimal("1000000000")) >= 0) {
            throw IkzException.invalid(field, field + " is too large");
        }
        return v.setScale(2);
    }

    private static <T> T required(String field, T v) {
        if (v == null) {
            throw IkzException.invalid(field, field + " is required");
        }
        return v;
    }

    /**
     * Mustang takes {@code java.util.Date} and prints it as a day in the JVM's default zone; noon in
     * that zone gives the same day whatever the zone's offset.
     */
    private static Date date(LocalDate d) {
        return Date.from(d.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
