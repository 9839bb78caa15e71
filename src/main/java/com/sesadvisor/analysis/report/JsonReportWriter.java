package com.sesadvisor.analysis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.sesadvisor.base.i18n.ExplanationsJsonMixin;
import com.sesadvisor.base.i18n.TextJsonSerializer;
import com.sesadvisor.engine.text.Text;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.ModelFinance;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.recommend.Explanations;
import com.sesadvisor.engine.recommend.Recommendation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis as JSON: every input (assumptions with provenance, weights, options) and every result (metrics per
 * view, yearly rows, weights, TOPSIS, explanations, findings, grids, thresholds). Built as an explicit tree so
 * the format is stable and engine classes without bean getters are written faithfully.
 */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules()
            .registerModule(new SimpleModule().addSerializer(Text.class, new TextJsonSerializer()))
            .addMixIn(Explanations.class, ExplanationsJsonMixin.class);

    private JsonReportWriter() {
    }

    public static void write(AnalysisReport r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(r));
    }

    /** The same with the workshop's heading and, when there is one, the committee's record under {@code committee}. */
    public static void write(AnalysisReport r, com.sesadvisor.analysis.ReportContext context, OutputStream out)
            throws IOException {
        Map<String, Object> root = tree(r);
        if (context != null) {
            Map<String, Object> withContext = new LinkedHashMap<>();
            withContext.put("title", context.title());
            withContext.put("context", context.lines());
            withContext.putAll(root);
            if (context.committee() != null) {
                withContext.put("committee", context.committee());
            }
            root = withContext;
        }
        MAPPER.writeValue(out, root);
    }

    static Map<String, Object> tree(AnalysisReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", r.generatedAt().toString());
        root.put("ruleBaseVersion", r.ranking().ruleBaseVersion());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("mechanism", r.input().mechanism().name());
        input.put("view", r.input().view().name());
        input.put("assumptions", r.input().assumptions().describe());
        Map<String, String> sources = new LinkedHashMap<>();
        r.input().assumptions().describe().forEach(a -> sources.put(a.key(), r.input().sourceOf(a)));
        input.put("assumptionSources", sources);
        input.put("subjectiveWeights", r.input().subjectiveWeights());
        List<Object> supplied = new ArrayList<>();
        for (var si : r.input().suppliedIndicators()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("id", si.criterion().id());
            col.put("name", si.criterion().name());
            col.put("source", si.source().name());
            col.put("direction", si.criterion().direction().name());
            col.put("unit", si.criterion().unit());
            Map<String, Double> values = new LinkedHashMap<>();
            si.values().forEach((model, v) -> values.put(model.name(), v));
            col.put("values", values);
            col.put("detail", si.detail());
            supplied.add(col);
        }
        input.put("suppliedIndicators", supplied);
        input.put("eligible", r.input().eligible());
        input.put("ruleSet", r.input().ruleSetName());
        root.put("input", input);
        List<Object> models = new ArrayList<>();
        for (ModelFinance m : r.finance().models()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("model", m.model().name());
            mm.put("streams", m.result().streams());
            mm.put("constructionInvestment", m.result().constructionInvestment());
            mm.put("totalInvestment", m.result().totalInvestment());
            Map<String, Object> views = new LinkedHashMap<>();
            for (CashFlowView v : CashFlowView.values()) {
                ViewMetrics vm = m.result().metrics(v);
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("irr", vm.irr().valueOrNull());
                x.put("irrRoots", vm.irr().roots());
                x.put("npv", vm.npv());
                x.put("totalCost", vm.totalCost());
                x.put("totalRevenue", vm.totalRevenue());
                x.put("priceToBook", vm.priceToBook());
                x.put("staticPayback", vm.cashFlow().staticPayback().yearsOrNull());
                x.put("staticPaybackLast", vm.cashFlow().staticPaybackLast().yearsOrNull());
                x.put("dynamicPayback", vm.cashFlow().dynamicPayback().yearsOrNull());
                x.put("dynamicPaybackLast", vm.cashFlow().dynamicPaybackLast().yearsOrNull());
                x.put("costPerKwh", vm.costPerKwh());
                x.put("lcos", vm.lcos());
                x.put("years", m.result().rows(v));
                views.put(v.name(), x);
            }
            mm.put("views", views);
            mm.put("published", m.published().orElse(null));
            models.add(mm);
        }
        root.put("finance", models);
        Recommendation rec = r.ranking().recommendation();
        Map<String, Object> rank = new LinkedHashMap<>();
        rank.put("alternatives", rec.indicators().alternatives());
        rank.put("criteria", rec.indicators().criteria());
        rank.put("indicators", rec.indicators().values());
        rank.put("weights", Map.of("subjective", rec.weights().subjective(), "objective", rec.weights().objective(),
                "combined", rec.weights().weights(), "alpha", rec.options().alpha(),
                "method", rec.options().combination().name()));
        rank.put("topsis", rec.topsis());
        rank.put("ranking", rec.ranking());
        rank.put("explanations", rec.explanations());
        rank.put("paperReplication", rec.paperReplication());
        rank.put("findings", r.ranking().findings());
        rank.put("notes", r.ranking().notes());
        root.put("ranking", rank);
        List<Object> grids = new ArrayList<>();
        r.grids().forEach(g -> {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("model", g.model().name());
            gm.put("spreads", g.spreads());
            gm.put("investments", g.investments());
            Double[][] v = new Double[g.investments().length][g.spreads().length];
            for (int i = 0; i < v.length; i++) {
                for (int j = 0; j < v[i].length; j++) {
                    v[i][j] = g.irr(i, j);
                }
            }
            gm.put("irr", v);
            grids.add(gm);
        });
        root.put("irrGrids", grids);
        root.put("breakEven", r.thresholds());
        return root;
    }
}
