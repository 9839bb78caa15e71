package com.sesadvisor.analysis.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDF report, all inside the application so that a server with no fonts installed writes the
 * same PDF: the built-in Helvetica for Latin text (as before, not embedded), then Droid Sans Fallback for Chinese
 * (shipped as {@value #CJK_RESOURCE}, embedded as an Identity-H subset of the glyphs used), then OpenPDF's own
 * Liberation Sans for the few symbols neither has (α, ⁸, −, ≤; also embedded as a subset). Each character of a
 * string is written in the first font that has its glyph; see docs/decisions/0004-report-font.md.
 */
final class ReportFonts {

    static final String CJK_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";
    /** Shipped inside the OpenPDF jar (SIL Open Font License). */
    static final String FALLBACK_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

    private static BaseFont cjk;
    private static BaseFont fallback;

    private ReportFonts() {
    }

    /**
     * Droid Sans Fallback, parsed once per JVM (about 4 MB) and shared: OpenPDF keeps the glyphs used per document
     * in the writer and subsets from its own copy of the font bytes, so concurrent reports do not interfere.
     */
    static synchronized BaseFont cjk() {
        if (cjk == null) {
            byte[] bytes;
            try (InputStream in = ReportFonts.class.getResourceAsStream(CJK_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The report font " + CJK_RESOURCE + " is missing from the application");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The report font " + CJK_RESOURCE + " could not be read", e);
            }
            // The name only has to end in .ttf: OpenPDF reads the font from the bytes, not from a file.
            cjk = create("DroidSansFallbackFull.ttf", bytes);
        }
        return cjk;
    }

    static synchronized BaseFont fallback() {
        if (fallback == null) {
            byte[] bytes;
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FALLBACK_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenPDF's fallback font " + FALLBACK_RESOURCE + " is missing");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("OpenPDF's fallback font could not be read", e);
            }
            fallback = create("LiberationSans-Regular.ttf", bytes);
        }
        return fallback;
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The report font " + name + " could not be loaded", e);
        }
    }

    /** The characters of {@code s} that no report font can draw (each once, in order); empty when all can. */
    static String unsupported(String s) {
        Style probe = new Style(9, Font.NORMAL);
        StringBuilder missing = new StringBuilder();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && probe.fontFor(cp) < 0)
                .filter(cp -> missing.indexOf(Character.toString(cp)) < 0)
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** One size and style (e.g. 9 pt bold) in each report font, turning strings into phrases. */
    static final class Style {

        private final float size;
        private final Font[] fonts;
        private final BaseFont[] bases;

        Style(float size, int style) {
            this(size, style, Color.BLACK);
        }

        Style(float size, int style, Color color) {
            this.size = size;
            // Helvetica by its base font (Helvetica-Bold for bold): a font given only by family makes OpenPDF 2.0
            // draw a whole chunk in Liberation Sans as soon as one character is beyond Latin-1 (e.g. "•").
            // The TrueType fonts have no bold face, so OpenPDF draws their bold by stroking the outline too.
            BaseFont helvetica = new Font(Font.HELVETICA, size, style).getCalculatedBaseFont(false);
            this.fonts = new Font[] {new Font(helvetica, size, Font.NORMAL, color), new Font(cjk(), size, style, color),
                new Font(fallback(), size, style, color)};
            this.bases = new BaseFont[fonts.length];
            for (int i = 0; i < fonts.length; i++) {
                bases[i] = fonts[i].getBaseFont();
            }
        }

        float size() {
            return size;
        }

        /** Index of the first font that has the glyph, or -1. */
        int fontFor(int codePoint) {
            for (int i = 0; i < fonts.length; i++) {
                if (bases[i].charExists(codePoint)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * {@code s} as chunks, each run of characters in the first font that has them, with the leading OpenPDF
         * gives a paragraph of one font (1.5 × size). Whitespace stays in the current run; a character no font has
         * is written in Droid Sans Fallback, whose empty glyph then shows the gap (tests check there is none).
         */
        Phrase phrase(String s) {
            Phrase p = new Phrase(1.5f * size);
            StringBuilder run = new StringBuilder();
            int current = -1;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                int f = Character.isWhitespace(cp) && current >= 0 ? current : fontFor(cp);
                if (f < 0) {
                    f = 1;
                }
                if (f != current && run.length() > 0) {
                    p.add(new Chunk(run.toString(), fonts[current]));
                    run.setLength(0);
                }
                current = f;
                run.appendCodePoint(cp);
            }
            if (run.length() > 0) {
                p.add(new Chunk(run.toString(), fonts[current]));
            }
            return p;
        }
    }
}
