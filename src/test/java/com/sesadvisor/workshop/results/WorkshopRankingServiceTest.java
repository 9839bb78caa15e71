package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.group.WorkshopFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.report.PdfReportWriter;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.testsupport.OnPostgres;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.InvitationProblem;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.TestWorkshops;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.setup.IndicatorSourceService;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@OnPostgres
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class WorkshopRankingServiceTest {

    @Autowired
    WorkshopSetupService setup;
    @Autowired
    ExpertJudgementService experts;
    @Autowired
    WorkshopRankingService results;
    @Autowired
    AnalysisService analysis;
    @Autowired
    IndicatorSourceService sources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestWorkshops fixture;

    /** The strategy the services read (Vaadin registers its own); the static holder may be another context's. */
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContext;

    private SecurityContextHolderStrategy strategy() {
        return securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @AfterEach
    void clear() {
        strategy().clearContext();
    }

    /** A workshop of the committee over {@code nodes}: AIJ, threshold 0.75, both mechanisms of the ranking. */
    private long workshop(String ruleSet, Assumptions assumptions, boolean expertsSee, List<CriteriaNode> nodes) {
        return fixture.workshop("Committee", null, "facilitator")
                .scenario(assumptions, Set.of(ProfitMechanism.SPOT_MARKET, ProfitMechanism.COMPREHENSIVE), ruleSet)
                .hierarchy(nodes).settings(TestWorkshops.aij(expertsSee)).create();
    }

    /** Goal over Economic (IRR, NPV) and Social (JOBS, ACCOMMODATION). */
    private static List<CriteriaNode> economicAndSocial() {
        return TestWorkshops.economicAndSocial();
    }

    private void answer(long id, String name, double goal, double first, double second) {
        answer(id, name, goal, first, second, new double[] {1, 1, 1});
    }

    /**
     * One expert's whole work: the goal, the two criteria, and every alternatives node (the models compared under an
     * indicator the finance model cannot measure) with {@code models} = (CSSES:TISES, CSSES:DSSES, TISES:DSSES).
     */
    private void answer(long id, String name, double goal, double first, double second, double[] models) {
        String token = invite(id, name).token();
        List<String> compared = new ArrayList<>();
        setup.setup(id).hierarchy().stream().filter(n -> n.parentId() != null && n.parentId().equals("GOAL"))
                .forEach(n -> compared.add(n.id()));
        fixture.answerNode(token, "GOAL", goal);
        fixture.answerNode(token, compared.get(0), first);
        fixture.answerNode(token, compared.get(1), second);
        assertThat(experts.open(token).nodes()).filteredOn(NodeTask::alternativesLevel)
                .allSatisfy(t -> assertThat(t.elementIds()).containsExactly("CSSES", "TISES", "DSSES"));
        fixture.answerModels(token, models);
        experts.finish(token);
    }

    @Test
    void social_indicators_count_with_the_committee_s_comparison_of_the_models_and_nothing_is_renormalised() {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        // Economic 3x Social; IRR 2x NPV; Jobs = Accommodation; under each social indicator CSSES 2x TISES 4x DSSES
        answer(id, "Ana", 3, 2, 1, new double[] {2, 4, 2});
        answer(id, "Bo", 3, 2, 1, new double[] {2, 4, 2});
        WorkshopResults r = results.results(id);

        assertThat(r.outcome().complete()).isTrue();
        // the whole hierarchy: 0.75 x 2/3, 0.75 x 1/3, 0.25 / 2 twice; they already sum to 1
        assertThat(r.rankingWeights()).containsOnlyKeys("IRR", "NPV", "JOBS", "ACCOMMODATION");
        assertThat(r.rankingWeights().get("IRR")).isCloseTo(0.5, within(1e-9));
        assertThat(r.rankingWeights().get("NPV")).isCloseTo(0.25, within(1e-9));
        assertThat(r.rankingWeights().get("JOBS")).isCloseTo(0.125, within(1e-9));
        assertThat(r.rankingWeights().get("ACCOMMODATION")).isCloseTo(0.125, within(1e-9));
        assertThat(r.excluded()).isEmpty();
        assertThat(r.excludedShare()).isZero();
        assertThat(r.indicators()).extracting(WorkshopResults.IndicatorRow::id, WorkshopResults.IndicatorRow::source)
                .containsExactly(tuple("IRR", IndicatorSource.FINANCE), tuple("NPV", IndicatorSource.FINANCE),
                        tuple("JOBS", IndicatorSource.COMMITTEE_PAIRWISE),
                        tuple("ACCOMMODATION", IndicatorSource.COMMITTEE_PAIRWISE));
        WorkshopResults.IndicatorRow jobs = r.indicators().get(2);
        assertThat(jobs.criterion()).isEqualTo("Social");
        assertThat(jobs.experts()).isEqualTo(2);
        assertThat(jobs.cr()).isCloseTo(0.0, within(1e-9));
        assertThat(jobs.values().get(InvestmentModel.CSSES)).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(jobs.values().get(InvestmentModel.DSSES)).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(r.supplied()).extracting(s -> s.criterion().id()).containsExactly("JOBS", "ACCOMMODATION");
        assertThat(r.eligibility().status()).isEqualTo(WorkshopResults.EligibilityStatus.NONE);

        AnalysisInput in = r.analysisInput(ProfitMechanism.SPOT_MARKET,
                WorkshopResults.DEFAULT_VIEW, false);
        assertThat(in.subjectiveWeights()).isEqualTo(r.rankingWeights());
        assertThat(in.suppliedIndicators()).isEqualTo(r.supplied());
        assertThat(in.view()).isEqualTo(CashFlowView.PROJECT_AFTER_TAX);
        assertThat(in.eligible()).isNull();
        assertThat(in.ruleSetName()).isNull();
        // the ranking's decision matrix has the committee's columns with the group's priorities per model
        var rec = analysis.rank(analysis.finance(in), RecommendationOptions.defaults()).recommendation();
        assertThat(rec.indicators().criteria()).extracting(Criterion::id)
                .containsExactly("IRR", "NPV", "JOBS", "ACCOMMODATION");
        int jobsColumn = 2;
        assertThat(rec.indicators().value(rec.indicators().indexOf("CSSES"), jobsColumn))
                .isCloseTo(4.0 / 7, within(1e-9));
        assertThat(r.mechanisms()).containsExactly(ProfitMechanism.SPOT_MARKET, ProfitMechanism.COMPREHENSIVE);
        assertThatThrownBy(() -> r.analysisInput(ProfitMechanism.TWO_PART_TARIFF,
                CashFlowView.EQUITY, false)).isInstanceOfSatisfying(WorkshopInputException.class,
                e -> assertThat(e.field()).isEqualTo("mechanism"));
        assertThat(r.reportContext(false, Locale.ENGLISH).lines())
                .contains("Social › Jobs (12.5 %): committee: pairwise comparison of the models (2 expert(s), CR 0.000)",
                        "Economic › IRR (50.0 %): finance model");
    }

    @Test
    void leaving_an_indicator_out_is_the_facilitator_s_recorded_choice_with_a_reason_and_the_results_say_so() {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        List<IndicatorSources.Plan> plan = sources.sources(id);
        IndicatorSources.Plan accommodation = plan.stream().filter(p -> p.indicatorId().equals("ACCOMMODATION"))
                .findFirst().orElseThrow();
        assertThat(accommodation.recorded()).isFalse();
        assertThatThrownBy(() -> sources.choose(id, "ACCOMMODATION", IndicatorSource.EXCLUDED, null, " ",
                accommodation.version())).isInstanceOfSatisfying(WorkshopInputException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> sources.choose(id, "JOBS", IndicatorSource.COMMITTEE_RATING,
                Map.of(InvestmentModel.CSSES, 5.0), "site survey", -1))
                .isInstanceOfSatisfying(WorkshopInputException.class,
                        e -> assertThat(e.field()).isEqualTo("ratings.TISES"));
        assertThatThrownBy(() -> sources.choose(id, "IRR", IndicatorSource.COMMITTEE_RATING,
                Map.of(), "no", -1)).isInstanceOfSatisfying(WorkshopInputException.class,
                e -> assertThat(e.field()).isEqualTo("source"));
        sources.choose(id, "ACCOMMODATION", IndicatorSource.EXCLUDED, null, "no curtailment data for the site",
                accommodation.version());
        sources.choose(id, "JOBS", IndicatorSource.COMMITTEE_RATING, Map.of(InvestmentModel.CSSES, 3.0,
                InvestmentModel.TISES, 5.0, InvestmentModel.DSSES, 9.0), "distributed sites hire locally", -1);
        // a decision made on a stale view is refused, nothing is overwritten
        assertThatThrownBy(() -> sources.choose(id, "JOBS", IndicatorSource.EXCLUDED, null, "stale", -1))
                .isInstanceOf(ConcurrentEditException.class);

        answer(id, "Ana", 3, 2, 1); // no alternatives node is left: Jobs is rated, Accommodation excluded
        WorkshopResults r = results.results(id);
        assertThat(r.outcome().complete()).isTrue();
        assertThat(r.excluded()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("ACCOMMODATION");
            assertThat(x.decidedBy()).isEqualTo("facilitator");
            assertThat(x.reason()).isEqualTo("no curtailment data for the site");
            assertThat(x.weight()).isCloseTo(0.125, within(1e-9));
        });
        assertThat(r.excludedShare()).isCloseTo(0.125, within(1e-9));
        // only now, and said so: IRR 0.5, NPV 0.25, JOBS 0.125 scaled by 1 / 0.875
        assertThat(r.rankingWeights()).containsOnlyKeys("IRR", "NPV", "JOBS");
        assertThat(r.rankingWeights().get("JOBS")).isCloseTo(0.125 / 0.875, within(1e-9));
        WorkshopResults.IndicatorRow jobs = r.indicators().stream().filter(i -> i.id().equals("JOBS")).findFirst()
                .orElseThrow();
        assertThat(jobs.source()).isEqualTo(IndicatorSource.COMMITTEE_RATING);
        assertThat(jobs.values().get(InvestmentModel.DSSES)).isEqualTo(9.0);
        List<String> lines = r.reportContext(false, Locale.ENGLISH).lines();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(lines).contains("Social › Accommodation (12.5 %): excluded by facilitator on " + today
                + ": no curtailment data for the site",
                "Social › Jobs (12.5 %): committee: rating 1–9 set by facilitator on " + today
                        + ": distributed sites hire locally",
                "Left out by the facilitator: 12.5 % of the committee's weight; the other weights were renormalised "
                        + "to 100 %.");
    }

    @Test
    void a_hierarchy_without_finance_indicators_ranks_the_models_on_the_committee_s_values_alone() {
        long id = workshop(null, Assumptions.paperDefaults(), false, List.of(
                new CriteriaNode("GOAL", null, "Value", ""),
                new CriteriaNode("SOCIAL", "GOAL", "Social", ""),
                new CriteriaNode("JOBS", "SOCIAL", "Jobs", ""),
                new CriteriaNode("ACCOMMODATION", "SOCIAL", "Accommodation", ""),
                new CriteriaNode("TECHNICAL", "GOAL", "Technical", ""),
                new CriteriaNode("SAFETY", "TECHNICAL", "Safety", ""),
                new CriteriaNode("LIFETIME", "TECHNICAL", "Lifetime", "")));
        answer(id, "Ana", 1, 1, 1, new double[] {0.5, 0.25, 0.5}); // DSSES 2x TISES 2x CSSES everywhere
        WorkshopResults r = results.results(id);
        assertThat(r.hasRankingWeights()).isTrue();
        assertThat(r.rankingWeights()).hasSize(4);
        assertThat(r.supplied()).hasSize(4);
        AnalysisInput in = r.analysisInput(ProfitMechanism.COMPREHENSIVE,
                CashFlowView.EQUITY, false);
        var rec = analysis.rank(analysis.finance(in), RecommendationOptions.defaults()).recommendation();
        assertThat(rec.order()).containsExactly("DSSES", "TISES", "CSSES");
        // equal weights stay the explicit alternative, over the paper's finance criteria
        List<String> paper = CriteriaCatalogue.PAPER_TABLE_3_4.stream().map(Criterion::id).toList();
        assertThat(r.equalWeights().keySet()).containsExactlyElementsOf(paper);
        AnalysisInput equal = r.analysisInput(ProfitMechanism.COMPREHENSIVE,
                CashFlowView.EQUITY, true);
        assertThat(equal.subjectiveWeights()).isEqualTo(r.equalWeights());
        assertThat(equal.suppliedIndicators()).isEmpty();
        assertThat(r.reportContext(true, Locale.ENGLISH).lines().get(0))
                .contains("equal weights");
    }

    @Test
    void before_every_group_has_judgements_equal_weights_cover_the_hierarchy_s_finance_indicators() {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        WorkshopResults r = results.results(id);
        assertThat(r.outcome().complete()).isFalse();
        assertThat(r.outcome().missingNodes()).contains("GOAL", "JOBS", "ACCOMMODATION");
        assertThat(r.hasRankingWeights()).isFalse();
        assertThat(r.equalWeights()).containsOnlyKeys("IRR", "NPV");
    }

    @Test
    void with_the_weights_there_but_the_models_not_yet_compared_the_ranking_waits_and_names_the_indicators() {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        String token = invite(id, "Ana").token();
        for (String node : List.of("GOAL", "ECONOMIC", "SOCIAL")) {
            fixture.answerNode(token, node, 2);
        }
        WorkshopResults r = results.results(id);
        assertThat(r.outcome().leafWeights()).isNotEmpty();
        assertThat(r.outcome().complete()).isFalse();
        assertThat(r.awaitingCommittee()).extracting(WorkshopResults.IndicatorRow::id)
                .containsExactly("JOBS", "ACCOMMODATION");
        assertThat(r.hasRankingWeights()).isFalse();
    }

    @Test
    void the_rule_set_judges_the_scenario_project_and_failed_rules_are_named() {
        long ok = workshop("CN-HEBEI-2024", Assumptions.paperDefaults(), false, economicAndSocial());
        WorkshopResults.Eligibility e = results.results(ok).eligibility();
        assertThat(e.status()).isEqualTo(WorkshopResults.EligibilityStatus.CHECKED);
        assertThat(e.eligible()).isTrue();
        assertThat(e.failedRuleIds()).isEmpty();

        long small = workshop("CN-HEBEI-2024", Assumptions.paperDefaults()
                .with(AssumptionField.RATED_POWER_MW, 50).with(AssumptionField.CYCLES_PER_YEAR, 300), false,
                economicAndSocial());
        WorkshopResults r = results.results(small);
        assertThat(r.eligibility().eligible()).isFalse();
        assertThat(r.eligibility().failedRuleIds()).contains("ELIG-HE-001", "ELIG-HE-003");
        AnalysisInput in = r.analysisInput(ProfitMechanism.COMPREHENSIVE,
                CashFlowView.EQUITY, true);
        assertThat(in.eligible()).isFalse();
        assertThat(in.ruleSetName()).isEqualTo("CN-HEBEI-2024");
        assertThat(r.reportContext(false, Locale.ENGLISH).lines())
                .anyMatch(l -> l.contains("ELIG-HE-001"));
    }

    @Test
    void a_rule_set_that_needs_facts_the_workshop_lacks_is_not_run_and_names_them() {
        long id = workshop("CN-NATIONAL-2022", Assumptions.paperDefaults(), false, economicAndSocial());
        WorkshopResults r = results.results(id);
        assertThat(r.eligibility().status()).isEqualTo(WorkshopResults.EligibilityStatus.NOT_RUN);
        assertThat(r.eligibility().eligible()).isNull();
        assertThat(r.eligibility().missing()).extracting(p -> p.field())
                .contains("independentMetering", "dispatchConnected", "legalEntity");
        AnalysisInput in = r.analysisInput(ProfitMechanism.COMPREHENSIVE,
                CashFlowView.EQUITY, true);
        assertThat(in.eligible()).isNull();
        assertThat(in.ruleSetName()).isNull();
    }

    @Test
    void experts_see_results_only_when_the_workshop_shares_them_and_regulators_never() {
        long closed = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        long open = workshop(null, Assumptions.paperDefaults(), true, economicAndSocial());
        long notInvited = workshop(null, Assumptions.paperDefaults(), true, economicAndSocial());
        for (long w : new long[] {closed, open}) {
            fixture.invite(w, new ParticipantProfile("Someone", OrganisationType.GRID_COMPANY, null, 1, "SOMEONE"),
                    Duration.ofDays(7));
        }
        as("ROLE_EXPERT");
        assertThatThrownBy(() -> results.results(closed)).isInstanceOf(AccessDeniedException.class);
        assertThat(results.results(open).outcome().workshopId()).isEqualTo(open);
        // issue 14: an expert account reaches only the workshops it is invited to, even when results are shared
        assertThatThrownBy(() -> results.results(notInvited)).isInstanceOf(AccessDeniedException.class);
        as("ROLE_REGULATOR");
        assertThatThrownBy(() -> results.results(open)).isInstanceOf(AccessDeniedException.class);
        as("ROLE_ADMIN");
        assertThat(results.results(closed).outcome().workshopId()).isEqualTo(closed);
    }

    @Test
    void the_pdf_from_a_workshop_names_it_and_its_weights_source() throws Exception {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        answer(id, "Ana", 3, 2, 1);
        WorkshopResults r = results.results(id);
        var context = r.reportContext(false, Locale.ENGLISH);
        assertThat(context.title()).isEqualTo("Workshop: Committee");
        assertThat(context.lines().get(0)).contains("committee group weights (AIJ)").contains("S* =");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(analysis.report(r.analysisInput(ProfitMechanism.COMPREHENSIVE,
                WorkshopResults.DEFAULT_VIEW, false), RecommendationOptions.defaults()), context,
                Locale.ENGLISH, out);
        String pdf = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-").contains("Workshop: Committee");
    }

    @Test
    void the_report_heading_of_a_workshop_is_in_chinese_with_chinese_number_words() {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        answer(id, "Ana", 3, 2, 1);
        WorkshopResults r = results.results(id);
        var context = r.reportContext(false, Locale.SIMPLIFIED_CHINESE);
        assertThat(context.title()).isEqualTo("研讨会：Committee");
        assertThat(context.lines().get(0)).startsWith("权重：委员会群体权重（AIJ），共识度 S* = ")
                .doesNotContain("!").matches(".*（(很低|低|中等|高|很高)）");
        assertThat(r.reportContext(true, Locale.SIMPLIFIED_CHINESE).lines().get(0))
                .startsWith("权重：主持人选择的等权重");
    }


    // --- the holder of an invitation link (no account): every allowed and refused case, decided by the service ---

    private ParticipantSummary invite(long id, String name) {
        return fixture.participants().invite(id, new ParticipantProfile(name, OrganisationType.GRID_COMPANY, null, 1,
                null), Duration.ofDays(7));
    }

    /** What Vaadin puts in the security context of someone who opens a link without signing in. */
    private void anonymous() {
        strategy().getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    @Test
    void a_valid_link_of_a_workshop_that_shares_its_result_opens_the_same_results_without_an_account() {
        long id = workshop("CN-HEBEI-2024", Assumptions.paperDefaults(), true, economicAndSocial());
        answer(id, "Ana", 3, 2, 1);
        answer(id, "Bo", 3, 2, 1);
        ParticipantSummary chen = invite(id, "Chen");
        WorkshopResults staff = results.results(id);

        anonymous();
        WorkshopResults invited = results.resultsForInvitation(chen.token());
        assertThat(invited.outcome().workshopId()).isEqualTo(id);
        assertThat(invited.outcome().leafWeights()).isEqualTo(staff.outcome().leafWeights());
        assertThat(invited.rankingWeights()).isEqualTo(staff.rankingWeights());
        assertThat(invited.indicators()).isEqualTo(staff.indicators());
        assertThat(invited.eligibility().status()).isEqualTo(WorkshopResults.EligibilityStatus.CHECKED);
        assertThat(invited.eligibility().eligible()).isEqualTo(staff.eligibility().eligible());
        // the analysis and its report are built from it exactly as on the facilitator's page
        AnalysisInput in = invited.analysisInput(invited.mechanisms().get(0),
                WorkshopResults.DEFAULT_VIEW, false);
        assertThat(analysis.finance(analysis.effective(in))).isNotNull();
        // the eligibility check is audited under the link, not a person's account
        assertThat(jdbc.queryForObject("select decided_by from eligibility_audit order by id desc limit 1",
                String.class)).isEqualTo(WorkshopRankingService.INVITATION_USER_PREFIX + chen.id());
        // anonymous callers still cannot use the signed-in path
        assertThatThrownBy(() -> results.results(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_revoked_link_is_refused() {
        long id = workshop(null, Assumptions.paperDefaults(), true, economicAndSocial());
        ParticipantSummary ana = invite(id, "Ana");
        fixture.participants().revoke(ana.id(), ana.version());
        anonymous();
        assertThatThrownBy(() -> results.resultsForInvitation(ana.token()))
                .isInstanceOfSatisfying(InvalidInvitationException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvitationProblem.REVOKED));
    }

    @Test
    void an_expired_link_is_refused() {
        long id = workshop(null, Assumptions.paperDefaults(), true, economicAndSocial());
        ParticipantSummary ana = invite(id, "Ana");
        jdbc.update("update workshop_participant set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), ana.id());
        anonymous();
        assertThatThrownBy(() -> results.resultsForInvitation(ana.token()))
                .isInstanceOfSatisfying(InvalidInvitationException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvitationProblem.EXPIRED));
    }

    @Test
    void a_valid_link_is_refused_while_the_workshop_does_not_share_its_result() {
        long id = workshop(null, Assumptions.paperDefaults(), false, economicAndSocial());
        ParticipantSummary ana = invite(id, "Ana");
        anonymous();
        assertThatThrownBy(() -> results.resultsForInvitation(ana.token())).isInstanceOf(AccessDeniedException.class);
        // the facilitator turns the setting on: the same link now opens the results
        strategy().clearContext();
        as("ROLE_FACILITATOR");
        WorkshopSetup s = setup.setup(id);
        setup.saveSettings(id, s.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, true));
        anonymous();
        assertThat(results.resultsForInvitation(ana.token()).outcome().workshopId()).isEqualTo(id);
    }

    @Test
    void an_unknown_or_malformed_link_is_refused_as_unknown() {
        anonymous();
        for (String token : java.util.Arrays.asList("guessed-token", "", " ", null, "x".repeat(65))) {
            assertThatThrownBy(() -> results.resultsForInvitation(token))
                    .isInstanceOfSatisfying(InvalidInvitationException.class,
                            e -> assertThat(e.problem()).isEqualTo(InvitationProblem.UNKNOWN));
        }
    }

    @Test
    void experts_see_the_group_result_but_no_finding_that_names_another_expert_or_their_cr() {
        long id = workshop(null, Assumptions.paperDefaults(), true, List.of(
                new CriteriaNode("GOAL", null, "Value", ""),
                new CriteriaNode("IRR", "GOAL", "IRR", ""),
                new CriteriaNode("NPV", "GOAL", "NPV", ""),
                new CriteriaNode("TOTAL_COST", "GOAL", "Total cost", "")));
        String wang = invite(id, "Wang Inconsistent").token();
        experts.answer(wang, "GOAL", 0, 1, 9); // IRR 9x NPV, NPV 9x cost, cost 9x IRR: a circle, CR far above 0.10
        experts.answer(wang, "GOAL", 1, 2, 9);
        experts.answer(wang, "GOAL", 2, 0, 9);
        experts.completeNode(wang, "GOAL");
        // Li has an expert account too ("someone", the user of as(...)): the contact ties the two
        String li = fixture.invite(id, new ParticipantProfile("Li", OrganisationType.GRID_COMPANY, null, 1, "someone"),
                Duration.ofDays(7));

        WorkshopResults staff = results.results(id);
        assertThat(staff.outcome().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(WorkshopFinding.Code.INCONSISTENT_EXPERT_KEPT);
            assertThat(f.detail()).contains("Wang Inconsistent").contains("CR =");
        });

        anonymous();
        WorkshopResults invited = results.resultsForInvitation(li);
        as("ROLE_EXPERT");
        WorkshopResults expertAccount = results.results(id);
        for (WorkshopResults r : List.of(invited, expertAccount)) {
            assertThat(r.outcome().findings()).extracting(WorkshopFinding::code)
                    .containsExactlyElementsOf(staff.outcome().findings().stream().map(WorkshopFinding::code).toList());
            assertThat(r.outcome().findings()).allSatisfy(f -> assertThat(f.detail()).doesNotContain("Wang"));
            // the group's own CR (AHP-CR-001 on the aggregated matrix) stays; the expert's CR does not
            assertThat(r.outcome().findings()).filteredOn(f -> f.code().equals(
                    WorkshopFinding.Code.INCONSISTENT_EXPERT_KEPT)).singleElement()
                    .satisfies(f -> assertThat(f.detail()).contains("An expert's judgements at Value")
                            .doesNotContain("CR ="));
            assertThat(r.outcome().leafWeights()).isEqualTo(staff.outcome().leafWeights());
        }
    }

    private void as(String role) {
        strategy().getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone",
                "n/a", List.of(new SimpleGrantedAuthority(role))));
    }
}
