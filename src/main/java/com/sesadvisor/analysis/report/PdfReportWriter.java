package com.sesadvisor.analysis.report;

import com.sesadvisor.analysis.AnalysisText;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.ModelFinance;
import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.analysis.ReportContext;
import com.sesadvisor.analysis.ReportFinding;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.Payback;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.text.Text;
import java.awt.Color;
import com.sesadvisor.engine.text.TextBundles;
import com.sesadvisor.engine.text.TextRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The committee report as PDF: scenario with the provenance of every assumption (the audit of inputs), finance
 * per model and view beside the published figures, IRR heat maps and weight / closeness bars drawn as vector
 * graphics, the ranking with its explanations, the findings with rule IDs, the rule-base version and the date.
 * Written in the reader's language (English or Simplified Chinese) with every label from the {@code analysis}
 * translation bundle and numbers formatted for that locale; the fonts ship inside the application
 * ({@link ReportFonts}), so the server needs none installed.
 */
public final class PdfReportWriter {

    /** Translations in the report's language (the one renderer, {@link TextRenderer}, in one locale). */
    @FunctionalInterface
    public interface Messages {
        String get(String key, Object... args);

        static Messages in(Locale locale) {
            return (key, args) -> TextRenderer.translate(key, locale, args);
        }
    }

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Locale locale;
    private final Messages m;
    private final ReportFonts.Style title = new ReportFonts.Style(18, Font.BOLD);
    private final ReportFonts.Style h2 = new ReportFonts.Style(13, Font.BOLD);
    private final ReportFonts.Style body = new ReportFonts.Style(9, Font.NORMAL);
    private final ReportFonts.Style small = new ReportFonts.Style(7, Font.NORMAL);
    private final ReportFonts.Style key = new ReportFonts.Style(6.5f, Font.NORMAL, new Color(0x55, 0x55, 0x55));
    private final ReportFonts.Style bold = new ReportFonts.Style(8, Font.BOLD);
    private final ReportFonts.Style chartCaption = new ReportFonts.Style(9, Font.NORMAL);
    private final ReportFonts.Style chartLabel = new ReportFonts.Style(7, Font.NORMAL);
    private final ReportFonts.Style cellLabel = new ReportFonts.Style(6, Font.NORMAL);

    private PdfReportWriter(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.m = Messages.in(this.locale);
    }

    /**
     * Writes the report of {@code r} in {@code locale}.
     *
     * @param context  where the analysis comes from (e.g. a workshop and its weights), already in {@code locale};
     *                 null for none
     * @param messages the translations of {@code locale}
     */
    public static void write(AnalysisReport r, ReportContext context, Locale locale, OutputStream out)
            throws IOException {
        new PdfReportWriter(locale).render(r, context, out);
    }

    private boolean chinese() {
        return TextBundles.chinese(locale);
    }

    private void render(AnalysisReport r, ReportContext context, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(m.get("analysis.pdf.docTitle"));
            // The document language, for screen readers and for copy-and-paste of the Chinese text.
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
                    new com.lowagie.text.pdf.PdfString(chinese() ? "zh-CN" : "en"));
            doc.open();
            doc.add(paragraph(m.get("analysis.pdf.title"), title));
            if (context != null) {
                doc.addSubject(context.title());
                doc.add(paragraph(context.title(), h2));
                for (String line : context.lines()) {
                    doc.add(paragraph(line, body));
                }
            }
            doc.add(paragraph(m.get("analysis.pdf.generated", GENERATED.format(r.generatedAt()),
                    r.ranking().ruleBaseVersion(), m.get(AnalysisText.mechanism(r.input().mechanism()).key()),
                    m.get(AnalysisText.view(r.input().view()).key())), body));
            doc.add(paragraph(m.get("analysis.pdf.money", MoneyFormat.unit(locale)), body));
            finance(doc, r);
            // The engine's detailed English note; in Chinese the shorter note the screen shows.
            doc.add(paragraph(chinese() ? m.get("analysis.published.note") : PublishedFigures.NOTE, small));
            ranking(doc, writer, r);
            if (context != null && context.committee() != null) {
                committee(doc, context.committee());
            }
            heatMaps(doc, writer, r);
            assumptions(doc, r);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF report could not be written", e);
        }
    }

    private void finance(Document doc, AnalysisReport r) throws DocumentException {
        doc.add(paragraph(m.get("analysis.pdf.finance.title"), h2));
        String[] labels = {m.get("analysis.ind.totalCost"), m.get("analysis.ind.totalRevenue"),
            m.get("analysis.ind.irr"), m.get("analysis.ind.npv"), m.get("analysis.ind.pb"),
            m.get("analysis.pdf.ind.staticPayback"), m.get("analysis.pdf.ind.dynamicPayback"),
            m.get("analysis.pdf.ind.costPerKwh"), m.get("analysis.pdf.ind.lcos")};
        for (CashFlowView v : CashFlowView.values()) {
            String[] head = new String[1 + 2 * r.finance().models().size()];
            head[0] = m.get("analysis.pdf.finance.indicator", m.get(AnalysisText.view(v).key()));
            int c = 1;
            for (ModelFinance mf : r.finance().models()) {
                head[c++] = mf.model().name();
                head[c++] = m.get("analysis.pdf.finance.published", mf.model().name());
            }
            PdfPTable t = table(head.length, head);
            // The indicator names (longer in Chinese, e.g. 动态投资回收期（年）) get the widest column.
            float[] widths = new float[head.length];
            java.util.Arrays.fill(widths, 1f);
            widths[0] = 1.9f;
            t.setWidths(widths);
            for (int row = 0; row < labels.length; row++) {
                final int k = row;
                t.addCell(cell(labels[k], bold));
                for (ModelFinance mf : r.finance().models()) {
                    ViewMetrics x = mf.result().metrics(v);
                    t.addCell(cell(ours(k, x), body));
                    t.addCell(cell(mf.published().map(p -> published(k, p)).orElse(m.get("analysis.irr.na")), body));
                }
            }
            doc.add(t);
        }
    }

    private String ours(int k, ViewMetrics x) {
        return switch (k) {
            case 0 -> num(x.totalCost() / 1e8, 2);
            case 1 -> num(x.totalRevenue() / 1e8, 2);
            case 2 -> irr(x.irr());
            case 3 -> num(x.npv() / 1e8, 2);
            case 4 -> num(x.priceToBook(), 2);
            case 5 -> payback(x.cashFlow().staticPayback());
            case 6 -> payback(x.cashFlow().dynamicPayback());
            case 7 -> num(x.costPerKwh(), 3);
            default -> num(x.lcos(), 3);
        };
    }

    private String published(int k, PublishedFigures.Row p) {
        return switch (k) {
            case 0 -> num(p.totalCost(), 2);
            case 1 -> num(p.totalRevenue(), 2);
            case 2 -> pct(p.irr());
            case 3 -> num(p.npv(), 2);
            case 5 -> p.staticPayback() == null ? m.get("analysis.payback.notReachedShort") : num(p.staticPayback(), 2);
            case 6 -> p.dynamicPayback() == null ? m.get("analysis.payback.notReachedShort")
                    : num(p.dynamicPayback(), 2);
            case 7 -> num(p.costPerKwh(), 2);
            default -> m.get("analysis.published.none");
        };
    }

    private String irr(IrrResult irr) {
        if (irr.value().isEmpty()) {
            return m.get("analysis.irr.notDefined");
        }
        String head = pct(irr.value().getAsDouble());
        return irr.ambiguous() ? head + " " + m.get("analysis.pdf.irrRoots", irr.roots().size()) : head;
    }

    /** Years to payback in the table's unit (years), or "not within N years". */
    private String payback(Payback p) {
        return p.years().isPresent() ? num(p.years().getAsDouble(), 2)
                : m.get("analysis.payback.notReached", ((Payback.NotReached) p).horizonYears());
    }

    private void ranking(Document doc, PdfWriter writer, AnalysisReport r) throws DocumentException {
        Recommendation rec = r.ranking().recommendation();
        doc.add(paragraph(m.get("analysis.pdf.ranking.title"), h2));
        int n = rec.indicators().criterionCount();
        List<String> criteria = rec.indicators().criteria().stream().map(c -> render(c.label())).toList();
        PdfPTable w = table(4, m.get("analysis.pdf.weights.criterion"), m.get("analysis.pdf.weights.subjective"),
                m.get("analysis.pdf.weights.entropy"), m.get("analysis.pdf.weights.combined"));
        for (int j = 0; j < n; j++) {
            w.addCell(cell(criteria.get(j), bold));
            w.addCell(cell(num(rec.weights().subjective()[j], 4), body));
            w.addCell(cell(num(rec.weights().objective()[j], 4), body));
            w.addCell(cell(num(rec.weights().weights()[j], 4), body));
        }
        doc.add(w);
        doc.add(bars(writer, m.get("analysis.pdf.weights.chart"), criteria, rec.weights().weights()));
        doc.add(bars(writer, m.get("analysis.pdf.closeness.chart"), rec.indicators().alternatives(),
                rec.topsis().closeness()));
        PdfPTable t = table(3, m.get("analysis.rank.rank"), m.get("analysis.rank.alternative"),
                m.get("analysis.rank.closeness"));
        for (int i : rec.topsis().order()) {
            t.addCell(cell(String.valueOf(rec.topsis().ranks()[i]), body));
            t.addCell(cell(rec.indicators().alternatives().get(i), bold));
            t.addCell(cell(num(rec.topsis().closeness()[i], 4), body));
        }
        doc.add(t);
        doc.add(paragraph(m.get("analysis.pdf.explanations"), h2));
        for (Text s : rec.explanations().sentences()) {
            doc.add(paragraph("• " + text(r, s), body));
        }
        if (rec.paperReplication() != null) {
            doc.add(paragraph(m.get("analysis.pdf.paperReplication", text(r, rec.paperReplication().explanation())),
                    body));
        }
        doc.add(paragraph(m.get("analysis.findings.title", r.ranking().ruleBaseVersion()), h2));
        if (r.findings().isEmpty()) {
            doc.add(paragraph(m.get("analysis.findings.none"), body));
        }
        for (ReportFinding f : r.findings()) {
            Paragraph p = new Paragraph(1.5f * body.size());
            p.add(bold.phrase(f.ruleId() + " [" + m.get(AnalysisText.severity(f.severity()).key()) + "] "));
            p.add(body.phrase(text(r, r.ranking().labelled(f.message()))));
            doc.add(p);
        }
        for (Text note : r.ranking().notes()) {
            doc.add(paragraph(m.get("analysis.pdf.note", text(r, note)), small));
        }
    }

    /** An engine sentence in the report's language, alternatives named by their translated labels. */
    private String text(AnalysisReport r, Text t) {
        return render(r.ranking().labelled(t));
    }

    private String render(Text t) {
        return m.get(t.key(), t.args().stream().map(a -> a instanceof Text nested ? render(nested) : a).toArray());
    }

    /** Horizontal bars drawn with PDF vector operators (no raster image). */
    private Image bars(PdfWriter writer, String caption, List<String> labels, double[] values)
            throws DocumentException {
        float rowH = 14;
        float width = 500;
        float height = 20 + rowH * labels.size();
        PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        max = max == 0 ? 1 : max;
        text(tpl, chartCaption, 0, height - 10, caption);
        for (int i = 0; i < labels.size(); i++) {
            float y = height - 24 - i * rowH;
            text(tpl, chartLabel, 0, y + 2, labels.get(i));
            float len = (float) (280 * values[i] / max);
            tpl.setColorFill(new Color(0x1b, 0x7f, 0x6b));
            tpl.rectangle(170, y, Math.max(len, 0.5f), rowH - 4);
            tpl.fill();
            text(tpl, chartLabel, 174 + len, y + 2, num(values[i], 4));
        }
        Image img = Image.getInstance(tpl);
        img.setAlignment(Element.ALIGN_LEFT);
        return img;
    }

    private void heatMaps(Document doc, PdfWriter writer, AnalysisReport r) throws DocumentException {
        doc.newPage();
        doc.add(paragraph(m.get("analysis.pdf.heat.title"), h2));
        for (IrrGrid g : r.grids()) {
            int rows = g.investments().length;
            int cols = g.spreads().length;
            float cw = 44;
            float ch = 15;
            float left = 40;
            float width = left + cols * cw + 4;
            float height = rows * ch + 34;
            PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
            text(tpl, chartCaption, 0, height - 10, m.get("analysis.pdf.heat.caption", g.model().name(),
                    pct(g.discountRate())));
            for (int i = 0; i < rows; i++) {
                float y = 14 + i * ch;
                text(tpl, cellLabel, 2, y + 4, num(g.investments()[i], 2));
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
                    text(tpl, cellLabel, x + 8, y + 4, v == null ? m.get("analysis.irr.na") : num(100 * v, 1));
                }
            }
            for (int j = 0; j < cols; j++) {
                text(tpl, cellLabel, left + j * cw + 10, 4, num(g.spreads()[j], 2));
            }
            doc.add(Image.getInstance(tpl));
        }
        doc.add(paragraph(m.get("analysis.pdf.heat.axes"), small));
    }

    private static Color shade(double irr, double rate) {
        double p = Math.max(-1, Math.min(1, (irr - rate) / 0.15));
        int light = (int) Math.round(245 - 130 * Math.abs(p));
        return p >= 0 ? new Color(light - 40, Math.min(255, light + 10), light - 40)
                : new Color(Math.min(255, light + 10), light - 50, light - 50);
    }

    /**
     * The committee's record: what the results rest on, the hierarchy with global weights, every group's aggregated
     * matrix, weights, CR and S*, each expert's CR and judgements, and the eligibility findings with rule IDs.
     */
    private void committee(Document doc, com.sesadvisor.analysis.CommitteeRecord c) throws DocumentException {
        doc.newPage();
        doc.add(paragraph(m.get("analysis.committee.title"), h2));
        doc.add(paragraph(m.get("analysis.committee.standing", c.finishedExperts(), c.invitedExperts(), c.quorum(),
                m.get(c.provisional() ? "analysis.committee.isProvisional" : "analysis.committee.isFinal"),
                c.aggregation()), body));
        if (c.anonymised()) {
            doc.add(paragraph(m.get("analysis.committee.anonymisedNote"), small));
        }
        PdfPTable h = table(3, m.get("analysis.xlsx.id"), m.get("analysis.committee.label"),
                m.get("analysis.committee.globalWeight"));
        h.setWidths(new float[] {1.6f, 3.4f, 1.2f});
        java.util.Map<String, Integer> depth = new java.util.HashMap<>();
        for (com.sesadvisor.analysis.CommitteeRecord.Node n : c.hierarchy()) {
            int d = n.parentId() == null ? 0 : depth.getOrDefault(n.parentId(), 0) + 1;
            depth.put(n.id(), d);
            h.addCell(cell(n.id(), key));
            h.addCell(cell("  ".repeat(d * 2) + n.label().in(locale), d == 0 ? bold : body));
            h.addCell(cell(n.globalWeight() == null ? "—" : pct(n.globalWeight()), body));
        }
        doc.add(h);
        for (com.sesadvisor.analysis.CommitteeRecord.Group g : c.groups()) {
            List<String> names = g.elements().stream().map(l -> l.in(locale)).toList();
            doc.add(paragraph(m.get("analysis.committee.groupHeading", g.label().in(locale), g.experts(),
                    g.cr() == null ? "—" : num(g.cr(), 3), g.consensus() == null ? "—" : pct(g.consensus())), bold));
            String[] head = new String[names.size() + 2];
            head[0] = m.get("analysis.committee.aggregated");
            for (int i = 0; i < names.size(); i++) {
                head[i + 1] = names.get(i);
            }
            head[names.size() + 1] = m.get("analysis.committee.weight");
            PdfPTable t = table(names.size() + 2, head);
            for (int a = 0; a < names.size(); a++) {
                t.addCell(cell(names.get(a), body));
                for (int b = 0; b < names.size(); b++) {
                    t.addCell(cell(g.aggregatedMatrix() == null ? "—" : num(g.aggregatedMatrix()[a][b], 3), body));
                }
                t.addCell(cell(g.weights() == null ? "—" : pct(g.weights()[a]), bold));
            }
            doc.add(t);
            if (!g.judgements().isEmpty()) {
                PdfPTable e = table(5, m.get("analysis.committee.expert"), m.get("analysis.committee.status"),
                        m.get("analysis.committee.cr"), m.get("analysis.committee.included"),
                        m.get("analysis.committee.judgements"));
                e.setWidths(new float[] {1.6f, 0.9f, 0.7f, 0.8f, 4f});
                for (com.sesadvisor.analysis.CommitteeRecord.Judgement j : g.judgements()) {
                    e.addCell(cell(j.expert() + " (" + num(j.weight(), 2) + ")", body));
                    e.addCell(cell(j.status(), body));
                    e.addCell(cell(j.cr() == null ? "—" : num(j.cr(), 3), Boolean.FALSE.equals(j.consistent())
                            ? bold : body));
                    e.addCell(cell(m.get(j.included() ? "analysis.committee.yes" : "analysis.committee.no"), body));
                    e.addCell(cell(upper(j.matrix()), small));
                    if (!j.comments().isEmpty()) {
                        PdfPCell why = cell(comments(j, names), small);
                        why.setColspan(5);
                        e.addCell(why);
                    }
                }
                doc.add(e);
            }
        }
        doc.add(paragraph(m.get("analysis.committee.eligibilityHeading", c.ruleSet() == null ? "—" : c.ruleSet(),
                c.eligible() == null ? "—" : m.get(c.eligible() ? "analysis.committee.yes" : "analysis.committee.no")),
                bold));
        if (!c.eligibility().isEmpty()) {
            PdfPTable e = table(3, m.get("analysis.xlsx.rule"), m.get("analysis.committee.passed"),
                    m.get("analysis.xlsx.message"));
            e.setWidths(new float[] {1.4f, 0.8f, 5f});
            for (com.sesadvisor.analysis.CommitteeRecord.RuleOutcome o : c.eligibility()) {
                e.addCell(cell(o.ruleId(), body));
                e.addCell(cell(m.get(o.passed() ? "analysis.committee.yes" : "analysis.committee.no"),
                        o.passed() ? body : bold));
                e.addCell(cell(o.message(), body));
            }
            doc.add(e);
        }
    }

    /** An expert's comments on their judgements, "Why — A vs B: text; C vs D: text". */
    private String comments(com.sesadvisor.analysis.CommitteeRecord.Judgement j, List<String> names) {
        StringBuilder sb = new StringBuilder(m.get("analysis.committee.comments")).append(" — ");
        for (int k = 0; k < j.comments().size(); k++) {
            com.sesadvisor.analysis.CommitteeRecord.Comment c = j.comments().get(k);
            sb.append(k == 0 ? "" : "; ").append(m.get("analysis.committee.commentPair", names.get(c.row()),
                    names.get(c.col()), c.text()));
        }
        return sb.toString();
    }

    /** An expert's judgements above the diagonal, "a12 a13 ... | a23 ...", blanks as "?". */
    private String upper(Double[][] matrix) {
        if (matrix == null) {
            return "—";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = i + 1; j < matrix.length; j++) {
                Double v = matrix[i][j];
                sb.append(v == null ? "?" : v >= 1 ? plain(Math.round(v * 1000) / 1000.0)
                        : "1/" + plain(Math.round(1000 / v) / 1000.0)).append(' ');
            }
            if (i < matrix.length - 2) {
                sb.append("| ");
            }
        }
        return sb.toString().strip();
    }

    private void assumptions(Document doc, AnalysisReport r) throws DocumentException {
        doc.newPage();
        doc.add(paragraph(m.get("analysis.pdf.assumptions.title"), h2));
        PdfPTable t = table(5, m.get("analysis.pdf.assumptions.assumption"), m.get("analysis.pdf.assumptions.value"),
                m.get("analysis.pdf.assumptions.unit"), m.get("analysis.pdf.assumptions.default"),
                m.get("analysis.pdf.assumptions.provenance"));
        t.setWidths(new float[] {3.2f, 1.3f, 1.5f, 1.1f, 1.1f});
        for (AssumptionValue a : r.input().assumptions().describe()) {
            // The label in the reader's language, the key (as in the Excel and JSON exports) under it.
            Phrase name = body.phrase(m.get(AnalysisText.field(AssumptionField.byKey(a.key())).key()) + "\n");
            name.add(key.phrase(a.key()));
            t.addCell(cell(name));
            boolean yesNo = a.kind() == AssumptionField.Kind.BOOLEAN;
            t.addCell(cell(a.option() != null ? a.option() : yesNo ? yesNo(a.value()) : plain(a.value()), body));
            t.addCell(cell(yesNo ? "" : unit(a.unit()), body));
            t.addCell(cell(a.kind() == AssumptionField.Kind.CHOICE && a.defaultValue() < a.options().size()
                    ? a.options().get((int) a.defaultValue()) : yesNo ? yesNo(a.defaultValue()) : plain(a.defaultValue()),
                    body));
            String source = r.input().sourceOf(a);
            String provenance = m.get(AnalysisText.source(source).key());
            t.addCell(cell(provenance, source.equals("USER") ? bold : body));
        }
        doc.add(t);
        Map<String, Double> weights = r.input().subjectiveWeights();
        doc.add(paragraph(m.get("analysis.pdf.subjectiveWeights", weights.entrySet().stream()
                .map(e -> render(criterion(r.input(), e.getKey()).label()) + " " + num(e.getValue(), 4))
                .collect(Collectors.joining(chinese() ? "；" : "; "))), body));
        if (r.input().ruleSetName() != null) {
            doc.add(paragraph(m.get(Boolean.TRUE.equals(r.input().eligible()) ? "analysis.eligibility.eligible"
                    : "analysis.eligibility.notEligible", r.input().ruleSetName()), body));
        }
    }

    /** A weighted column: supplied (scenario, committee) or catalogued. */
    private static com.sesadvisor.engine.recommend.Criterion criterion(com.sesadvisor.analysis.AnalysisInput in,
                                                                       String id) {
        return in.suppliedIndicators().stream().map(s -> s.criterion()).filter(c -> c.id().equals(id)).findFirst()
                .orElseGet(() -> CriteriaCatalogue.byId(id));
    }

    private String yesNo(double v) {
        return m.get(v != 0 ? "analysis.pdf.yes" : "analysis.pdf.no");
    }

    /** Engine units (e.g. "CNY/kWh", "years") in the reader's language; key: non-alphanumerics as '_'. */
    private String unit(String unit) {
        return unit == null || unit.isBlank() ? "" : m.get(AnalysisText.pdfUnit(unit).key());
    }

    private static void text(PdfTemplate tpl, ReportFonts.Style style, float x, float y, String s) {
        tpl.setColorFill(Color.BLACK);
        ColumnText.showTextAligned(tpl, Element.ALIGN_LEFT, style.phrase(s), x, y, 0);
    }

    private static Paragraph paragraph(String s, ReportFonts.Style style) {
        return new Paragraph(style.phrase(s));
    }

    private PdfPTable table(int cols, String... head) {
        PdfPTable t = new PdfPTable(cols);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (String h : head) {
            PdfPCell c = cell(h, bold);
            c.setBackgroundColor(new Color(230, 240, 236));
            t.addCell(c);
        }
        t.setHeaderRows(1);
        return t;
    }

    private static PdfPCell cell(String s, ReportFonts.Style style) {
        return cell(style.phrase(s));
    }

    private static PdfPCell cell(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setPadding(2.5f);
        // Room for descenders and for Chinese glyphs, which fill the whole em square.
        c.setLeading(0, 1.2f);
        c.setUseDescender(true);
        return c;
    }

    private String num(double v, int digits) {
        return MoneyFormat.number(v, digits, locale);
    }

    private String pct(double fraction) {
        return MoneyFormat.percent(fraction, 2, locale);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
