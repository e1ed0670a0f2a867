package de.ikz.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks of a rendered PDF for tests: PDF/A validation with veraPDF (the flavour the file declares
 * in its XMP metadata), the text as PDFBox extracts it, the page count, embedded fonts and tags.
 */
public final class PdfCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfCheck() {
    }

    /**
     * Validates a PDF/A document with veraPDF against the flavour it declares (e.g. 2a, 2b).
     *
     * @return the flavour it was validated against, e.g. "2a"
     * @throws AssertionError listing every failed rule (clause, test number, description, count), or if the
     *                        file declares no PDF/A flavour
     */
    public static String assertPdfA(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAFlavour flavour = parser.getFlavour();
            if (flavour == null || flavour == PDFAFlavour.NO_FLAVOUR) {
                throw new AssertionError("not a PDF/A document: no PDF/A identification in its metadata");
            }
            try (PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                if (!result.isCompliant()) {
                    throw new AssertionError(failures("PDF/A-" + flavour.getId(), result));
                }
            }
            return flavour.getId();
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
        }
    }

    /**
     * Validates the machine-checkable rules of PDF/UA-1 (ISO 14289-1) with veraPDF: tags, alternative texts, table
     * headers, language, title, fonts. (What only a person can judge — reading order, meaningful alternative texts —
     * stays to be looked at.)
     *
     * @throws AssertionError listing every failed rule
     */
    public static void assertPdfUa(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            if (!result.isCompliant()) {
                throw new AssertionError(failures("PDF/UA-1", result));
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
        }
    }

    private static String failures(String what, ValidationResult result) {
        Map<String, Integer> failed = new TreeMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage(), 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder(what + " validation failed:");
        failed.forEach((rule, n) -> sb.append("\n  ").append(rule).append(" (").append(n).append("×)"));
        return sb.toString();
    }

    /** The text of all pages as PDFBox's {@link PDFTextStripper} extracts it. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based). */
    public static String text(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of pages. */
    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the fonts used on any page that are not embedded (empty when all are). */
    public static List<String> fontsNotEmbedded(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                if (res == null) {
                    continue;
                }
                for (var name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** Whether the document is tagged: a structure tree root and MarkInfo with Marked=true. */
    public static boolean tagged(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            return catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
