package com.sesadvisor.analysis.report;

import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.ModelFinance;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.YearRow;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The analysis as an Excel workbook, so an analyst can recompute any figure: assumptions (with provenance),
 * yearly cash flows per model and view, the indicator matrix, weights, TOPSIS and the findings. Money in CNY.
 */
public final class XlsxReportWriter {

    private XlsxReportWriter() {
    }

    public static void write(AnalysisReport r, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            assumptions(wb.createSheet("Assumptions"), r);
            for (ModelFinance m : r.finance().models()) {
                for (CashFlowView v : CashFlowView.values()) {
                    yearly(wb.createSheet(m.model().name() + " " + v.name().replace("PROJECT_", "")), m, v);
                }
            }
            indicators(wb.createSheet("Indicators"), r);
            Recommendation rec = r.ranking().recommendation();
            Sheet w = wb.createSheet("Weights");
            row(w, 0, "criterion", "subjective", "entropy", "combined");
            for (int j = 0; j < rec.indicators().criterionCount(); j++) {
                row(w, j + 1, rec.indicators().criteria().get(j).id(), rec.weights().subjective()[j],
                        rec.weights().objective()[j], rec.weights().weights()[j]);
            }
            Sheet t = wb.createSheet("TOPSIS");
            row(t, 0, "alternative", "S+", "S-", "closeness", "rank");
            for (int i = 0; i < rec.indicators().alternativeCount(); i++) {
                row(t, i + 1, rec.indicators().alternatives().get(i), rec.topsis().distanceToIdeal()[i],
                        rec.topsis().distanceToAntiIdeal()[i], rec.topsis().closeness()[i], rec.topsis().ranks()[i]);
            }
            Sheet f = wb.createSheet("Findings");
            row(f, 0, "rule", "severity", "message", "rule base version");
            int k = 1;
            for (Finding x : r.ranking().findings()) {
                row(f, k++, x.ruleId(), x.severity().name(), x.message(locale), r.ranking().ruleBaseVersion());
            }
            wb.write(out);
        }
    }

    private static void assumptions(Sheet s, AnalysisReport r) {
        row(s, 0, "key", "value", "unit", "default", "provenance", "description");
        int i = 1;
        for (AssumptionValue a : r.input().assumptions().describe()) {
            row(s, i++, a.key(), a.value(), a.unit(), a.defaultValue(), a.provenance().name(), a.description());
        }
        row(s, i++, "mechanism", r.input().mechanism().name());
        row(s, i, "view", r.input().view().name());
    }

    private static void yearly(Sheet s, ModelFinance m, CashFlowView v) {
        List<RevenueStream> streams = m.result().streams();
        Row h = s.createRow(0);
        int c = 0;
        h.createCell(c++).setCellValue("year");
        for (RevenueStream st : streams) {
            h.createCell(c++).setCellValue(st.name());
        }
        for (String name : new String[] {"revenue_total", "opex", "investment", "equity_injection", "replacement",
            "recovery", "depreciation", "interest", "principal", "vat_payable", "vat_refund", "surcharges",
            "income_tax", "net_profit", "cash_inflow", "cash_outflow", "net_cash_flow", "cumulative",
            "discounted", "cumulative_discounted"}) {
            h.createCell(c++).setCellValue(name);
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

    private static void indicators(Sheet s, AnalysisReport r) {
        row(s, 0, "model", "view", "IRR", "NPV", "total cost", "total revenue", "P/B", "static payback",
                "dynamic payback", "cost per kWh", "LCOS");
        int i = 1;
        for (ModelFinance m : r.finance().models()) {
            for (CashFlowView v : CashFlowView.values()) {
                ViewMetrics x = m.result().metrics(v);
                row(s, i++, m.model().name(), v.name(), x.irr().valueOrNull(), x.npv(), x.totalCost(),
                        x.totalRevenue(), x.priceToBook(), x.cashFlow().staticPayback().yearsOrNull(),
                        x.cashFlow().dynamicPayback().yearsOrNull(), x.costPerKwh(), x.lcos());
            }
        }
        Recommendation rec = r.ranking().recommendation();
        i++;
        Row h = s.createRow(i++);
        h.createCell(0).setCellValue("TOPSIS matrix");
        for (int j = 0; j < rec.indicators().criterionCount(); j++) {
            h.createCell(j + 1).setCellValue(rec.indicators().criteria().get(j).id() + " ("
                    + rec.indicators().criteria().get(j).unit() + ")");
        }
        for (int a = 0; a < rec.indicators().alternativeCount(); a++) {
            Row row = s.createRow(i++);
            row.createCell(0).setCellValue(rec.indicators().alternatives().get(a));
            for (int j = 0; j < rec.indicators().criterionCount(); j++) {
                row.createCell(j + 1).setCellValue(rec.indicators().value(a, j));
            }
        }
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
