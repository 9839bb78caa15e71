package com.sesadvisor.analysis.report;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.ModelFinance;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.ReportFinding;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.YearRow;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The analysis as an Excel workbook, so an analyst can recompute any figure: assumptions (with provenance and
 * meaning), yearly cash flows per model and view, the indicator matrix, weights, TOPSIS, the findings and the
 * explanations. Money in CNY. Everything a person reads (sheet and column names, labels, units, meanings, findings,
 * explanations) is in the reader's language; keys, codes and numbers stay as the API has them.
 */
public final class XlsxReportWriter {

    private XlsxReportWriter() {
    }

    /** Translations in one language. */
    private record Words(Locale locale, RankingOutcome ranking) {

        String t(String key, Object... args) {
            return TextRenderer.translate(key, locale, args);
        }

        String text(Text text) {
            return text == null ? "" : TextRenderer.render(ranking.labelled(text), locale);
        }

        String alternative(String name) {
            Text label = ranking.label(name);
            return label == null ? name : text(label);
        }

        String criterion(Criterion c) {
            Text unit = c.unitText();
            return unit == null ? text(c.label()) : text(c.label()) + " (" + text(unit) + ")";
        }
    }

    public static void write(AnalysisReport r, Locale locale, OutputStream out) throws IOException {
        write(r, null, locale, out);
    }

    /**
     * The workbook; with a workshop's {@link com.sesadvisor.analysis.CommitteeRecord} (in {@code context}) first a
     * status sheet, the hierarchy, one sheet per compared group (the aggregated matrix and weights, then each expert's
     * matrix with their CR) and the eligibility findings.
     */
    public static void write(AnalysisReport r, com.sesadvisor.analysis.ReportContext context, Locale locale,
                             OutputStream out) throws IOException {
        Words w = new Words(locale, r.ranking());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (context != null && context.committee() != null) {
                committee(wb, context, w);
            }
            assumptions(wb.createSheet(w.t("analysis.xlsx.sheet.assumptions")), r, w);
            for (ModelFinance m : r.finance().models()) {
                for (CashFlowView v : CashFlowView.values()) {
                    yearly(wb.createSheet(m.model().name() + " " + v.name().replace("PROJECT_", "")), m, v, w);
                }
            }
            indicators(wb.createSheet(w.t("analysis.xlsx.sheet.indicators")), r, w);
            Recommendation rec = r.ranking().recommendation();
            Sheet ws = wb.createSheet(w.t("analysis.xlsx.sheet.weights"));
            row(ws, 0, w.t("analysis.xlsx.criterion"), w.t("analysis.xlsx.subjective"), w.t("analysis.xlsx.entropy"),
                    w.t("analysis.xlsx.combined"), w.t("analysis.xlsx.id"));
            for (int j = 0; j < rec.indicators().criterionCount(); j++) {
                Criterion c = rec.indicators().criteria().get(j);
                row(ws, j + 1, w.text(c.label()), rec.weights().subjective()[j], rec.weights().objective()[j],
                        rec.weights().weights()[j], c.id());
            }
            Sheet t = wb.createSheet(w.t("analysis.xlsx.sheet.topsis"));
            row(t, 0, w.t("analysis.xlsx.alternative"), "S+", "S-", w.t("analysis.xlsx.closeness"),
                    w.t("analysis.xlsx.rank"));
            for (int i = 0; i < rec.indicators().alternativeCount(); i++) {
                row(t, i + 1, w.alternative(rec.indicators().alternatives().get(i)),
                        rec.topsis().distanceToIdeal()[i], rec.topsis().distanceToAntiIdeal()[i],
                        rec.topsis().closeness()[i], rec.topsis().ranks()[i]);
            }
            Sheet f = wb.createSheet(w.t("analysis.xlsx.sheet.findings"));
            row(f, 0, w.t("analysis.xlsx.rule"), w.t("analysis.xlsx.severity"), w.t("analysis.xlsx.message"),
                    w.t("analysis.xlsx.ruleBaseVersion"));
            int k = 1;
            for (ReportFinding x : r.findings()) {
                row(f, k++, x.ruleId(), x.severity(), w.text(r.ranking().labelled(x.message())),
                        r.ranking().ruleBaseVersion());
            }
            explanations(wb.createSheet(w.t("analysis.xlsx.sheet.explanations")), r, w);
            wb.write(out);
        }
    }

    private static void assumptions(Sheet s, AnalysisReport r, Words w) {
        row(s, 0, w.t("analysis.xlsx.key"), w.t("analysis.xlsx.value"), w.t("analysis.xlsx.unit"),
                w.t("analysis.xlsx.default"), w.t("analysis.xlsx.provenance"), w.t("analysis.xlsx.description"),
                w.t("analysis.xlsx.label"));
        int i = 1;
        for (AssumptionValue a : r.input().assumptions().describe()) {
            AssumptionField f = AssumptionField.byKey(a.key());
            row(s, i++, a.key(), a.value(), w.text(f.unitText()), a.defaultValue(),
                    w.t(AnalysisText.source(r.input().sourceOf(a)).key()), w.text(f.descriptionText()),
                    w.t(AnalysisText.field(f).key()));
        }
        row(s, i++, "mechanism", r.input().mechanism().name(), null, null, null,
                w.t(AnalysisText.mechanism(r.input().mechanism()).key()), w.t(AnalysisText.FORM_MECHANISM.key()));
        row(s, i, "view", r.input().view().name(), null, null, null, w.t(AnalysisText.view(r.input().view()).key()),
                w.t("analysis.form.view"));
    }

    /** Column keys of the yearly table after the revenue streams (the screen's, in the same order as below). */
    private static final String[] YEARLY = AnalysisText.YEARLY_COLUMNS.toArray(String[]::new);

    private static void yearly(Sheet s, ModelFinance m, CashFlowView v, Words w) {
        List<RevenueStream> streams = m.result().streams();
        Row h = s.createRow(0);
        int c = 0;
        h.createCell(c++).setCellValue(w.t("analysis.yearly.year"));
        for (RevenueStream st : streams) {
            h.createCell(c++).setCellValue(w.t(AnalysisText.stream(st).key()));
        }
        for (String name : YEARLY) {
            h.createCell(c++).setCellValue(w.t(AnalysisText.yearly(name).key()));
        }
        int i = 1;
        for (YearRow y : m.result().rows(v)) {
            Row row = s.createRow(i++);
            int k = 0;
            row.createCell(k++).setCellValue(y.year());
            for (RevenueStream st : streams) {
                row.createCell(k++).setCellValue(y.revenueByStream().getOrDefault(st, 0.0));
            }
            for (double x : new double[] {y.revenueTotal(), y.opex(), y.investment(), y.equityInjection(),
                y.replacement(), y.recovery(), y.depreciation(), y.interest(), y.principal(), y.vatPayable(),
                y.vatRefund(), y.surcharges(), y.incomeTax(), y.netProfit(), y.cashInflow(), y.cashOutflow(),
                y.netCashFlow(), y.cumulativeCashFlow(), y.discountedCashFlow(), y.cumulativeDiscountedCashFlow()}) {
                row.createCell(k++).setCellValue(x);
            }
        }
    }

    private static void indicators(Sheet s, AnalysisReport r, Words w) {
        row(s, 0, w.t("analysis.xlsx.model"), w.t("analysis.xlsx.view"), w.t("analysis.ind.irr"),
                w.t("analysis.ind.npv"), w.t("analysis.ind.totalCost"), w.t("analysis.ind.totalRevenue"),
                w.t("analysis.ind.pb"), w.t("analysis.xlsx.staticPayback"), w.t("analysis.xlsx.dynamicPayback"),
                w.t("analysis.ind.costPerKwh"), w.t("analysis.ind.lcos"));
        int i = 1;
        for (ModelFinance m : r.finance().models()) {
            for (CashFlowView v : CashFlowView.values()) {
                ViewMetrics x = m.result().metrics(v);
                row(s, i++, m.model().name(), w.t(AnalysisText.view(v).key()), x.irr().valueOrNull(), x.npv(),
                        x.totalCost(), x.totalRevenue(), x.priceToBook(), x.cashFlow().staticPayback().yearsOrNull(),
                        x.cashFlow().dynamicPayback().yearsOrNull(), x.costPerKwh(), x.lcos());
            }
        }
        Recommendation rec = r.ranking().recommendation();
        i++;
        Row h = s.createRow(i++);
        h.createCell(0).setCellValue(w.t("analysis.xlsx.topsisMatrix"));
        for (int j = 0; j < rec.indicators().criterionCount(); j++) {
            h.createCell(j + 1).setCellValue(w.criterion(rec.indicators().criteria().get(j)));
        }
        for (int a = 0; a < rec.indicators().alternativeCount(); a++) {
            Row row = s.createRow(i++);
            row.createCell(0).setCellValue(w.alternative(rec.indicators().alternatives().get(a)));
            for (int j = 0; j < rec.indicators().criterionCount(); j++) {
                row.createCell(j + 1).setCellValue(rec.indicators().value(a, j));
            }
        }
    }

    /** The ranking in plain words, the paper replication and every note on how a number was obtained. */
    private static void explanations(Sheet s, AnalysisReport r, Words w) {
        Recommendation rec = r.ranking().recommendation();
        List<Object[]> rows = new ArrayList<>();
        rec.explanations().sentences().forEach(x -> rows.add(new Object[] {w.t("analysis.explain.summary"),
            w.text(x)}));
        if (rec.paperReplication() != null) {
            rows.add(new Object[] {w.t("analysis.explain.replication"), w.text(rec.paperReplication().explanation())});
        }
        r.ranking().notes().forEach(x -> rows.add(new Object[] {w.t("analysis.xlsx.note"), w.text(x)}));
        rec.notes().forEach(x -> rows.add(new Object[] {w.t("analysis.xlsx.note"), w.text(x)}));
        row(s, 0, w.t("analysis.xlsx.topic"), w.t("analysis.xlsx.text"));
        for (int i = 0; i < rows.size(); i++) {
            row(s, i + 1, rows.get(i));
        }
    }

    private static void committee(XSSFWorkbook wb, com.sesadvisor.analysis.ReportContext context, Words w) {
        com.sesadvisor.analysis.CommitteeRecord c = context.committee();
        Sheet status = wb.createSheet(w.t("analysis.committee.sheet.committee"));
        int i = 0;
        row(status, i++, context.title());
        for (String line : context.lines()) {
            row(status, i++, line);
        }
        row(status, i++, w.t("analysis.committee.quorum"), c.quorum());
        row(status, i++, w.t("analysis.committee.finished"), c.finishedExperts(), c.invitedExperts());
        row(status, i++, w.t("analysis.committee.complete"), String.valueOf(c.complete()));
        row(status, i++, w.t("analysis.committee.quorumMet"), String.valueOf(c.quorumMet()));
        row(status, i++, w.t("analysis.committee.provisional"), String.valueOf(c.provisional()));
        row(status, i++, w.t("analysis.committee.aggregation"), c.aggregation());
        row(status, i, w.t("analysis.committee.anonymised"), String.valueOf(c.anonymised()));

        Sheet h = wb.createSheet(w.t("analysis.committee.sheet.hierarchy"));
        row(h, 0, w.t("analysis.xlsx.id"), w.t("analysis.committee.parent"), w.t("analysis.committee.label"),
                "en", "zh", w.t("analysis.committee.globalWeight"));
        int k = 1;
        for (com.sesadvisor.analysis.CommitteeRecord.Node n : c.hierarchy()) {
            row(h, k++, n.id(), n.parentId(), n.label().in(w.locale()), n.label().en(), n.label().zh(),
                    n.globalWeight());
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        for (com.sesadvisor.analysis.CommitteeRecord.Group g : c.groups()) {
            Sheet s = wb.createSheet(sheetName(w.t("analysis.committee.sheet.group", g.label().in(w.locale())), used));
            int r = 0;
            List<String> names = g.elements().stream().map(l -> l.in(w.locale())).toList();
            row(s, r++, w.t("analysis.committee.group"), g.label().in(w.locale()), g.nodeId());
            row(s, r++, w.t("analysis.committee.experts"), g.experts(), w.t("analysis.committee.cr"), g.cr(),
                    "S*", g.consensus(), g.consensusLabel());
            r++;
            row(s, r++, header(w.t("analysis.committee.aggregated"), names, w.t("analysis.committee.weight")));
            for (int a = 0; a < names.size(); a++) {
                Object[] cells = new Object[names.size() + 2];
                cells[0] = names.get(a);
                for (int b = 0; b < names.size(); b++) {
                    cells[b + 1] = g.aggregatedMatrix() == null ? null : g.aggregatedMatrix()[a][b];
                }
                cells[names.size() + 1] = g.weights() == null ? null : g.weights()[a];
                row(s, r++, cells);
            }
            for (com.sesadvisor.analysis.CommitteeRecord.Judgement j : g.judgements()) {
                r++;
                row(s, r++, j.expert(), w.t("analysis.committee.expertWeight"), j.weight(),
                        w.t("analysis.committee.status"), j.status(), w.t("analysis.committee.cr"), j.cr(),
                        w.t("analysis.committee.included"), String.valueOf(j.included()));
                row(s, r++, header(j.expert(), names, null));
                for (int a = 0; a < names.size(); a++) {
                    Object[] cells = new Object[names.size() + 1];
                    cells[0] = names.get(a);
                    for (int b = 0; b < names.size(); b++) {
                        cells[b + 1] = j.matrix() == null ? null : j.matrix()[a][b];
                    }
                    row(s, r++, cells);
                }
                for (com.sesadvisor.analysis.CommitteeRecord.Comment why : j.comments()) {
                    row(s, r++, w.t("analysis.committee.comments"), names.get(why.row()), names.get(why.col()),
                            why.text());
                }
            }
        }
        indicatorSources(wb.createSheet(w.t("analysis.committee.sheet.sources")), c, w);
        Sheet e = wb.createSheet(w.t("analysis.committee.sheet.eligibility"));
        row(e, 0, w.t("analysis.committee.ruleSet"), c.ruleSet(), w.t("analysis.committee.eligible"),
                c.eligible() == null ? null : String.valueOf(c.eligible()));
        row(e, 1, w.t("analysis.xlsx.rule"), w.t("analysis.committee.passed"), w.t("analysis.xlsx.message"));
        int x = 2;
        for (com.sesadvisor.analysis.CommitteeRecord.RuleOutcome o : c.eligibility()) {
            row(e, x++, o.ruleId(), String.valueOf(o.passed()), o.message());
        }
    }

    /** Every indicator: its weight, where its values come from (and who decided, when, why) and the models' values. */
    private static void indicatorSources(Sheet s, com.sesadvisor.analysis.CommitteeRecord c, Words w) {
        row(s, 0, w.t("analysis.xlsx.id"), w.t("analysis.committee.criterion"), w.t("analysis.committee.indicator"),
                w.t("analysis.committee.globalWeight"), w.t("analysis.committee.sourceCode"),
                w.t("analysis.committee.source"), "CSSES", "TISES", "DSSES", w.t("analysis.committee.cr"),
                w.t("analysis.committee.experts"), w.t("analysis.committee.decidedBy"),
                w.t("analysis.committee.decidedAt"), w.t("analysis.committee.reason"));
        int r = 1;
        for (com.sesadvisor.analysis.CommitteeRecord.IndicatorSourceRow i : c.indicators()) {
            row(s, r++, i.id(), i.criterion(), i.name(), i.weight(), i.source(), i.sourceText(),
                    i.values().get("CSSES"), i.values().get("TISES"), i.values().get("DSSES"), i.cr(),
                    i.experts(), i.decidedBy(), i.decidedAt(), i.reason());
        }
    }

    private static Object[] header(String first, List<String> names, String last) {
        List<Object> h = new ArrayList<>();
        h.add(first);
        h.addAll(names);
        if (last != null) {
            h.add(last);
        }
        return h.toArray();
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
    private static String sheetName(String wanted, java.util.Set<String> used) {
        String base = wanted.replaceAll("[\\\\\\[\\]:*?/]", " ");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** One row; null leaves the cell empty (e.g. an undefined IRR), never 0. */
    private static void row(Sheet s, int index, Object... cells) {
        Row row = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }
}
