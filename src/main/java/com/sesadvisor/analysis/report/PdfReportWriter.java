package com.sesadvisor.analysis.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.analysis.ModelFinance;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.sesadvisor.rules.Finding;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The committee report as PDF: scenario with the provenance of every assumption (the audit of inputs), finance
 * per model and view beside the published figures, IRR heat maps and weight / closeness bars drawn as vector
 * graphics, the ranking with its explanations, the findings with rule IDs, the rule-base version and the date.
 * Written in English with the built-in Helvetica (WinAnsi covers ¥), so it needs no font installed on the server.
 */
public final class PdfReportWriter {

    private static final Locale L = Locale.ENGLISH;
    private final Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
    private final Font h2 = new Font(Font.HELVETICA, 13, Font.BOLD);
    private final Font body = new Font(Font.HELVETICA, 9);
    private final Font small = new Font(Font.HELVETICA, 7);
    private final Font bold = new Font(Font.HELVETICA, 8, Font.BOLD);

    public static void write(AnalysisReport r, OutputStream out) throws IOException {
        new PdfReportWriter().render(r, null, out);
    }

    /** The same report headed by where the analysis comes from (e.g. a workshop and its weights). */
    public static void write(AnalysisReport r, com.sesadvisor.analysis.ReportContext context, OutputStream out)
            throws IOException {
        new PdfReportWriter().render(r, context, out);
    }

    private void render(AnalysisReport r, com.sesadvisor.analysis.ReportContext context, OutputStream out)
            throws IOException {
        Document doc = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("SES Advisor analysis");
            doc.open();
            doc.add(new Paragraph("SES Advisor: shared energy storage investment analysis", title));
            if (context != null) {
                doc.addSubject(context.title());
                doc.add(new Paragraph(context.title(), h2));
                for (String line : context.lines()) {
                    doc.add(new Paragraph(line, body));
                }
            }
            doc.add(new Paragraph("Generated " + r.generatedAt() + " · rule base " + r.ranking().ruleBaseVersion()
                    + " · mechanism " + r.input().mechanism().label() + " · ranking view " + r.input().view(), body));
            doc.add(new Paragraph("Money in " + MoneyFormat.unit(L) + " (10^8 CNY) unless stated.", body));
            finance(doc, r);
            doc.add(new Paragraph(PublishedFigures.NOTE, small));
            ranking(doc, writer, r);
            heatMaps(doc, writer, r);
            assumptions(doc, r);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF report could not be written", e);
        }
    }

    private void finance(Document doc, AnalysisReport r) throws DocumentException {
        doc.add(new Paragraph("Finance indicators per model (ours beside the paper's published figures)", h2));
        for (CashFlowView v : CashFlowView.values()) {
            PdfPTable t = table(7, "Indicator (" + v + ")", "CSSES", "CSSES published", "TISES", "TISES published",
                    "DSSES", "DSSES published");
            String[] labels = {"Total cost", "Total revenue", "IRR", "NPV", "P/B", "Static payback (years)",
                "Dynamic payback (years)", "Cost per kWh (¥/kWh)", "LCOS (¥/kWh)"};
            for (int row = 0; row < labels.length; row++) {
                final int k = row;
                t.addCell(cell(labels[k], bold));
                for (ModelFinance m : r.finance().models()) {
                    ViewMetrics x = m.result().metrics(v);
                    t.addCell(cell(ours(k, x), body));
                    t.addCell(cell(m.published().map(p -> published(k, p)).orElse("n/a"), body));
                }
            }
            doc.add(t);
        }
    }

    private static String ours(int k, ViewMetrics x) {
        return switch (k) {
            case 0 -> fmt(x.totalCost() / 1e8);
            case 1 -> fmt(x.totalRevenue() / 1e8);
            case 2 -> x.irr().value().isPresent() ? pct(x.irr().value().getAsDouble())
                    + (x.irr().ambiguous() ? " (" + x.irr().roots().size() + " roots)" : "") : "not defined";
            case 3 -> fmt(x.npv() / 1e8);
            case 4 -> fmt(x.priceToBook());
            case 5 -> x.cashFlow().staticPayback().label();
            case 6 -> x.cashFlow().dynamicPayback().label();
            case 7 -> String.format(L, "%.3f", x.costPerKwh());
            default -> String.format(L, "%.3f", x.lcos());
        };
    }

    private static String published(int k, PublishedFigures.Row p) {
        return switch (k) {
            case 0 -> fmt(p.totalCost());
            case 1 -> fmt(p.totalRevenue());
            case 2 -> pct(p.irr());
            case 3 -> fmt(p.npv());
            case 5 -> p.staticPayback() == null ? "not reached" : fmt(p.staticPayback());
            case 6 -> p.dynamicPayback() == null ? "not reached" : fmt(p.dynamicPayback());
            case 7 -> fmt(p.costPerKwh());
            default -> "-";
        };
    }

    private void ranking(Document doc, PdfWriter writer, AnalysisReport r) throws DocumentException {
        Recommendation rec = r.ranking().recommendation();
        doc.add(new Paragraph("Weights and TOPSIS ranking", h2));
        int n = rec.indicators().criterionCount();
        PdfPTable w = table(4, "Criterion", "Subjective", "Entropy", "Combined");
        for (int j = 0; j < n; j++) {
            w.addCell(cell(rec.indicators().criteria().get(j).name(), bold));
            w.addCell(cell(String.format(L, "%.4f", rec.weights().subjective()[j]), body));
            w.addCell(cell(String.format(L, "%.4f", rec.weights().objective()[j]), body));
            w.addCell(cell(String.format(L, "%.4f", rec.weights().weights()[j]), body));
        }
        doc.add(w);
        doc.add(bars(writer, "Combined weights", rec.indicators().criterionNames(), rec.weights().weights()));
        doc.add(bars(writer, "TOPSIS closeness", rec.indicators().alternatives(), rec.topsis().closeness()));
        PdfPTable t = table(3, "Rank", "Alternative", "Closeness");
        for (int i : rec.topsis().order()) {
            t.addCell(cell(String.valueOf(rec.topsis().ranks()[i]), body));
            t.addCell(cell(rec.indicators().alternatives().get(i), bold));
            t.addCell(cell(String.format(L, "%.4f", rec.topsis().closeness()[i]), body));
        }
        doc.add(t);
        doc.add(new Paragraph("Explanations", h2));
        for (String s : rec.explanations().summary()) {
            doc.add(new Paragraph("• " + s, body));
        }
        if (rec.paperReplication() != null) {
            doc.add(new Paragraph("Paper replication: " + rec.paperReplication().explanation(), body));
        }
        doc.add(new Paragraph("Findings (rule base " + r.ranking().ruleBaseVersion() + ")", h2));
        if (r.ranking().findings().isEmpty()) {
            doc.add(new Paragraph("No advisory rule applies.", body));
        }
        for (Finding f : r.ranking().findings()) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(f.ruleId() + " [" + f.severity() + "] ", bold));
            p.add(new Chunk(f.messageEn(), body));
            doc.add(p);
        }
        for (String note : r.ranking().indicatorNotes()) {
            doc.add(new Paragraph("Note: " + note, small));
        }
    }

    /** Horizontal bars drawn with PDF vector operators (no raster image). */
    private Image bars(PdfWriter writer, String caption, java.util.List<String> labels, double[] values)
            throws DocumentException {
        float rowH = 14;
        float width = 500;
        float height = 20 + rowH * labels.size();
        PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
        BaseFont bf = new Font(Font.HELVETICA).getCalculatedBaseFont(false);
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        max = max == 0 ? 1 : max;
        text(tpl, bf, 9, 0, height - 10, caption);
        for (int i = 0; i < labels.size(); i++) {
            float y = height - 24 - i * rowH;
            text(tpl, bf, 7, 0, y + 2, labels.get(i));
            float len = (float) (280 * values[i] / max);
            tpl.setColorFill(new Color(0x1b, 0x7f, 0x6b));
            tpl.rectangle(170, y, Math.max(len, 0.5f), rowH - 4);
            tpl.fill();
            text(tpl, bf, 7, 174 + len, y + 2, String.format(L, "%.4f", values[i]));
        }
        Image img = Image.getInstance(tpl);
        img.setAlignment(Element.ALIGN_LEFT);
        return img;
    }

    private void heatMaps(Document doc, PdfWriter writer, AnalysisReport r) throws DocumentException {
        doc.newPage();
        doc.add(new Paragraph("IRR heat maps (spread x unit investment); bold outline: IRR above the discount rate", h2));
        BaseFont bf = new Font(Font.HELVETICA).getCalculatedBaseFont(false);
        for (IrrGrid g : r.grids()) {
            int rows = g.investments().length;
            int cols = g.spreads().length;
            float cw = 44;
            float ch = 15;
            float left = 40;
            float width = left + cols * cw + 4;
            float height = rows * ch + 34;
            PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
            text(tpl, bf, 9, 0, height - 10, g.model().name() + " (IRR %, discount rate " + pct(g.discountRate()) + ")");
            for (int i = 0; i < rows; i++) {
                float y = 14 + i * ch;
                text(tpl, bf, 6, 2, y + 4, String.format(L, "%.2f", g.investments()[i]));
                for (int j = 0; j < cols; j++) {
                    float x = left + j * cw;
                    Double v = g.irr(i, j);
                    tpl.setColorFill(v == null ? Color.LIGHT_GRAY : shade(v, g.discountRate()));
                    tpl.rectangle(x, y, cw - 1, ch - 1);
                    tpl.fill();
                    if (g.feasible(i, j)) {
                        tpl.setColorStroke(Color.BLACK);
                        tpl.setLineWidth(1.2f);
                        tpl.rectangle(x + 0.6f, y + 0.6f, cw - 2.2f, ch - 2.2f);
                        tpl.stroke();
                    }
                    tpl.setColorFill(Color.BLACK);
                    text(tpl, bf, 6, x + 8, y + 4, v == null ? "n/a" : String.format(L, "%.1f", 100 * v));
                }
            }
            for (int j = 0; j < cols; j++) {
                text(tpl, bf, 6, left + j * cw + 10, 4, String.format(L, "%.2f", g.spreads()[j]));
            }
            doc.add(Image.getInstance(tpl));
        }
        doc.add(new Paragraph("Rows: unit investment (CNY/Wh); columns: spread (CNY/kWh).", small));
    }

    private static Color shade(double irr, double rate) {
        double p = Math.max(-1, Math.min(1, (irr - rate) / 0.15));
        int light = (int) Math.round(245 - 130 * Math.abs(p));
        return p >= 0 ? new Color(light - 40, Math.min(255, light + 10), light - 40)
                : new Color(Math.min(255, light + 10), light - 50, light - 50);
    }

    private void assumptions(Document doc, AnalysisReport r) throws DocumentException {
        doc.newPage();
        doc.add(new Paragraph("Scenario: every assumption with its provenance (audit of inputs)", h2));
        PdfPTable t = table(5, "Assumption", "Value", "Unit", "Default", "Provenance");
        for (AssumptionValue a : r.input().assumptions().describe()) {
            t.addCell(cell(a.key(), body));
            t.addCell(cell(a.option() != null ? a.option() : fmtPlain(a.value()), body));
            t.addCell(cell(a.unit(), body));
            t.addCell(cell(fmtPlain(a.defaultValue()), body));
            t.addCell(cell(a.provenance().name(), a.provenance().name().equals("USER") ? bold : body));
        }
        doc.add(t);
        doc.add(new Paragraph("Subjective weights: " + r.input().subjectiveWeights(), body));
        if (r.input().ruleSetName() != null) {
            doc.add(new Paragraph("Eligibility (" + r.input().ruleSetName() + "): "
                    + (Boolean.TRUE.equals(r.input().eligible()) ? "eligible" : "not eligible"), body));
        }
    }

    private static void text(PdfTemplate tpl, BaseFont bf, float size, float x, float y, String s) {
        tpl.beginText();
        tpl.setFontAndSize(bf, size);
        tpl.setColorFill(Color.BLACK);
        tpl.setTextMatrix(x, y);
        tpl.showText(s);
        tpl.endText();
    }

    private PdfPTable table(int cols, String... head) {
        PdfPTable t = new PdfPTable(cols);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (String h : head) {
            com.lowagie.text.pdf.PdfPCell c = cell(h, bold);
            c.setBackgroundColor(new Color(230, 240, 236));
            t.addCell(c);
        }
        t.setHeaderRows(1);
        return t;
    }

    private static com.lowagie.text.pdf.PdfPCell cell(String s, Font f) {
        com.lowagie.text.pdf.PdfPCell c = new com.lowagie.text.pdf.PdfPCell(new Phrase(s, f));
        c.setPadding(2.5f);
        return c;
    }

    private static String fmt(double v) {
        return String.format(L, "%.2f", v);
    }

    private static String fmtPlain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String pct(double f) {
        return String.format(L, "%.2f %%", 100 * f);
    }
}
