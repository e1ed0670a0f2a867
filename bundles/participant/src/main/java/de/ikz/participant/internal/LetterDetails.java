package de.ikz.participant.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.PostalAddress;
import de.ikz.kit.input.Fields;

/**
 * Checks and normalises the letter details of a participant (issue 10): the postal address, the
 * contact person, phone, e-mail and the treasury's account. Every refusal is INVALID naming the
 * field as the JSON names it ({@code address.street}, {@code bank.iban}, …). Texts go through the
 * kit ({@link Fields#line}: trimmed, bounded, no control characters, one line).
 *
 * <p>The IBAN rule (ISO 13616: a country's length, then the remainder 1 modulo 97 of the moved and
 * lettered-to-digits string) is hand-written: it is a table and one {@link BigInteger} remainder,
 * and a library for it (iban4j is on the mirror) would add a runtime bundle to the core feature for
 * these lines. The country table is the IBAN registry's lengths of the SEPA countries and the
 * other common IBAN countries; an IBAN of a country not in it is refused by name, so a missing
 * entry is visible, never a silent pass.
 */
final class LetterDetails {

    static final int NAME_MAX = 200;
    static final int CITY_MAX = 100;
    static final int PHONE_MAX = 50;
    static final int EMAIL_MAX = 254;

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +\\-()/]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    /** Length of the IBAN per country (IBAN registry). */
    static final Map<String, Integer> IBAN_LENGTH = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IL", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("XK", 20));

    private LetterDetails() {
    }

    /** The participant with its letter details checked and normalised (everything else as given). */
    static Participant checked(Participant p) {
        return new Participant(p.id(), p.kind(), p.name(), p.key(), p.parentId(), p.contacts(), address(p.address()),
                Fields.line("contactPerson", p.contactPerson(), NAME_MAX, false), phone("phone", p.phone()),
                email("email", p.email()), bank(p.bank()));
    }

    /**
     * Null, or an address with street, postal code (five digits) and town; name and addition optional.
     * An address of blanks only is no address.
     */
    static PostalAddress address(PostalAddress a) {
        if (a == null) {
            return null;
        }
        String name = Fields.line("address.name", a.name(), NAME_MAX, false);
        String addition = Fields.line("address.addition", a.addition(), NAME_MAX, false);
        String street = Fields.line("address.street", a.street(), NAME_MAX, false);
        String postalCode = Fields.line("address.postalCode", a.postalCode(), 10, false);
        String city = Fields.line("address.city", a.city(), CITY_MAX, false);
        if (name == null && addition == null && street == null && postalCode == null && city == null) {
            return null;
        }
        if (street == null) {
            throw IkzException.invalid("address.street", "address.street is required in an address (street, postal code and city together)");
        }
        if (postalCode == null) {
            throw IkzException.invalid("address.postalCode", "address.postalCode is required in an address (street, postal code and city together)");
        }
        if (city == null) {
            throw IkzException.invalid("address.city", "address.city is required in an address (street, postal code and city together)");
        }
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw IkzException.invalid("address.postalCode", "address.postalCode must be a German postal code of five digits, got '"
                    + shorten(postalCode) + "'");
        }
        return new PostalAddress(name, addition, street, postalCode, city);
    }

    /** Null, or digits with spaces, '+', '-', '(', ')' and '/' (at least one digit). */
    static String phone(String field, String value) {
        String v = Fields.line(field, value, PHONE_MAX, false);
        if (v != null && (!PHONE.matcher(v).matches() || v.chars().noneMatch(Character::isDigit))) {
            throw IkzException.invalid(field, field + " may contain only digits, spaces and + - ( ) /, got '" + shorten(v) + "'");
        }
        return v;
    }

    /** Null, or a plausible address: one '@', no spaces, a domain with a dot. */
    static String email(String field, String value) {
        String v = Fields.line(field, value, EMAIL_MAX, false);
        if (v != null && (!EMAIL.matcher(v).matches() || v.endsWith("."))) {
            throw IkzException.invalid(field, field + " is not an e-mail address like name@example.org, got '" + shorten(v) + "'");
        }
        return v;
    }

    /** Null, or an account with holder and a valid IBAN; BIC and bank name optional. All blank is no account. */
    static BankAccount bank(BankAccount b) {
        if (b == null) {
            return null;
        }
        String holder = Fields.line("bank.holder", b.holder(), NAME_MAX, false);
        String ibanText = Fields.line("bank.iban", b.iban(), 50, false);
        String bicText = Fields.line("bank.bic", b.bic(), 15, false);
        String bank = Fields.line("bank.bank", b.bank(), NAME_MAX, false);
        if (holder == null && ibanText == null && bicText == null && bank == null) {
            return null;
        }
        if (ibanText == null) {
            throw IkzException.invalid("bank.iban", "bank.iban is required in a bank account");
        }
        if (holder == null) {
            throw IkzException.invalid("bank.holder", "bank.holder is required in a bank account (the account holder, e.g. Kreiskasse)");
        }
        return new BankAccount(holder, iban("bank.iban", ibanText), bic("bank.bic", bicText), bank);
    }

    /**
     * An IBAN without spaces in upper case: letters and digits only, a known country's length, check
     * digits right (mod 97). Spaces in the input are fine ("DE89 3704 0044 0532 0130 00").
     */
    static String iban(String field, String value) {
        String v = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN_SHAPE.matcher(v).matches()) {
            throw IkzException.invalid(field, field + " must be a country code, two check digits and 11 to 30 letters or digits, got '"
                    + shorten(value) + "'");
        }
        String country = v.substring(0, 2);
        Integer length = IBAN_LENGTH.get(country);
        if (length == null) {
            throw IkzException.invalid(field, field + ": " + country + " is not a country code of the IBAN registry");
        }
        if (v.length() != length) {
            throw IkzException.invalid(field, field + ": an IBAN of " + country + " has " + length + " characters, got " + v.length());
        }
        if (country.equals("DE") && !v.substring(4).chars().allMatch(Character::isDigit)) {
            throw IkzException.invalid(field, field + ": a German IBAN has 18 digits after the check digits");
        }
        if (mod97(v) != 1) {
            throw IkzException.invalid(field, field + ": the check digits do not match (mod 97); is there a typo?");
        }
        return v;
    }

    /** The ISO 13616 remainder: the first four characters moved to the end, letters as 10..35, modulo 97. */
    static int mod97(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    /** Null, or a BIC of 8 or 11 characters (bank, country, location, optional branch) in upper case. */
    static String bic(String field, String value) {
        if (value == null) {
            return null;
        }
        String v = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(v).matches()) {
            throw IkzException.invalid(field, field + " must be 8 or 11 characters: 4 letters (bank), 2 letters (country), "
                    + "2 letters or digits (location), optionally 3 more (branch), got '" + shorten(value) + "'");
        }
        return v;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
