package com.sesadvisor.workshop.transfer;

import com.sesadvisor.workshop.TestWorkshops;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.testsupport.OnPostgres;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.results.CommitteeWeightsService;
import com.sesadvisor.workshop.results.WorkshopOutcome;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.setup.IndicatorSourceService;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@OnPostgres
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class WorkshopTransferServiceTest {

    @Autowired
    TestWorkshops fixture;

    @Autowired
    CommitteeWeightsService outcomes;
    @Autowired
    WorkshopTransferService transfer;
    @Autowired
    ObjectMapper json;
    @Autowired
    IndicatorSourceService sources;

    private List<String> tokens;

    /** The workshop's scenario, hierarchy and settings, without fixture.participants(). */
    private long configuredWorkshop() {
        long id = fixture.workshops().create("Round trip", "Check the file", "facilitator").getId();
        WorkshopSetup s = fixture.setup().setup(id);
        s = fixture.setup().saveScenario(id, s.version(), Assumptions.paperDefaults().with(AssumptionField.SPREAD, 0.65),
                Set.of(ProfitMechanism.SPOT_MARKET), "CN-HEBEI-2024");
        s = fixture.setup().saveHierarchy(id, s.version(), List.of(
                new CriteriaNode("GOAL", null, "Value", ""),
                new CriteriaNode("ECONOMIC", "GOAL", "Economic", ""),
                new CriteriaNode("IRR", "ECONOMIC", "IRR", ""),
                new CriteriaNode("NPV", "ECONOMIC", "NPV", ""),
                new CriteriaNode("SOCIAL", "GOAL", "Social", "", "社会"),
                new CriteriaNode("JOBS", "SOCIAL", "Jobs", ""),
                new CriteriaNode("ACCOMMODATION", "SOCIAL", "Accommodation", "")));
        fixture.setup().saveSettings(id, s.version(), new WorkshopSettings(AggregationMethod.AIJ, 0.8, true, false));
        return id;
    }

    private long answeredWorkshop() {
        long id = configuredWorkshop();
        String ana = fixture.participants().invite(id, new ParticipantProfile("Ana", OrganisationType.GRID_COMPANY, "Planner",
                2, "ana@example.org"), Duration.ofDays(7)).token();
        String bo = fixture.participants().invite(id, new ParticipantProfile("Bo", OrganisationType.THIRD_PARTY_INVESTOR, null,
                1, null), Duration.ofDays(7)).token();
        String chen = fixture.participants().invite(id, new ParticipantProfile("Chen", OrganisationType.REGULATOR, null, 1,
                null), Duration.ofDays(7)).token();
        double[][] answers = {{3, 2, 1.0 / 2}, {5, 1, 3}};
        String[] who = {ana, bo};
        for (int i = 0; i < 2; i++) {
            fixture.experts().answer(who[i], "GOAL", 0, 1, answers[i][0]);
            fixture.experts().completeNode(who[i], "GOAL");
            fixture.experts().answer(who[i], "ECONOMIC", 0, 1, answers[i][1]);
            fixture.experts().completeNode(who[i], "ECONOMIC");
            fixture.experts().answer(who[i], "SOCIAL", 0, 1, answers[i][2]);
            fixture.experts().completeNode(who[i], "SOCIAL");
            for (String indicator : List.of("JOBS", "ACCOMMODATION")) { // the models under each social indicator
                fixture.experts().answer(who[i], indicator, 0, 1, answers[i][1]);
                fixture.experts().answer(who[i], indicator, 0, 2, answers[i][0]);
                fixture.experts().answer(who[i], indicator, 1, 2, 1);
                fixture.experts().completeNode(who[i], indicator);
            }
        }
        fixture.experts().finish(ana);
        fixture.experts().answer(chen, "GOAL", 0, 1, 1.0 / 4); // half-way: open node kept as it is
        tokens = List.of(ana, bo, chen);
        return id;
    }

    @Autowired
    JudgementTransferService judgementFiles;

    @Test
    void judgements_exported_as_csv_or_json_and_imported_into_a_fresh_workshop_give_the_same_weights() {
        long id = answeredWorkshop();
        WorkshopOutcome a = outcomes.outcome(id);
        for (boolean csv : new boolean[] {true, false}) {
            byte[] file = csv ? judgementFiles.exportCsv(id) : judgementFiles.exportJson(id);
            long fresh = configuredWorkshop();
            JudgementTransferService.ImportSummary s = csv ? judgementFiles.importCsv(fresh, file)
                    : judgementFiles.importJson(fresh, file);
            assertThat(s.experts()).isEqualTo(3);
            assertThat(s.newExperts()).isEqualTo(3);
            WorkshopOutcome b = outcomes.outcome(fresh);
            assertThat(b.leafWeights().keySet()).containsExactlyElementsOf(a.leafWeights().keySet());
            a.leafWeights().forEach((k, v) -> assertThat(b.leafWeights().get(k)).isCloseTo(v, within(1e-12)));
            // importing the same file again is fine (same timestamps); an older one after a change here is stale
            fixture.experts().answer(fixture.participants().list(fresh).get(1).token(), "GOAL", 0, 1, 7);
            byte[] again = file;
            assertThatThrownBy(() -> {
                if (csv) {
                    judgementFiles.importCsv(fresh, again);
                } else {
                    judgementFiles.importJson(fresh, again);
                }
            }).isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems().toString())
                    .contains("Stale"));
        }
    }

    @Test
    void a_bad_csv_row_names_its_line_and_field_and_nothing_is_imported() {
        long fresh = configuredWorkshop();
        String csv = "expert,weight,group,row,column,value,status,updatedAt\r\n"
                + "Ana,2,GOAL,ECONOMIC,SOCIAL,3,DONE,2025-03-01T09:30:00Z\r\n"
                + "Bo,1,GOAL,ECONOMIC,SOCIAL,12,DONE,2025-03-01T09:30:00Z\r\n"
                + "Bo,1,NOPE,ECONOMIC,SOCIAL,3,DONE,2025-03-01T09:30:00Z\r\n";
        assertThatThrownBy(() -> judgementFiles.importCsv(fresh, csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems())
                        .extracting(WorkshopImportException.Problem::path)
                        .containsExactly("line 3, value", "line 4, group"));
        assertThat(fixture.participants().list(fresh)).isEmpty();
    }

    @Test
    void export_then_import_gives_the_same_outcome_and_no_invitation_token_leaves_the_building() throws Exception {
        long id = answeredWorkshop();
        byte[] file = transfer.export(id);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"format\" : \"" + WorkshopTransferService.FORMAT + "\"").contains("updatedAt");
        tokens.forEach(t -> assertThat(text).doesNotContain(t));
        assertThat(text).doesNotContain("\"token\"");

        long copy = transfer.importWorkshop(file);
        assertThat(copy).isNotEqualTo(id);
        WorkshopOutcome a = outcomes.outcome(id);
        WorkshopOutcome b = outcomes.outcome(copy);
        assertThat(b.name()).isEqualTo("Round trip");
        assertThat(b.assumptions()).isEqualTo(a.assumptions());
        assertThat(b.mechanisms()).isEqualTo(a.mechanisms());
        assertThat(b.ruleSet()).contains("CN-HEBEI-2024");
        assertThat(b.complete()).isEqualTo(a.complete()).isTrue();
        assertThat(b.leafWeights().keySet()).containsExactlyElementsOf(a.leafWeights().keySet());
        a.leafWeights().forEach((k, v) -> assertThat(b.leafWeights().get(k)).isCloseTo(v, within(1e-12)));
        a.criteriaWeights().forEach((k, v) -> assertThat(b.criteriaWeights().get(k)).isCloseTo(v, within(1e-12)));
        assertThat(b.hierarchyConsensus().orElseThrow().sStar())
                .isCloseTo(a.hierarchyConsensus().orElseThrow().sStar(), within(1e-12));
        a.nodeConsensus().forEach((k, v) -> assertThat(b.nodeConsensus().get(k).sStar())
                .isCloseTo(v.sStar(), within(1e-12)));
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(fixture.setup().setup(copy).settings()).isEqualTo(fixture.setup().setup(id).settings());
        List<ParticipantSummary> people = fixture.participants().list(copy);
        assertThat(people).extracting(p -> p.profile().name()).containsExactly("Ana", "Bo", "Chen");
        assertThat(people).extracting(ParticipantSummary::token).doesNotContainAnyElementsOf(tokens);
        // the exported copy exports to the same judgements (timestamps included)
        ObjectNode first = (ObjectNode) json.readTree(file);
        ObjectNode second = (ObjectNode) json.readTree(transfer.export(copy));
        assertThat(second.get("participants")).isEqualTo(first.get("participants"));
        assertThat(second.get("hierarchy")).isEqualTo(first.get("hierarchy"));
    }

    @Test
    void the_quorum_and_anonymised_experts_travel_with_the_file_and_older_files_get_the_defaults() throws Exception {
        long id = answeredWorkshop();
        fixture.setup().saveCommitteeRules(id, fixture.setup().setup(id).version(), 2, true);
        byte[] file = transfer.export(id);
        ObjectNode root = (ObjectNode) json.readTree(file);
        assertThat(root.get("settings").get("quorum").asInt()).isEqualTo(2);
        assertThat(root.get("settings").get("anonymiseExperts").asBoolean()).isTrue();

        long copy = transfer.importWorkshop(file);
        assertThat(fixture.setup().setup(copy).settings().quorum()).isEqualTo(2);
        assertThat(fixture.setup().setup(copy).settings()).isEqualTo(fixture.setup().setup(id).settings());
        ObjectNode judgementsOfCopy = (ObjectNode) json.readTree(judgementFiles.exportJson(copy));
        assertThat(judgementsOfCopy.get("anonymised").asBoolean()).isTrue();
        assertThat(judgementsOfCopy.get("experts").get(0).get("expert").asText()).isEqualTo("Expert 1");

        // a file written before the two fields were exported: a majority quorum and named experts
        ((ObjectNode) root.get("settings")).remove(List.of("quorum", "anonymiseExperts"));
        long old = transfer.importWorkshop(json.writeValueAsBytes(root));
        assertThat(fixture.setup().setup(old).settings().quorum()).isNull();
        assertThat(json.readTree(judgementFiles.exportJson(old)).get("anonymised").asBoolean()).isFalse();

        ((ObjectNode) root.get("settings")).put("quorum", 0).put("anonymiseExperts", "yes");
        assertThatThrownBy(() -> transfer.importWorkshop(json.writeValueAsBytes(root)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems())
                        .extracting(WorkshopImportException.Problem::path)
                        .containsExactly("$.settings.quorum", "$.settings.anonymiseExperts"));
    }

    @Test
    void indicator_source_choices_and_both_labels_travel_with_the_file() throws Exception {
        long id = answeredWorkshop();
        sources.choose(id, "ACCOMMODATION", IndicatorSource.EXCLUDED, java.util.Map.of(), "No grid data yet", -1);
        sources.choose(id, "JOBS", IndicatorSource.COMMITTEE_RATING, java.util.Map.of(InvestmentModel.CSSES, 3.0,
                InvestmentModel.TISES, 5.0, InvestmentModel.DSSES, 7.0), "County job survey", -1);
        byte[] file = transfer.export(id);
        ObjectNode root = (ObjectNode) json.readTree(file);
        assertThat(root.get("indicatorSources")).hasSize(2);
        assertThat(root.get("indicatorSources").get(1).get("ratings").get("DSSES").asDouble()).isEqualTo(7.0);
        assertThat(root.get("hierarchy").get(4).get("nameZh").asText()).isEqualTo("社会");

        long copy = transfer.importWorkshop(file);
        assertThat(fixture.setup().setup(copy).hierarchy().get(4).nameZh()).isEqualTo("社会");
        List<IndicatorSources.Plan> before = sources.sources(id);
        List<IndicatorSources.Plan> after = sources.sources(copy);
        assertThat(after).extracting(IndicatorSources.Plan::indicatorId, IndicatorSources.Plan::source,
                IndicatorSources.Plan::ratings, IndicatorSources.Plan::reason, IndicatorSources.Plan::decidedBy,
                IndicatorSources.Plan::decidedAt, IndicatorSources.Plan::recorded)
                .containsExactlyElementsOf(before.stream().map(p -> org.assertj.core.groups.Tuple.tuple(
                        p.indicatorId(), p.source(), p.ratings(), p.reason(), p.decidedBy(), p.decidedAt(),
                        p.recorded())).toList());
        assertThat(after.stream().filter(p -> p.indicatorId().equals("ACCOMMODATION")).findFirst().orElseThrow()
                .source()).isEqualTo(IndicatorSource.EXCLUDED);

        // each choice is checked like one made on screen, at its JSON path
        ArrayNode bad = root.putArray("indicatorSources");
        bad.addObject().put("indicatorId", "NOPE").put("source", "EXCLUDED").put("reason", "x");
        bad.addObject().put("indicatorId", "JOBS").put("source", "EXCLUDED");
        bad.addObject().put("indicatorId", "IRR").put("source", "SCENARIO");
        bad.addObject().put("indicatorId", "ACCOMMODATION").put("source", "COMMITTEE_RATING").put("reason", "r")
                .putObject("ratings").put("CSSES", 12);
        assertThatThrownBy(() -> transfer.importWorkshop(json.writeValueAsBytes(root)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems())
                        .extracting(WorkshopImportException.Problem::path)
                        .containsExactly("$.indicatorSources[0].indicatorId", "$.indicatorSources[1].reason",
                                "$.indicatorSources[2].source", "$.indicatorSources[3].ratings.CSSES"));
    }

    @Test
    void a_bad_file_is_refused_whole_with_every_problem_at_its_json_path() throws Exception {
        long id = answeredWorkshop();
        ObjectNode root = (ObjectNode) json.readTree(transfer.export(id));
        ((ObjectNode) root.get("scenario").get("assumptions")).put("ratedPowerMw", -5);
        ((ObjectNode) root.get("scenario")).putArray("mechanisms").add("BARTER");
        ((ObjectNode) root.get("participants").get(0)).put("expertiseWeight", 0);
        ((ObjectNode) root.get("participants").get(1)).put("organisationType", "ALIEN");
        ArrayNode upper = (ArrayNode) root.get("participants").get(0).get("judgements").get(0).get("upper");
        upper.set(0, json.getNodeFactory().numberNode(20));
        ((ObjectNode) root.get("settings")).put("consensusThreshold", 1.5);
        int before = fixture.workshops().list().size();

        assertThatThrownBy(() -> transfer.importWorkshop(json.writeValueAsBytes(root)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems())
                        .extracting(WorkshopImportException.Problem::path)
                        .contains("$.scenario.assumptions.ratedPowerMw", "$.scenario.mechanisms[0]",
                                "$.participants[0].expertiseWeight", "$.participants[1].organisationType",
                                "$.participants[0].judgements[0].upper[0]", "$.settings.consensusThreshold"));
        assertThat(fixture.workshops().list()).hasSize(before);
    }

    @Test
    void hierarchy_and_judgement_mismatches_name_the_node() throws Exception {
        long id = answeredWorkshop();
        ObjectNode root = (ObjectNode) json.readTree(transfer.export(id));
        ((ObjectNode) root.get("hierarchy").get(3)).put("parentId", "NOWHERE");
        assertThatThrownBy(() -> transfer.importWorkshop(json.writeValueAsBytes(root)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo("$.hierarchy[3]");
                            assertThat(p.message().english()).contains("NOWHERE");
                        }));

        ObjectNode other = (ObjectNode) json.readTree(transfer.export(id));
        ((ObjectNode) other.get("participants").get(1).get("judgements").get(1)).put("nodeId", "TECHNICAL");
        ((ObjectNode) other.get("participants").get(1)).put("token", "abc");
        assertThatThrownBy(() -> transfer.importWorkshop(json.writeValueAsBytes(other)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems())
                        .extracting(WorkshopImportException.Problem::path)
                        .contains("$.participants[1].judgements[1].nodeId", "$.participants[1].token"));
    }

    @Test
    void not_a_workshop_file_is_refused_at_the_root() {
        assertThatThrownBy(() -> transfer.importWorkshop("{\"format\": 1".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems().get(0).message().english())
                        .startsWith("Not valid JSON"));
        assertThatThrownBy(() -> transfer.importWorkshop("{\"format\": \"other/2\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.problems().get(0).path())
                        .isEqualTo("$.format"));
        assertThatThrownBy(() -> transfer.importWorkshop(new byte[0])).isInstanceOf(WorkshopImportException.class);
    }

    @Test
    @WithMockUser(roles = "EXPERT")
    void experts_cannot_export_or_import() {
        assertThatThrownBy(() -> transfer.export(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transfer.importWorkshop(new byte[] {'{', '}'}))
                .isInstanceOf(AccessDeniedException.class);
    }
}
