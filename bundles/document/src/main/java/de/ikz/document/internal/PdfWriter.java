package de.ikz.document.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import de.ikz.kit.text.GermanFormat;

/**
 * XHTML to PDF/A-2 with openhtmltopdf: Liberation Sans embedded (subset), tagged (PDF/UA mode of
 * openhtmltopdf), sRGB output intent, and nothing fetched from outside: the document has no base URL,
 * every URI resolves to nothing and the access controls refuse every resource except an inline
 * {@code data:image/} logo.
 */
final class PdfWriter {

    /** The PDF/A flavour written: PDF/A-2a, tagged (openhtmltopdf's PDF/UA mode). */
    static final PdfRendererBuilder.PdfAConformance CONFORMANCE = PdfRendererBuilder.PdfAConformance.PDFA_2_A;
    /** The flavour of a document too large to tag (see {@code pdf.taggedRowLimit}): PDF/A-2b, fonts still embedded. */
    static final PdfRendererBuilder.PdfAConformance UNTAGGED = PdfRendererBuilder.PdfAConformance.PDFA_2_B;

    static final String PRODUCER = "IKZ-Plattform (openhtmltopdf, Apache PDFBox)";

    private static final String XMP_NS = "http://ns.adobe.com/xap/1.0/";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final String[][] FONTS = {
        {"LiberationSans-Regular.ttf", "400", "NORMAL"},
        {"LiberationSans-Bold.ttf", "700", "NORMAL"},
        {"LiberationSans-Italic.ttf", "400", "ITALIC"},
    };

    private static final byte[][] FONT_BYTES = new byte[FONTS.length][];

    static {
        RendererLog.install();
        for (int i = 0; i < FONTS.length; i++) {
            try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + FONTS[i][0])) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the bundle: " + FONTS[i][0]);
                }
                FONT_BYTES[i] = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PdfWriter() {
    }

    /** Lays the document out and returns the number of pages (without writing a PDF). */
    static int pages(Xhtml x) {
        try (PdfBoxRenderer r = builder(x, true, OutputStream.nullOutputStream()).buildPdfRenderer()) {
            r.layout();
            return r.getRootBox().getLayer().getPages().size();
        }
    }

    /** Writes the tagged PDF/A-2a document; {@code created} becomes its creation date. */
    static void write(Xhtml x, Instant created, OutputStream out) {
        write(x, true, created, out);
    }

    /**
     * Writes the document as PDF/A-2a (tagged) or, with {@code tagged} false, as PDF/A-2b; {@code created}
     * becomes its creation date.
     */
    static void write(Xhtml x, boolean tagged, Instant created, OutputStream out) {
        try (PdfBoxRenderer r = builder(x, tagged, out).buildPdfRenderer()) {
            r.createPDFWithoutClosing();
            try (PDDocument pdf = r.getPdfDocument()) {
                stamp(pdf, created);
                // without object streams: PDFBox's compressed writer holds every object of the document at once
                // (an 11,004-row report ran out of 512 MiB); PDF/A-2 allows both
                pdf.save(out, CompressParameters.NO_COMPRESSION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfRendererBuilder builder(Xhtml x, boolean tagged, OutputStream out) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(tagged);
        b.usePdfAConformance(tagged ? CONFORMANCE : UNTAGGED);
        b.useUnicodeLineBreaker(new LineBreaks());
        b.useColorProfile(SRGB);
        b.withProducer(PRODUCER);
        for (int i = 0; i < FONTS.length; i++) {
            byte[] bytes = FONT_BYTES[i];
            b.useFont(() -> new ByteArrayInputStream(bytes), Layout.FONT, Integer.valueOf(FONTS[i][1]),
                    FontStyle.valueOf(FONTS[i][2]), true);
        }
        // nothing from outside: no base URL, no URI resolves, every access refused but an inline image
        b.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:image/") ? uri : null);
        b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.withW3cDocument(x.doc, null);
        b.toStream(out);
        return b;
    }

    /**
     * Sets the creation date to the document's own time (openhtmltopdf stamps "now"), in the
     * information dictionary and in the XMP metadata alike, as PDF/A requires.
     */
    private static void stamp(PDDocument pdf, Instant created) throws IOException {
        if (created == null) {
            return;
        }
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone(GermanFormat.ZONE));
        cal.setTimeInMillis(created.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(cal);
        PDMetadata meta = pdf.getDocumentCatalog().getMetadata();
        if (meta == null) {
            return;
        }
        // openhtmltopdf wrote a valid XMP packet from the information dictionary; only xmp:CreateDate changes.
        // Edited as a DOM (the JDK's parser and serializer keep every namespace declaration as it is).
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xmp;
            try (InputStream in = meta.exportXMPMetadata()) {
                xmp = f.newDocumentBuilder().parse(in);
            }
            NodeList dates = xmp.getElementsByTagNameNS(XMP_NS, "CreateDate");
            if (dates.getLength() == 0) {
                throw new IOException("XMP metadata without xmp:CreateDate");
            }
            String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    created.truncatedTo(ChronoUnit.SECONDS).atZone(GermanFormat.ZONE));
            for (int i = 0; i < dates.getLength(); i++) {
                dates.item(i).setTextContent(iso);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(xmp), new StreamResult(bytes));
            meta.importXMPMetadata(bytes.toByteArray());
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("XMP metadata of the rendered PDF unreadable", e);
        }
    }
}
