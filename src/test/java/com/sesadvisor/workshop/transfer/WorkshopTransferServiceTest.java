package com.sesadvisor.workshop.transfer;

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
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.TestWorkshops;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.results.CommitteeWeightsService;
import com.sesadvisor.workshop.results.WorkshopOutcome;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
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
    WorkshopSetupService setup;
    @Autowired
    ExpertJudgementService experts;
    @Autowired
    CommitteeWeightsService outcomes;
    @Autowired
    WorkshopTransferService transfer;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestWorkshops fixture;

    private List<String> tokens;

    private long answeredWorkshop() {
        long id = fixture.workshop("Round trip", "Check the file", "facilitator")
                .scenario(Assumptions.paperDefaults().with(AssumptionField.SPREAD, 0.65),
                        Set.of(ProfitMechanism.SPOT_MARKET), "CN-HEBEI-2024")
                .hierarchy(TestWorkshops.economicAndSocial())
                .settings(new WorkshopSettings(AggregationMethod.AIJ, 0.8, true, false)).create();
        String ana = fixture.invite(id, new ParticipantProfile("Ana", OrganisationType.GRID_COMPANY, "Planner", 2,
                "ana@example.org"), Duration.ofDays(7));
        String bo = fixture.invite(id, new ParticipantProfile("Bo", OrganisationType.THIRD_PARTY_INVESTOR, null, 1,
                null), Duration.ofDays(7));
        String chen = fixture.invite(id, new ParticipantProfile("Chen", OrganisationType.REGULATOR, null, 1, null),
                Duration.ofDays(7));
        double[][] answers = {{3, 2, 1.0 / 2}, {5, 1, 3}};
        String[] who = {ana, bo};
        for (int i = 0; i < 2; i++) {
            fixture.answerNode(who[i], "GOAL", answers[i][0]);
            fixture.answerNode(who[i], "ECONOMIC", answers[i][1]);
            fixture.answerNode(who[i], "SOCIAL", answers[i][2]);
            fixture.answerModels(who[i], answers[i][1], answers[i][0], 1); // the models under Jobs, Accommodation
        }
        experts.finish(ana);
        experts.answer(chen, "GOAL", 0, 1, 1.0 / 4); // half-way: open node kept as it is
        tokens = List.of(ana, bo, chen);
        return id;
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
        assertThat(setup.setup(copy).settings()).isEqualTo(setup.setup(id).settings());
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
