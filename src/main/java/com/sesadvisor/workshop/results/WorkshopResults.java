package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.CommitteeRecord;
import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.analysis.ReportContext;
import com.sesadvisor.analysis.report.PdfReportWriter;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.RuleCheck;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.WorkshopInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workshop's outcome prepared for the analysis: every indicator of the hierarchy with its weight and where the
 * three models' values come from, the ranking's weights, and the eligibility verdict of the workshop's rule set.
 *
 * @param outcome         the group result as {@link CommitteeWeightsService} reports it
 * @param names           node id to name (for labels)
 * @param indicators      every leaf, in the hierarchy's order, with its weight and source
 * @param rankingWeights  the committee's weights by ranking column (catalogued finance indicators by
 *                        {@code CriteriaCatalogue} id, supplied indicators by their own id): the whole hierarchy.
 *                        They are renormalised only when the facilitator excluded an indicator, and then
 *                        {@link #excluded()} says which, by whom and why. Empty until the committee's weights and
 *                        every committee-supplied value exist (then {@link #equalWeights} is the explicit
 *                        alternative)
 * @param supplied        the columns whose values come from the scenario or the committee
 * @param equalWeights    equal weights over the workshop's finance indicators (or the paper's seven criteria when
 *                        the hierarchy has none), offered when {@code rankingWeights} is empty
 * @param mechanisms      the chosen profit mechanisms in a stable order (first is the default)
 * @param eligibility     the eligibility check of the workshop's rule set
 * @param threshold       the workshop's consensus threshold for S*
 * @param committee       the committee's record for the reports (without other experts' answers for an expert)
 */
public record WorkshopResults(WorkshopOutcome outcome, Map<String, String> names, List<IndicatorRow> indicators,
                              Map<String, Double> rankingWeights, List<SuppliedIndicator> supplied,
                              Map<String, Double> equalWeights, List<ProfitMechanism> mechanisms,
                              Eligibility eligibility, double threshold,
                              com.sesadvisor.analysis.CommitteeRecord committee) {

    /** The view the committee's ranking uses unless they choose another: the project's after-tax cash flows. */
    public static final CashFlowView DEFAULT_VIEW = CashFlowView.PROJECT_AFTER_TAX;

    public WorkshopResults {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        indicators = List.copyOf(indicators);
        rankingWeights = Collections.unmodifiableMap(new LinkedHashMap<>(rankingWeights));
        supplied = List.copyOf(supplied);
        equalWeights = Collections.unmodifiableMap(new LinkedHashMap<>(equalWeights));
        mechanisms = List.copyOf(mechanisms);
    }

    /**
     * The analysis of the workshop under one of its mechanisms.
     *
     * @param useEqualWeights use {@link #equalWeights()} instead of the committee's (only when the
     *                     committee's weights or values are not all there yet)
     */
    public AnalysisInput analysisInput(ProfitMechanism mechanism, CashFlowView view, boolean useEqualWeights) {
        if (!mechanisms().contains(mechanism)) {
            throw new WorkshopInputException("mechanism", Text.of("workshop.results.error.mechanismNotChosen",
                    Text.of(AnalysisText.mechanism(mechanism))));
        }
        boolean equal = useEqualWeights || !hasRankingWeights();
        Map<String, Double> weights = equal ? equalWeights() : rankingWeights();
        Eligibility e = eligibility();
        return new AnalysisInput(outcome().assumptions(), mechanism, view, weights, e.eligible(),
                e.status() == EligibilityStatus.CHECKED ? e.ruleSet() : null,
                equal ? List.of() : supplied());
    }

    /**
     * Heading for the report: the workshop and where its weights come from, in the report's language.
     *
     * @param locale   the report's language (number formats)
     */
    public ReportContext reportContext(boolean useEqualWeights, java.util.Locale locale) {
        PdfReportWriter.Messages messages = PdfReportWriter.Messages.in(locale);
        WorkshopOutcome o = outcome();
        List<String> lines = new ArrayList<>();
        String consensus = o.hierarchyConsensus().map(c -> messages.get("workshop.consensus.value",
                MoneyFormat.percent(c.sStar(), 1, locale),
                messages.get(WorkshopText.consensus(c.label()).key())))
                .orElse(messages.get("workshop.report.noConsensus"));
        if (o.provisional()) {
            // below the quorum (or incomplete) nothing is called the committee's or a consensus
            lines.add(messages.get("workshop.report.provisional", o.fewestExperts(), o.quorum().invited(),
                    o.quorum().required()));
            lines.add(useEqualWeights || !hasRankingWeights() ? messages.get("workshop.report.weightsEqualProvisional")
                    : messages.get("workshop.report.weightsProvisional", o.aggregation().name()));
        } else {
            lines.add(useEqualWeights || !hasRankingWeights() ? messages.get("workshop.report.weightsEqual")
                    : messages.get("workshop.report.weightsGroup", o.aggregation().name(), consensus));
        }
        if (!o.complete()) {
            lines.add(messages.get("workshop.report.incomplete", String.join(", ",
                    o.missingNodes().stream().map(n -> names().getOrDefault(n, n)).toList())));
        }
        for (IndicatorRow i : indicators()) {
            lines.add(messages.get("workshop.report.indicator", i.criterion(), i.name(),
                    MoneyFormat.percent(i.weight(), 1, locale), i.sourceText(locale, messages)));
        }
        if (excludedShare() > 0 && hasRankingWeights()) {
            lines.add(messages.get("workshop.report.renormalised", MoneyFormat.percent(excludedShare(), 1, locale)));
        }
        Eligibility e = eligibility();
        if (e.status() == EligibilityStatus.NOT_RUN) {
            lines.add(messages.get("workshop.report.eligibilityNotRun", e.ruleSet(), String.join(", ",
                    e.missing().stream().map(FieldProblem::field).toList())));
        } else if (e.status() == EligibilityStatus.CHECKED && !e.failedRuleIds().isEmpty()) {
            lines.add(messages.get("workshop.report.failedRules", String.join(", ", e.failedRuleIds())));
        }
        return new ReportContext(messages.get(o.provisional() ? "workshop.report.titleProvisional"
                : "workshop.report.title", o.name()), lines, committee() == null ? null
                : committee().withIndicators(indicatorSources(locale, messages)));
    }

    /** Every indicator's source for the committee's record (JSON and Excel), in the report's language. */
    private List<CommitteeRecord.IndicatorSourceRow> indicatorSources(java.util.Locale locale,
                                                                      PdfReportWriter.Messages messages) {
        List<CommitteeRecord.IndicatorSourceRow> rows = new ArrayList<>();
        for (IndicatorRow i : indicators()) {
            Map<String, Double> values = new LinkedHashMap<>();
            i.values().forEach((m, v) -> values.put(m.name(), v));
            rows.add(new CommitteeRecord.IndicatorSourceRow(i.id(), i.name(), i.criterion(), i.weight(),
                    i.source().name(), i.sourceText(locale, messages), values, i.cr(), i.experts(),
                    i.reason().isEmpty() ? null : i.reason(), i.decidedBy(),
                    i.decidedAt() == null ? null : i.decidedAt().toString(), i.recorded()));
        }
        return rows;
    }

    /** Whether the committee's weights can feed the ranking. */
    public boolean hasRankingWeights() {
        return !rankingWeights.isEmpty();
    }

    /** The indicators the facilitator left out (with weight or not). */
    public List<IndicatorRow> excluded() {
        return indicators.stream().filter(i -> i.source() == IndicatorSource.EXCLUDED).toList();
    }

    /** Share of the committee's total weight the facilitator left out (0 when nothing was). */
    public double excludedShare() {
        return excluded().stream().mapToDouble(IndicatorRow::weight).sum();
    }

    /** Indicators whose committee values are still missing (no expert finished their alternatives node). */
    public List<IndicatorRow> awaitingCommittee() {
        return indicators.stream().filter(i -> !i.available()).toList();
    }

    /**
     * One indicator of the hierarchy and where its values come from.
     *
     * @param id         indicator id
     * @param name       its name in the hierarchy
     * @param criterion  name of the criterion above it (e.g. Social)
     * @param weight     its global weight in the workshop (0 until the committee's weights exist)
     * @param source     where the three models' values come from
     * @param recorded   the facilitator chose the source (false = the default)
     * @param values     the values per model for scenario and committee sources (finance values are computed with
     *                   the ranking's mechanism and view); empty while not available or when excluded
     * @param cr         CR of the committee's aggregated comparison of the models (pairwise, AIJ), else null
     * @param experts    how many experts' comparisons the committee's values rest on (pairwise), else 0
     * @param reason     the stated reason of a rating or exclusion, else empty
     * @param decidedBy  who chose the source, null for the default
     * @param decidedAt  when, null for the default
     * @param version    the recorded choice's version for optimistic locking (-1 when none)
     * @param available  false while a committee-compared indicator has no finished comparison yet
     */
    public record IndicatorRow(String id, String name, String criterion, double weight, IndicatorSource source,
                               boolean recorded, Map<InvestmentModel, Double> values, Double cr, int experts,
                               String reason, String decidedBy, Instant decidedAt, long version, boolean available) {

        public IndicatorRow {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            reason = reason == null ? "" : reason;
        }

        /**
         * Where one indicator's values come from, in the report's language: finance model, scenario, committee pairwise
         * (experts, CR), committee rating (reason), or excluded by whom, when and why.
         */
        public String sourceText(java.util.Locale locale, PdfReportWriter.Messages messages) {
            String when = decidedAt() == null ? "" : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                    .format(decidedAt().atZone(java.time.ZoneOffset.UTC));
            return switch (source()) {
                case FINANCE -> messages.get("workshop.source.FINANCE");
                case SCENARIO -> messages.get("workshop.source.SCENARIO");
                case COMMITTEE_PAIRWISE -> !available() ? messages.get("workshop.source.COMMITTEE_PAIRWISE.awaiting")
                        : cr() == null ? messages.get("workshop.source.COMMITTEE_PAIRWISE.noCr", experts())
                        : messages.get("workshop.source.COMMITTEE_PAIRWISE", experts(),
                                String.format(locale, "%.3f", cr()));
                case COMMITTEE_RATING -> messages.get("workshop.source.COMMITTEE_RATING", decidedBy(), when,
                        reason());
                case EXCLUDED -> messages.get("workshop.source.EXCLUDED", decidedBy(), when, reason());
            };
        }
    }

    /** What happened with the rule set. */
    public enum EligibilityStatus {
        /** The workshop has no rule set. */
        NONE,
        /** The rule set judged the scenario's project. */
        CHECKED,
        /** The rule set needs facts the workshop does not have (or is no longer loaded). */
        NOT_RUN
    }

    /**
     * @param ruleSet     rule set name, null for {@link EligibilityStatus#NONE}
     * @param eligible    the verdict, null unless {@link EligibilityStatus#CHECKED}
     * @param checks      every rule's outcome when checked
     * @param missing     why the check could not run: the missing or unusable facts by field name
     * @param ruleSetVersion content hash of the rule set when checked
     */
    public record Eligibility(EligibilityStatus status, String ruleSet, Boolean eligible, List<RuleCheck> checks,
                              List<FieldProblem> missing, String ruleSetVersion) {

        public Eligibility {
            checks = List.copyOf(checks);
            missing = List.copyOf(missing);
        }

        public List<String> failedRuleIds() {
            return checks.stream().filter(c -> !c.passed()).map(RuleCheck::ruleId).toList();
        }

        static Eligibility none() {
            return new Eligibility(EligibilityStatus.NONE, null, null, List.of(), List.of(), null);
        }
    }
}
