package de.ikz.einvoice.internal;

import static de.ikz.testkit.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import de.ikz.api.einvoice.Instalment;
import de.ikz.api.einvoice.Invoice;
import de.ikz.api.einvoice.Party;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;

import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class XRechnungWriterTest {

    static final Party SELLER = new Party("StädteRegion Aachen", "05334000",
            new PostalAddress(null, "Amt für Finanzsteuerung", "Zollernstraße 10", "52070", "Aachen"),
            "Petra Beispiel", "+49 241 5198 0", "kasse@staedteregion.example",
            new BankAccount("StädteRegion Aachen", "DE02370502990000684712", "COKSDE33XXX", "Sparkasse Aachen"));
    static final Party BUYER = new Party("Stadt Eschweiler", "05334012",
            new PostalAddress(null, null, "Johannes-Rau-Platz 1", "52249", "Eschweiler"),
            null, null, "stadtkasse@eschweiler.example", null);

    static Invoice notice(Party seller, Party buyer, BigDecimal amount, List<Instalment> instalments) {
        return new Invoice("5.2027.000123", LocalDate.of(2027, 1, 15), seller, buyer, "AZ 51.2-IKZ-01",
                "Umlageanteil 2027", "Gemeinsame Koordinierungsstelle Vormundschaften, Lauf 3; "
                        + "öffentlich-rechtliche Vereinbarung nach GkG NRW vom 01.07.2024",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), amount, instalments, null);
    }

    static Invoice sample() {
        return notice(SELLER, BUYER, new BigDecimal("27692.31"), List.of(
                new Instalment(LocalDate.of(2027, 3, 1), new BigDecimal("13846.16")),
                new Instalment(LocalDate.of(2027, 9, 1), new BigDecimal("13846.15"))));
    }

    @Test
    void aNoticeWithTwoInstalmentsIsAValidXRechnung() throws Exception {
        byte[] xml = XRechnungWriter.write(sample());

        assertValid(xml);
        Document d = parse(xml);
        assertThat(text(d, "//*[local-name()='GuidelineSpecifiedDocumentContextParameter']/*[local-name()='ID']"))
                .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
        assertThat(text(d, "/*/*[local-name()='ExchangedDocument']/*[local-name()='ID']")).isEqualTo("5.2027.000123");
        assertThat(text(d, "//*[local-name()='PaymentReference']")).isEqualTo("5.2027.000123");
        assertThat(text(d, "//*[local-name()='BuyerReference']")).isEqualTo("AZ 51.2-IKZ-01");
        assertThat(text(d, "//*[local-name()='IssueDateTime']/*")).isEqualTo("20270115");
        assertThat(text(d, "//*[local-name()='SpecifiedTradePaymentTerms']/*[local-name()='DueDateDateTime']/*"))
                .isEqualTo("20270301");
        assertThat(text(d, "//*[local-name()='SpecifiedTradePaymentTerms']/*[local-name()='Description']"))
                .isEqualTo("1. Rate: 13.846,16 € fällig am 01.03.2027; 2. Rate: 13.846,15 € fällig am 01.09.2027");
        assertThat(text(d, "//*[local-name()='DuePayableAmount']")).isEqualTo("27692.31");
        assertThat(text(d, "//*[local-name()='IBANID']")).isEqualTo("DE02370502990000684712");
        assertThat(text(d, "//*[local-name()='SellerTradeParty']/*[local-name()='ID']")).isEqualTo("05334000");
        // not subject to VAT: category O on the line and in the breakdown, with the reason; no rate on the line
        assertThat(count(d, "//*[local-name()='CategoryCode'][.='O']")).isEqualTo(2);
        assertThat(text(d, "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']"
                + "/*[local-name()='ExemptionReason']")).isEqualTo(Invoice.NOT_SUBJECT_TO_VAT);
        assertThat(count(d, "//*[local-name()='SpecifiedLineTradeSettlement']//*[local-name()='RateApplicablePercent']"))
                .isZero();
        assertThat(count(d, "//*[local-name()='SpecifiedTaxRegistration']")).isZero();
        assertThat(text(d, "//*[local-name()='BillingSpecifiedPeriod']/*[local-name()='StartDateTime']/*")).isEqualTo("20270101");
        assertThat(text(d, "//*[local-name()='BillingSpecifiedPeriod']/*[local-name()='EndDateTime']/*")).isEqualTo("20271231");
    }

    @Test
    void oneInstalmentWithoutBicOrBuyerIdIsValidToo() throws Exception {
        Party seller = new Party(SELLER.name(), SELLER.id(), SELLER.address(), SELLER.contactPerson(), SELLER.phone(),
                SELLER.email(), new BankAccount(null, "DE02 3705 0299 0000 6847 12", null, null));
        Party buyer = new Party(BUYER.name(), null, BUYER.address(), null, null, BUYER.email(), null);
        byte[] xml = XRechnungWriter.write(notice(seller, buyer, new BigDecimal("180000"),
                List.of(new Instalment(LocalDate.of(2027, 3, 1), new BigDecimal("180000.00")))));

        assertValid(xml);
        Document d = parse(xml);
        assertThat(text(d, "//*[local-name()='SpecifiedTradePaymentTerms']/*[local-name()='Description']"))
                .isEqualTo("Zahlbar bis 01.03.2027: 180.000,00 €");
        assertThat(text(d, "//*[local-name()='IBANID']")).isEqualTo("DE02370502990000684712");
        assertThat(text(d, "//*[local-name()='DuePayableAmount']")).isEqualTo("180000.00");
    }

    @Test
    void whatXRechnungRequiresIsRefusedWithItsField() {
        BigDecimal a = new BigDecimal("100.00");
        List<Instalment> one = List.of(new Instalment(LocalDate.of(2027, 3, 1), a));
        Party noMail = new Party(BUYER.name(), null, BUYER.address(), null, null, null, null);
        invalid("buyer.email", () -> XRechnungWriter.write(notice(SELLER, noMail, a, one)));
        Party noBank = new Party(SELLER.name(), SELLER.id(), SELLER.address(), SELLER.contactPerson(), SELLER.phone(),
                SELLER.email(), null);
        invalid("seller.bank", () -> XRechnungWriter.write(notice(noBank, BUYER, a, one)));
        Party noId = new Party(SELLER.name(), null, SELLER.address(), SELLER.contactPerson(), SELLER.phone(),
                SELLER.email(), SELLER.bank());
        invalid("seller.id", () -> XRechnungWriter.write(notice(noId, BUYER, a, one)));
        Party noContact = new Party(SELLER.name(), SELLER.id(), SELLER.address(), null, SELLER.phone(),
                SELLER.email(), SELLER.bank());
        invalid("seller.contactPerson", () -> XRechnungWriter.write(notice(noContact, BUYER, a, one)));
        Party noTown = new Party(BUYER.name(), null, new PostalAddress(null, null, "Markt 1", "52249", " "), null, null,
                BUYER.email(), null);
        invalid("buyer.address.city", () -> XRechnungWriter.write(notice(SELLER, noTown, a, one)));
        Party badIban = new Party(SELLER.name(), SELLER.id(), SELLER.address(), SELLER.contactPerson(), SELLER.phone(),
                SELLER.email(), new BankAccount(null, "12345", null, null));
        invalid("seller.bank.iban", () -> XRechnungWriter.write(notice(badIban, BUYER, a, one)));

        invalid("instalments", () -> XRechnungWriter.write(notice(SELLER, BUYER, a, List.of())));
        invalid("instalments[0]", () -> XRechnungWriter.write(notice(SELLER, BUYER, a, java.util.Arrays.asList((Instalment) null))));
        invalid("instalments", () -> XRechnungWriter.write(notice(SELLER, BUYER, new BigDecimal("100.01"), one)));
        invalid("amount", () -> XRechnungWriter.write(notice(SELLER, BUYER, new BigDecimal("100.001"), one)));
        invalid("instalments[1].due", () -> XRechnungWriter.write(notice(SELLER, BUYER, new BigDecimal("200.00"),
                List.of(new Instalment(LocalDate.of(2027, 3, 1), a), new Instalment(LocalDate.of(2027, 3, 1), a)))));
        invalid("buyerReference", () -> XRechnungWriter.write(new Invoice("5.2027.1", LocalDate.of(2027, 1, 15),
                SELLER, BUYER, " ", "Umlageanteil", null, null, null, a, one, null)));
        // a control character would make the XML unreadable (XML 1.0 forbids it)
        invalid("lineName", () -> XRechnungWriter.write(new Invoice("5.2027.1", LocalDate.of(2027, 1, 15),
                SELLER, BUYER, "AZ 1", "Umlage\u0007anteil", null, null, null, a, one, null)));
        invalid("periodEnd", () -> XRechnungWriter.write(new Invoice("5.2027.1", LocalDate.of(2027, 1, 15),
                SELLER, BUYER, "AZ 1", "Umlageanteil", null, LocalDate.of(2027, 1, 1), null, a, one, null)));
        invalid("periodEnd", () -> XRechnungWriter.write(new Invoice("5.2027.1", LocalDate.of(2027, 1, 15),
                SELLER, BUYER, "AZ 1", "Umlageanteil", null, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31), a, one, null)));
        invalid("number", () -> XRechnungWriter.write(new Invoice(null, LocalDate.of(2027, 1, 15),
                SELLER, BUYER, "AZ 1", "Umlageanteil", null, null, null, a, one, null)));
    }

    @Test
    void textIsEscaped() throws Exception {
        Invoice in = new Invoice("5.2027.7", LocalDate.of(2027, 1, 15), SELLER, BUYER, "AZ <1> & \"2\"",
                "Umlage <Anteil> & Co", null, null, null, new BigDecimal("1.00"),
                List.of(new Instalment(LocalDate.of(2027, 3, 1), new BigDecimal("1.00"))), null);
        Document d = parse(XRechnungWriter.write(in));
        assertThat(text(d, "//*[local-name()='BuyerReference']")).isEqualTo("AZ <1> & \"2\"");
        assertThat(text(d, "//*[local-name()='SpecifiedTradeProduct']/*[local-name()='Name']")).isEqualTo("Umlage <Anteil> & Co");
    }

    static void assertValid(byte[] xml) {
        ZUGFeRDValidator v = new ZUGFeRDValidator();
        String report = v.validate(xml, "notice.xml");
        assertThat(v.wasCompletelyValid()).as(report + "\n" + new String(xml, StandardCharsets.UTF_8)).isTrue();
        // not even a notice (BR-DE-TMP-32 asks for the service period, given here as BG-14)
        assertThat(report).contains("<summary status=\"valid\"/>").doesNotContain("<error").doesNotContain("<notice")
                .doesNotContain("<warning");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Document d, String xpath) throws Exception {
        NodeList n = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
        assertThat(n.getLength()).as(xpath).isEqualTo(1);
        return n.item(0).getTextContent();
    }

    static int count(Document d, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET)).getLength();
    }
}
