package com.sesadvisor.workshop.transfer;

import static com.sesadvisor.base.i18n.TextRendering.assertBothLanguages;
import static com.sesadvisor.base.i18n.TextRendering.chinese;
import static com.sesadvisor.base.i18n.TextRendering.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The workshop's refusals reach the set-up wizard and the import list as texts: every import problem and every
 * validation message is triggered here and rendered in English (equal to the exception's English) and Chinese (no
 * missing key). A key that is used but missing from either bundle fails this test.
 */
class WorkshopTextsTest {

    private static final String RULE_SET = "CN-HEBEI-2024";
    private final ObjectMapper json = new ObjectMapper();
    private final WorkshopFileReader reader = new WorkshopFileReader(json, List.of(RULE_SET));

    @Test
    void a_valid_file_reads_without_problems() {
        WorkshopFileReader.Parsed parsed = reader.parse(bytes(validFile()));
        assertThat(parsed.name).isEqualTo("Committee");
        assertThat(parsed.participants).hasSize(1);
        assertThat(parsed.participants.get(0).judgements()).hasSize(1);
    }

    @Test
    void every_import_problem_renders_in_both_languages() {
        Set<String> keys = new LinkedHashSet<>();
        // the envelope: each fails the whole file
        keys.addAll(problems(new byte[0]));
        keys.addAll(problems(new byte[WorkshopTransferService.MAX_BYTES + 1]));
        keys.addAll(problems(bytes("{\"format\": 1")));
        keys.addAll(problems(bytes("[1]")));
        keys.addAll(problems(bytes("{\"format\": \"other/2\"}")));
        // the sections
        keys.addAll(problems(f -> {
            f.put("workshop", 3);
            f.put("settings", "x");
            f.putArray("hierarchy");
            f.put("participants", "x");
            ((ObjectNode) f.get("scenario")).put("assumptions", "x");
        }));
        keys.addAll(problems(f -> {
            ObjectNode ws = (ObjectNode) f.get("workshop");
            ws.put("name", " ");
            ws.put("purpose", "p".repeat(1001));
            ObjectNode s = (ObjectNode) f.get("scenario");
            ObjectNode a = (ObjectNode) s.get("assumptions");
            a.put("noSuchAssumption", 1);
            a.put("ratedPowerMw", "many");
            s.putArray("mechanisms").add("BARTER");
            s.put("ruleSet", 7);
            ObjectNode settings = (ObjectNode) f.get("settings");
            settings.put("aggregation", "MEDIAN");
            settings.put("consensusThreshold", 1.5);
        }));
        keys.addAll(problems(f -> {
            ObjectNode s = (ObjectNode) f.get("scenario");
            ((ObjectNode) s.get("assumptions")).put("ratedPowerMw", -5).put("cyclesPerYear", 400.5)
                    .put("depthOfDischarge", 1.5).put("capacityFadePerYear", -0.1);
            s.putArray("mechanisms");
            s.put("ruleSet", "NOWHERE");
            ((ObjectNode) f.get("settings")).put("excludeInconsistent", "yes");
            ((ArrayNode) f.get("hierarchy")).add(3);
            ObjectNode p = (ObjectNode) f.get("participants").get(0);
            p.put("token", "abc");
            p.put("organisationType", "ALIEN");
            p.put("finishedAt", "yesterday");
            p.put("judgements", 5);
        }));
        keys.addAll(problems(f -> ((ObjectNode) f.get("hierarchy").get(1)).put("parentId", "NOWHERE")));
        keys.addAll(problems(f -> {
            ObjectNode p = (ObjectNode) f.get("participants").get(0);
            p.put("expertiseWeight", 0);
            p.put("role", 5);
            ArrayNode js = (ArrayNode) p.get("judgements");
            js.add(js.get(0).deepCopy());
            js.add("x");
            ObjectNode other = js.addObject();
            other.put("nodeId", "NOWHERE");
            other.put("elements", "x");
            other.put("status", "MAYBE");
            ObjectNode wrong = js.addObject();
            wrong.put("nodeId", "G");
            wrong.putArray("elements").add("B").add("A");
            wrong.putArray("upper").add(20);
            wrong.put("status", "DONE");
        }));
        keys.addAll(problems(f -> ((ObjectNode) f.get("participants").get(0)).remove("expertiseWeight")));
        // a cross-field refusal: the finance engine's reason, shown as it gives it
        keys.addAll(problems(f -> ((ObjectNode) f.get("scenario").get("assumptions")).put("chargingCostInOpex", 1)));
        assertThat(keys).contains("workshop.import.empty", "workshop.import.tooLarge", "workshop.import.notJsonAt",
                "workshop.import.notObject", "workshop.import.format", "workshop.import.objectExpected",
                "workshop.import.listExpected", "workshop.import.required", "workshop.import.textExpected",
                "workshop.import.numberExpected", "workshop.import.booleanExpected", "workshop.import.timestamp",
                "workshop.import.oneOf", "workshop.import.unknownAssumption", "workshop.import.assumption",
                "workshop.import.assumptionWhole", "workshop.import.assumptionPositive", "workshop.import.assumptionMin",
                "workshop.import.assumptionMax",
                "workshop.import.mechanisms", "workshop.import.unknownMechanism", "workshop.import.ruleSetText",
                "workshop.import.ruleSetUnknown", "workshop.import.hierarchy", "workshop.import.threshold",
                "workshop.import.token", "workshop.import.duplicateJudgement", "workshop.import.notCompared",
                "workshop.import.elements", "workshop.import.elementsOrder", "workshop.import.upper",
                "workshop.import.judgement", "workshop.error.name", "workshop.error.purpose",
                "workshop.error.expertiseWeight", "workshop.hierarchy.error.parent");
        // the one envelope problem Jackson never triggers (it always knows the location)
        assertBothLanguages(Text.of("workshop.import.notJson"));
    }

    @Test
    void an_import_problem_reads_as_a_sentence_in_each_language() {
        WorkshopImportException e = catchThrowableOfType(() -> reader.parse(bytes(mutated(
                f -> ((ObjectNode) f.get("hierarchy").get(1)).put("parentId", "NOWHERE")))),
                WorkshopImportException.class);
        WorkshopImportException.Problem p = e.problems().get(0);
        assertThat(p.path()).isEqualTo("$.hierarchy[1]");
        assertThat(english(p.message())).isEqualTo("Its parent NOWHERE is not above it.");
        assertThat(chinese(p.message())).isEqualTo("其上级节点 NOWHERE 不在它的上方。");
        assertThat(e.getMessage()).endsWith("first: $.hierarchy[1]: Its parent NOWHERE is not above it.");
    }

    @Test
    void every_set_up_refusal_renders_in_both_languages() {
        List<WorkshopInputException> refusals = new ArrayList<>();
        for (Runnable r : List.<Runnable>of(
                () -> new ParticipantProfile(" ", OrganisationType.OTHER, null, 1, null),
                () -> new ParticipantProfile("A", null, null, 1, null),
                () -> new ParticipantProfile("A", OrganisationType.OTHER, "r".repeat(121), 1, null),
                () -> new ParticipantProfile("A", OrganisationType.OTHER, null, 1, "c".repeat(201)),
                () -> new ParticipantProfile("A", OrganisationType.OTHER, null, 11, null),
                () -> new WorkshopSettings(null, 0.75, false, false),
                () -> new WorkshopSettings(AggregationMethod.AIJ, 0, false, false),
                () -> WorkshopHierarchy.toHierarchy(List.of()),
                () -> hierarchy(new CriteriaNode("bad id", "G", "x", null)),
                () -> hierarchy(new CriteriaNode("A", "G", "again", null)),
                () -> hierarchy(new CriteriaNode("C", "G", " ", null)),
                () -> hierarchy(new CriteriaNode("C", null, "second goal", null)),
                () -> hierarchy(new CriteriaNode("C", "NOWHERE", "orphan", null)),
                () -> WorkshopHierarchy.toHierarchy(List.of(new CriteriaNode("G", null, "Goal", null),
                        new CriteriaNode("A", "G", "A", null))),
                () -> WorkshopHierarchy.toHierarchy(tooManyChildren()))) {
            refusals.add(catchThrowableOfType(r::run, WorkshopInputException.class));
        }
        assertThat(refusals).doesNotContainNull();
        for (WorkshopInputException e : refusals) {
            assertThat(e.getMessage()).isEqualTo(e.field() + ": " + e.text().english());
            assertBothLanguages(e.text());
        }
        assertThat(refusals).extracting(e -> e.text().key()).contains("workshop.error.name",
                "workshop.error.organisationType", "workshop.error.role", "workshop.error.contact",
                "workshop.error.expertiseWeight", "workshop.error.aggregation", "workshop.error.consensusThreshold",
                "workshop.hierarchy.error.noGoal", "workshop.hierarchy.error.id", "workshop.hierarchy.error.duplicateId",
                "workshop.hierarchy.error.name", "workshop.hierarchy.error.secondGoal",
                "workshop.hierarchy.error.parent", "workshop.hierarchy.error.goalCriteria",
                "workshop.hierarchy.error.tooManyChildren");
        assertThat(refusals.get(8).field()).isEqualTo("nodes[bad id].id");
        assertThat(chinese(refusals.get(14).text())).isEqualTo("最多只能比较 20 个子节点。");
        // the services' own refusals (they need a database to trigger: WorkshopServiceTest does)
        for (Text t : List.of(Text.of("workshop.error.purpose"), Text.of("workshop.error.mechanisms"),
                Text.of("workshop.error.ruleSet", "CN-XX"), Text.of("workshop.error.settings"),
                Text.of("workshop.error.participant"), Text.of("workshop.error.validity"),
                Text.of("workshop.scenario.required"))) {
            assertBothLanguages(t);
        }
    }

    @Test
    void group_finding_explanations_render_in_both_languages() {
        List<Text> details = List.of(Text.of("workshop.findingDetail.nodeEmpty", "Economic"),
                Text.of("workshop.findingDetail.consensusLow", 0.6234, Text.of("workshop.consensus.very_low"), 0.75,
                        "Economic"),
                Text.of("workshop.findingDetail.groupInconsistent", "Economic", 0.1234),
                Text.of("workshop.findingDetail.expertInconsistent", "Li Wei", 0.1234, "Economic", "AHP-CR-001"));
        details.forEach(t -> assertBothLanguages(t));
        assertThat(english(details.get(1))).isEqualTo("S* = 62.3% (very low) is below the threshold 75.0% at Economic.");
        assertThat(chinese(details.get(1))).isEqualTo("Economic 的 S* = 62.3%（很低），低于阈值 75.0%。");
    }

    // ------------------------------------------------------------------ helpers

    /** Parses a file that must fail; checks every problem in both languages and returns their keys. */
    private List<String> problems(byte[] file) {
        Throwable t = catchThrowable(() -> reader.parse(file));
        assertThat(t).isInstanceOf(WorkshopImportException.class);
        List<String> keys = new ArrayList<>();
        for (WorkshopImportException.Problem p : ((WorkshopImportException) t).problems()) {
            assertThat(p.path()).startsWith("$");
            assertBothLanguages(p.message());
            keys.add(p.message().key());
            p.message().args().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .forEach(nested -> keys.add(nested.key()));
        }
        return keys;
    }

    private List<String> problems(Consumer<ObjectNode> change) {
        return problems(bytes(mutated(change)));
    }

    private ObjectNode mutated(Consumer<ObjectNode> change) {
        ObjectNode f = validFile();
        change.accept(f);
        return f;
    }

    private static void hierarchy(CriteriaNode extra) {
        List<CriteriaNode> nodes = new ArrayList<>(List.of(new CriteriaNode("G", null, "Goal", null),
                new CriteriaNode("A", "G", "A", null), new CriteriaNode("B", "G", "B", null)));
        nodes.add(extra);
        WorkshopHierarchy.toHierarchy(nodes);
    }

    private static List<CriteriaNode> tooManyChildren() {
        List<CriteriaNode> nodes = new ArrayList<>(List.of(new CriteriaNode("G", null, "Goal", null)));
        for (int i = 0; i < 21; i++) {
            nodes.add(new CriteriaNode("C" + i, "G", "C" + i, null));
        }
        return nodes;
    }

    /** Goal G with children A and B, one participant who compared them. */
    private ObjectNode validFile() {
        ObjectNode root = json.createObjectNode();
        root.put("format", WorkshopTransferService.FORMAT);
        root.putObject("workshop").put("name", "Committee").put("purpose", "Test");
        ObjectNode scenario = root.putObject("scenario");
        scenario.putObject("assumptions");
        scenario.putArray("mechanisms").add("COMPREHENSIVE");
        scenario.put("ruleSet", RULE_SET);
        ArrayNode h = root.putArray("hierarchy");
        h.addObject().put("id", "G").putNull("parentId").put("name", "Goal").put("description", "");
        h.addObject().put("id", "A").put("parentId", "G").put("name", "A").put("description", "");
        h.addObject().put("id", "B").put("parentId", "G").put("name", "B").put("description", "");
        root.putObject("settings").put("aggregation", "AIJ").put("consensusThreshold", 0.75)
                .put("excludeInconsistent", false).put("expertsSeeGroup", false);
        ObjectNode p = root.putArray("participants").addObject();
        p.put("name", "Li Wei").put("organisationType", "GRID_COMPANY").put("role", "Planner")
                .put("expertiseWeight", 1.0).put("revoked", false).putNull("finishedAt");
        ObjectNode j = p.putArray("judgements").addObject();
        j.put("nodeId", "G");
        j.putArray("elements").add("A").add("B");
        j.putArray("upper").add(3.0);
        j.put("status", "DONE").put("updatedAt", "2025-03-01T09:30:00Z");
        return root;
    }

    private byte[] bytes(ObjectNode file) {
        return bytes(file.toString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
