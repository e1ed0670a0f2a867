package de.ikz.agreement.internal.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A flowing A4 page layout on PDFBox for the profile: title, headings, wrapped paragraphs, bullet
 * items and label–value lines, new pages as the text needs them, "Seite x von y" footers.
 *
 * <p>Standard 14 Helvetica fonts with WinAnsiEncoding (umlauts, ß, €, „“, •, ² are covered);
 * other characters lose their accent or become '?', since PDFBox refuses characters the encoding
 * lacks. The allocation bundle has a similar, table-oriented writer; the two are separate because
 * a module depends on ikz-api only.
 */
final class ProfilePdf implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56f;
    private static final float BOTTOM = MARGIN + 10f;
    private static final float SIZE = 10f;
    private static final float LEADING = 13.5f;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, String> shown = new HashMap<>();
    private final String footer;
    private PDPageContentStream cs;
    private float y;
    private boolean fresh;

    ProfilePdf(String title, String footer) {
        this.footer = footer;
        doc.getDocumentInformation().setTitle(safe(title));
        doc.getDocumentInformation().setCreator("IKZ-Plattform");
        newPage();
    }

    private float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        lines(wrap(text, bold, 16f, width()), bold, 16f, 20f, MARGIN);
        space(8f);
    }

    /** A heading, kept on the page with at least two lines after it. */
    void heading(String text) {
        space(9f);
        if (!fresh && y - BOTTOM < 16f + 2 * LEADING) {
            newPage();
        }
        lines(wrap(text, bold, 12f, width()), bold, 12f, 16f, MARGIN);
        space(2f);
    }

    /** Wrapped text; '\n' starts a new line, an empty line leaves a gap. */
    void text(String text) {
        lines(wrap(text, regular, SIZE, width()), regular, SIZE, LEADING, MARGIN);
    }

    /** A bullet item with a hanging indent. */
    void bullet(String text) {
        List<String> l = wrap(text, regular, SIZE, width() - 12f);
        if (l.isEmpty()) {
            return;
        }
        ensure(LEADING);
        draw(regular, SIZE, MARGIN + 2f, "•");
        lines(l, regular, SIZE, LEADING, MARGIN + 12f);
    }

    /** "Label: value" with the label bold and the value wrapped beside it. */
    void field(String label, String value, float labelWidth) {
        List<String> l = wrap(value, regular, SIZE, width() - labelWidth);
        ensure(LEADING);
        draw(bold, SIZE, MARGIN, safe(label));
        lines(l.isEmpty() ? List.of("") : l, regular, SIZE, LEADING, MARGIN + labelWidth);
    }

    byte[] bytes() {
        try {
            cs.close();
            cs = null;
            int n = doc.getNumberOfPages();
            int i = 0;
            for (PDPage page : doc.getPages()) {
                i++;
                try (PDPageContentStream c = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    c.setNonStrokingColor(0.35f);
                    String right = "Seite " + i + " von " + n;
                    float rw = width(regular, 7.5f, right);
                    show(c, regular, 7.5f, MARGIN, MARGIN - 22f, fit(safe(footer), 7.5f, width() - rw - 12f));
                    show(c, regular, 7.5f, PAGE.getWidth() - MARGIN - rw, MARGIN - 22f, right);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void space(float points) {
        if (!fresh) {
            y -= points;
        }
    }

    /** Draws lines, each on the next baseline, starting a new page whenever one does not fit. */
    private void lines(List<String> lines, PDType1Font font, float fontSize, float leading, float x) {
        for (String line : lines) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            try {
                show(cs, font, fontSize, x, y + (leading - fontSize) / 2 + 1.5f, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fresh = false;
        }
    }

    /** Draws at the baseline of the next line without moving down (for labels and bullets). */
    private void draw(PDType1Font font, float fontSize, float x, String s) {
        try {
            show(cs, font, fontSize, x, y - LEADING + (LEADING - fontSize) / 2 + 1.5f, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - MARGIN;
        fresh = true;
    }

    private static void show(PDPageContentStream c, PDType1Font font, float fontSize, float x, float baseline, String s)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        c.beginText();
        c.setFont(font, fontSize);
        c.newLineAtOffset(x, baseline);
        c.showText(s);
        c.endText();
    }

    private String fit(String s, float fontSize, float maxWidth) {
        if (width(regular, fontSize, s) <= maxWidth) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && width(regular, fontSize, cut + "…") > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    /** Splits at '\n', wraps words greedily, cuts words wider than the line; lines are {@link #safe}. */
    private List<String> wrap(String text, PDType1Font font, float fontSize, float maxWidth) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String para : text.split("\r?\n", -1)) {
            String p = safe(para).strip();
            if (p.isEmpty()) {
                out.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : p.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, fontSize, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, fontSize, word) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, fontSize, word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    private String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(shown.computeIfAbsent(cp, this::glyph)));
        return sb.toString();
    }

    private String glyph(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
            return " ";
        }
        String s = new String(Character.toChars(cp));
        if (encodable(s)) {
            return s;
        }
        if (cp == 0x2212 || cp == 0x2010 || cp == 0x2011) {
            return "-";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !plain.isEmpty() && encodable(plain) ? plain : "?";
    }

    private boolean encodable(String s) {
        try {
            regular.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static float width(PDType1Font font, float fontSize, String s) {
        try {
            return font.getStringWidth(s) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
