package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import de.ikz.api.einvoice.EInvoiceService;
import de.ikz.api.einvoice.Instalment;
import de.ikz.api.einvoice.Invoice;
import de.ikz.api.einvoice.Party;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The e-invoice service in the built distribution: the Mustang library embedded in ikz-einvoice
 * resolves and writes XRechnung inside Karaf (no JAXB, XML factory or service loader in the way).
 * The full EN 16931 / XRechnung validation of the same writer runs in the bundle's unit test
 * (XRechnungWriterTest); here the XML is checked for what a treasury books.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EInvoiceIT extends ContainerSupport {

    @Test
    public void theServiceWritesXRechnungInTheContainer() throws Exception {
        Await.until("the e-invoice service", Duration.ofSeconds(60),
                () -> ctx.getServiceReference(EInvoiceService.class) != null);
        ServiceReference<EInvoiceService> ref = ctx.getServiceReference(EInvoiceService.class);
        Bundle b = ref.getBundle();
        assertEquals("de.ikz.platform.ikz-einvoice", b.getSymbolicName());
        assertEquals(Bundle.ACTIVE, b.getState());
        EInvoiceService service = ctx.getService(ref);
        try {
            Party seller = new Party("StädteRegion Aachen", "05334000",
                    new PostalAddress(null, null, "Zollernstraße 10", "52070", "Aachen"), "Petra Beispiel",
                    "+49 241 5198 0", "kasse@staedteregion.example",
                    new BankAccount("StädteRegion Aachen", "DE02370502990000684712", "COKSDE33XXX", null));
            Party buyer = new Party("Stadt Eschweiler", null,
                    new PostalAddress(null, null, "Johannes-Rau-Platz 1", "52249", "Eschweiler"), null, null,
                    "stadtkasse@eschweiler.example", null);
            Invoice in = new Invoice("5.2027.000123", LocalDate.of(2027, 1, 15), seller, buyer, "AZ 51.2-IKZ-01",
                    "Umlageanteil 2027", "Gemeinsame Koordinierungsstelle", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), new BigDecimal("27692.31"),
                    List.of(new Instalment(LocalDate.of(2027, 3, 1), new BigDecimal("13846.16")),
                            new Instalment(LocalDate.of(2027, 9, 1), new BigDecimal("13846.15"))), null);

            byte[] xml = service.xrechnung(in);

            String s = new String(xml, StandardCharsets.UTF_8);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            assertEquals(s, "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
                    text(d, "//*[local-name()='GuidelineSpecifiedDocumentContextParameter']/*[local-name()='ID']"));
            assertEquals(s, "5.2027.000123", text(d, "//*[local-name()='PaymentReference']"));
            assertEquals(s, "AZ 51.2-IKZ-01", text(d, "//*[local-name()='BuyerReference']"));
            assertEquals(s, "27692.31", text(d, "//*[local-name()='DuePayableAmount']"));
            assertEquals(s, "20270301", text(d, "//*[local-name()='DueDateDateTime']/*"));
            assertEquals(s, "DE02370502990000684712", text(d, "//*[local-name()='IBANID']"));
            assertEquals(s, "O", text(d, "//*[local-name()='ApplicableHeaderTradeSettlement']"
                    + "/*[local-name()='ApplicableTradeTax']/*[local-name()='CategoryCode']"));
            assertTrue(s, s.contains("StädteRegion Aachen"));

            // a refusal crosses the bundle boundary as the API's exception, with its field
            Party noMail = new Party("Stadt Eschweiler", null, buyer.address(), null, null, null, null);
            try {
                service.xrechnung(new Invoice("5.2027.2", LocalDate.of(2027, 1, 15), seller, noMail, "AZ 1",
                        "Umlageanteil", null, null, null, new BigDecimal("1.00"),
                        List.of(new Instalment(LocalDate.of(2027, 3, 1), new BigDecimal("1.00"))), null));
                fail("a buyer without electronic address must be refused");
            } catch (IkzException e) {
                assertEquals(IkzException.Kind.INVALID, e.kind());
                assertEquals("buyer.email", e.field());
            }
        } finally {
            ctx.ungetService(ref);
        }
    }

    private static String text(Document d, String xpath) throws Exception {
        NodeList n = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
        assertNotNull(xpath, n);
        assertEquals(xpath, 1, n.getLength());
        return n.item(0).getTextContent();
    }
}
