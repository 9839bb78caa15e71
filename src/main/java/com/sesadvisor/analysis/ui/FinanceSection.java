package com.sesadvisor.analysis.ui;

import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.party.PartyBreakdown;
import com.sesadvisor.engine.finance.party.PartyCashFlows;
import com.sesadvisor.engine.finance.party.PartyFlows;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.FinanceOutcome;
import com.sesadvisor.analysis.ModelFinance;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.finance.YearRow;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finance indicators of the three models in each cash-flow view, the paper's published figures beside ours
 * (labelled, with the note on why they differ), and each model's yearly cash-flow table.
 */
class FinanceSection extends VerticalLayout {

    FinanceSection() {
        addClassName("finance-section");
        setPadding(false);
    }

    void show(FinanceOutcome f) {
        removeAll();
        Labels l = new Labels(this);
        for (CashFlowView v : CashFlowView.values()) {
            add(new H3(l.t(AnalysisText.view(v).key())));
            add(indicatorTable(f, v, l));
        }
        Paragraph note = new Paragraph(l.t("analysis.published.note"));
        note.addClassName("published-note");
        note.setId("published-note");
        add(note);
        CashFlowView v = f.input().view();
        for (ModelFinance m : f.models()) {
            Details d = new Details(l.t("analysis.yearly.title", m.model().name(), l.t(AnalysisText.view(v).key())),
                    yearly(m, v, l));
            d.setId("yearly-" + m.model().name());
            add(d);
        }
        H3 parties = new H3(l.t("parties.title"));
        parties.setId("parties-title");
        add(parties);
        for (ModelFinance m : f.models()) {
            add(parties(PartyCashFlows.of(m.result()), l));
        }
    }

    /**
     * Who pays and who earns in one model: the parties the model's inputs define (their parts add up to the
     * project's pre-tax flows, the largest difference shown), their IRR and NPV, the formula behind each, and what
     * the model does not split, in words and without numbers.
     */
    private Div parties(PartyBreakdown b, Labels l) {
        Div box = new Div();
        String model = b.model().name();
        box.setId("parties-" + model);
        box.addClassName("parties");
        box.add(new H4(l.t("parties.model", model)));
        box.add(new Paragraph(l.t("parties.intro", l.num(b.largestGap(), 6), l.t(b.owner().label().key()))));
        HtmlTable t = new HtmlTable("parties-table", null).header(l.t("parties.col.party"), l.t("parties.col.total"),
                l.t("parties.col.npv"), l.t("parties.col.irr"));
        List<PartyFlows> rows = new ArrayList<>(b.parts());
        rows.addAll(b.counterparties());
        UnorderedList basis = new UnorderedList();
        basis.addClassName("parties-basis");
        for (PartyFlows p : rows) {
            String irr = p.irr() instanceof IrrResult.NotDefined nd
                    ? l.t("parties.irr.notDefined", l.text(nd.reason())) : l.irr(p.irr());
            String party = l.t(p.party().label().key());
            t.row(party, new String[] {l.money(p.total()), l.money(p.npv()), irr}, null,
                    "party-" + p.party().name().toLowerCase(Locale.ROOT));
            basis.add(new ListItem(party + ": " + l.text(p.basis())));
        }
        box.add(t.build(), new Paragraph(l.t("parties.col.basis")), basis);
        Paragraph title = new Paragraph(l.t("parties.notDefined.title"));
        title.addClassName("parties-not-defined-title");
        UnorderedList missing = new UnorderedList();
        missing.addClassName("parties-not-defined");
        b.notDefined().forEach(n -> missing.add(new ListItem(l.text(n))));
        box.add(title, missing);
        List<String> head = new ArrayList<>(List.of(l.t("parties.col.year"), l.t("parties.row.project")));
        rows.forEach(p -> head.add(l.t(p.party().label().key())));
        HtmlTable y = new HtmlTable("yearly-table", l.t("analysis.yearly.unit")).header(head.toArray(String[]::new));
        double[] project = b.project();
        List<double[]> flows = rows.stream().map(PartyFlows::flows).toList();
        for (int year = 0; year < project.length; year++) {
            List<String> c = new ArrayList<>(List.of(w(l, project[year])));
            for (double[] f : flows) {
                c.add(w(l, f[year]));
            }
            y.row(String.valueOf(year), c.toArray(String[]::new));
        }
        Details d = new Details(l.t("parties.yearly"), y.build());
        d.setId("parties-yearly-" + model);
        box.add(d);
        return box;
    }

    private com.vaadin.flow.component.Html indicatorTable(FinanceOutcome f, CashFlowView v, Labels l) {
        List<String> head = new ArrayList<>();
        head.add(l.t("analysis.indicator"));
        for (ModelFinance m : f.models()) {
            head.add(m.model().name());
        }
        HtmlTable t = new HtmlTable("indicator-table", null).header(head.toArray(String[]::new));
        String view = v.name().toLowerCase().replace('_', '-');
        addRow(t, f, v, l, "analysis.ind.totalCost", "total-cost", view, m -> l.money(m.totalCost()),
                p -> l.money(p.totalCost() * 1e8));
        addRow(t, f, v, l, "analysis.ind.totalRevenue", "total-revenue", view, m -> l.money(m.totalRevenue()),
                p -> l.money(p.totalRevenue() * 1e8));
        addRow(t, f, v, l, "analysis.ind.irr", "irr", view, m -> l.irr(m.irr()), p -> l.pct(p.irr()));
        addRow(t, f, v, l, "analysis.ind.npv", "npv", view, m -> l.money(m.npv()), p -> l.money(p.npv() * 1e8));
        addRow(t, f, v, l, "analysis.ind.pb", "pb", view, m -> l.num(m.priceToBook(), 2), p -> null);
        addRow(t, f, v, l, "analysis.ind.staticPayback", "static-payback", view,
                m -> l.payback(m.cashFlow().staticPayback(), m.cashFlow().staticPaybackLast()),
                p -> p.staticPayback() == null ? l.t("analysis.payback.notReachedShort") : l.num(p.staticPayback(), 2));
        addRow(t, f, v, l, "analysis.ind.dynamicPayback", "dynamic-payback", view,
                m -> l.payback(m.cashFlow().dynamicPayback(), m.cashFlow().dynamicPaybackLast()),
                p -> p.dynamicPayback() == null ? l.t("analysis.payback.notReachedShort") : l.num(p.dynamicPayback(), 2));
        addRow(t, f, v, l, "analysis.ind.costPerKwh", "cost-kwh", view, m -> l.num(m.costPerKwh(), 3) + " ¥/kWh",
                p -> l.num(p.costPerKwh(), 2) + " ¥/kWh");
        addRow(t, f, v, l, "analysis.ind.lcos", "lcos", view, m -> l.num(m.lcos(), 3) + " ¥/kWh", p -> null);
        return t.build();
    }

    private void addRow(HtmlTable t, FinanceOutcome f, CashFlowView v, Labels l, String key, String idPart,
                        String view, Function<ViewMetrics, String> ours, Function<PublishedFigures.Row, String> pub) {
        // Ours large, the paper's figure small and labelled underneath: one column per model fits a projector.
        List<String> cells = new ArrayList<>();
        for (ModelFinance m : f.models()) {
            String id = idPart + "-" + view + "-" + m.model().name();
            StringBuilder c = new StringBuilder("<span class=\"ours\" id=\"").append(id).append("\">")
                    .append(HtmlTable.esc(ours.apply(m.result().metrics(v)))).append("</span>");
            // Optional.map drops a null: the paper publishes no P/B or LCOS, so nothing is shown under ours.
            m.published().map(pub).ifPresent(p -> c.append("<span class=\"published\" id=\"published-").append(id)
                    .append("\">").append(HtmlTable.esc(l.t("analysis.published") + ": "))
                    .append("<span class=\"value\">").append(HtmlTable.esc(p)).append("</span></span>"));
            cells.add(c.toString());
        }
        t.rowHtml(l.t(key), cells.toArray(String[]::new));
    }

    private com.vaadin.flow.component.Html yearly(ModelFinance m, CashFlowView v, Labels l) {
        List<RevenueStream> streams = m.result().streams();
        List<String> head = new ArrayList<>(List.of(l.t("analysis.yearly.year")));
        streams.forEach(s -> head.add(l.t(AnalysisText.stream(s).key())));
        for (String k : YEARLY_KEYS) {
            head.add(l.t(AnalysisText.yearly(k).key()));
        }
        HtmlTable t = new HtmlTable("yearly-table", l.t("analysis.yearly.unit")).header(head.toArray(String[]::new));
        for (YearRow r : m.result().rows(v)) {
            List<String> c = new ArrayList<>();
            for (RevenueStream s : streams) {
                c.add(w(l, r.revenueByStream().getOrDefault(s, 0.0)));
            }
            double[] vals = {r.revenueTotal(), r.opex(), r.investment(), r.equityInjection(), r.replacement(),
                r.recovery(), r.depreciation(), r.interest(), r.principal(), r.vatPayable(), r.vatRefund(),
                r.surcharges(), r.incomeTax(), r.netProfit(), r.cashInflow(), r.cashOutflow(), r.netCashFlow(),
                r.cumulativeCashFlow(), r.discountedCashFlow(), r.cumulativeDiscountedCashFlow()};
            for (double x : vals) {
                c.add(w(l, x));
            }
            t.row(String.valueOf(r.year()), c.toArray(String[]::new));
        }
        return t.build();
    }

    /** Column keys of the yearly table after the revenue streams (same order as the values above). */
    static final String[] YEARLY_KEYS = AnalysisText.YEARLY_COLUMNS.toArray(String[]::new);

    /** Yearly money in 10^4 CNY (万元), where yearly figures are readable without decimals. */
    private static String w(Labels l, double cny) {
        return l.num(cny / 1e4, 0);
    }
}
