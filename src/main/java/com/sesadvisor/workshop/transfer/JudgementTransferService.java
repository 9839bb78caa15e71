package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.setup.ParticipantService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each expert's pairwise judgements of one workshop, per group, as CSV (one line per pair) or JSON
 * ({@value JudgementFile#FORMAT}); expert names become "Expert 1, 2 ..." when the workshop anonymises its experts.
 * Import into a workshop with the same groups checks every row first and names the line or JSON path of each
 * problem; if there is one, nothing is stored. Experts are matched by name (a new name becomes a new participant
 * with a fresh link). Stale data is refused: a group whose elements changed since the export, a group changed here
 * after the file's timestamp, and an expert who has finished here.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class JudgementTransferService {

    /** What an import stored. */
    public record ImportSummary(int groups, int experts, int newExperts) {
    }

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final IndicatorSourceChoiceRepository sources;
    private final ParticipantService invitations;
    private final ObjectMapper json;
    private final Clock clock;

    JudgementTransferService(WorkshopRepository workshops, ParticipantRepository participants,
                             ExpertJudgementRepository judgements, IndicatorSourceChoiceRepository sources,
                             ParticipantService invitations, ObjectMapper json, Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.sources = sources;
        this.invitations = invitations;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] exportCsv(long workshopId) {
        return JudgementFile.toCsv(rows(workshopId));
    }

    @Transactional(readOnly = true)
    public byte[] exportJson(long workshopId) {
        Workshop w = workshop(workshopId);
        ObjectNode root = json.createObjectNode();
        root.put("format", JudgementFile.FORMAT);
        root.put("workshop", w.getName());
        root.put("exportedAt", clock.instant().toString());
        root.put("anonymised", w.isAnonymiseExperts());
        ArrayNode experts = root.putArray("experts");
        Map<String, ObjectNode> expertNodes = new LinkedHashMap<>();
        Map<String, ArrayNode> pairNodes = new HashMap<>();
        for (JudgementFile.Row r : rows(workshopId)) {
            ObjectNode expert = expertNodes.computeIfAbsent(r.expert(), name -> {
                ObjectNode e = experts.addObject();
                e.put("expert", name);
                e.put("weight", r.weight());
                e.putArray("groups");
                return e;
            });
            ArrayNode pairs = pairNodes.computeIfAbsent(r.expert() + "\n" + r.group(), k -> {
                ObjectNode g = ((ArrayNode) expert.get("groups")).addObject();
                g.put("group", r.group());
                ArrayNode el = g.putArray("elements");
                r.elements().forEach(el::add);
                g.put("status", r.status().name());
                g.put("updatedAt", r.updatedAt().toString());
                return g.putArray("pairs");
            });
            ObjectNode p = pairs.addObject();
            p.put("row", r.row());
            p.put("column", r.column());
            p.put("value", r.value());
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The judgements could not be written as JSON", e);
        }
    }

    /** @throws WorkshopImportException naming the line and field of every problem; nothing is stored then */
    public ImportSummary importCsv(long workshopId, byte[] file) {
        List<WorkshopImportException.Problem> problems = new ArrayList<>();
        checkSize(file);
        return apply(workshopId, new JudgementFile(problems).csv(file), problems);
    }

    /** @throws WorkshopImportException naming the JSON path of every problem; nothing is stored then */
    public ImportSummary importJson(long workshopId, byte[] file) {
        List<WorkshopImportException.Problem> problems = new ArrayList<>();
        checkSize(file);
        return apply(workshopId, new JudgementFile(problems).json(json, file), problems);
    }

    private static void checkSize(byte[] file) {
        if (file == null || file.length == 0) {
            throw new WorkshopImportException(List.of(new WorkshopImportException.Problem("file",
                    Text.of(JudgementText.EMPTY))));
        }
        if (file.length > WorkshopTransferService.MAX_BYTES) {
            throw new WorkshopImportException(List.of(new WorkshopImportException.Problem("file",
                    Text.of(JudgementText.TOO_LARGE, WorkshopTransferService.MAX_BYTES / (1024 * 1024)))));
        }
    }

    /** Every judgement whose elements are the group's current ones, expert by expert (id order), group order. */
    private List<JudgementFile.Row> rows(long workshopId) {
        Workshop w = workshop(workshopId);
        Map<String, List<String>> groups = groups(w);
        Map<String, ExpertJudgement> byKey = new HashMap<>();
        judgements.findByParticipantWorkshopId(workshopId)
                .forEach(j -> byKey.put(j.getParticipant().getId() + "/" + j.getNodeId(), j));
        List<JudgementFile.Row> rows = new ArrayList<>();
        List<Participant> people = participants.findByWorkshopIdOrderById(workshopId);
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get(i);
            String name = w.isAnonymiseExperts() ? "Expert " + (i + 1) : p.profile().name();
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                ExpertJudgement j = byKey.get(p.getId() + "/" + g.getKey());
                List<String> el = g.getValue();
                if (j == null || !j.getElements().equals(el)) {
                    continue;
                }
                double[] upper = j.getUpper();
                for (int a = 0; a < el.size(); a++) {
                    for (int b = a + 1; b < el.size(); b++) {
                        double v = upper[PairwiseMatrix.upperTriangleIndex(el.size(), a, b)];
                        rows.add(new JudgementFile.Row(name, p.profile().expertiseWeight(), g.getKey(), el,
                                el.get(a), el.get(b), Double.isNaN(v) ? null : v, j.getStatus(), j.getUpdatedAt(),
                                f -> f));
                    }
                }
            }
        }
        return rows;
    }

    /** The groups experts compare (criteria nodes, then the models under committee-compared indicators). */
    private Map<String, List<String>> groups(Workshop w) {
        List<CriteriaNode> nodes = WorkshopHierarchy.fromRows(w.getNodes());
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (HierarchyNode n : IndicatorSources.comparisonNodes(WorkshopHierarchy.toHierarchy(
                WorkshopHierarchy.displayed(w.getNodes())), nodes, sources.findByWorkshopIdOrderById(w.getId()))) {
            out.put(n.id(), n.children().stream().map(HierarchyNode::id).toList());
        }
        return out;
    }

    private Workshop workshop(long id) {
        return workshops.findById(id).orElseThrow(() -> new WorkshopNotFoundException(id));
    }

    /** One expert's answers to one group, gathered from the file's rows. */
    private static final class GroupAnswers {
        final JudgementFile.Row first;
        final double[] upper;
        final boolean[] seen;
        /** A pair of this group was refused: its missing value is that problem, not a second one. */
        boolean refused;

        GroupAnswers(JudgementFile.Row first, int n) {
            this.first = first;
            this.upper = new double[PairwiseMatrix.upperTriangleSize(n)];
            Arrays.fill(upper, Double.NaN);
            this.seen = new boolean[upper.length];
        }
    }

    private ImportSummary apply(long workshopId, List<JudgementFile.Row> rows,
                                List<WorkshopImportException.Problem> problems) {
        Workshop w = workshop(workshopId);
        Map<String, List<String>> groups = groups(w);
        Map<String, Participant> here = new HashMap<>();
        participants.findByWorkshopIdOrderById(workshopId)
                .forEach(p -> here.putIfAbsent(key(p.profile().name()), p));
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, GroupAnswers> answers = new LinkedHashMap<>();
        for (JudgementFile.Row r : rows) {
            if (r.expert() == null || r.weight() == null || r.group() == null || r.status() == null
                    || r.updatedAt() == null) {
                continue; // already reported by the reader
            }
            String expert = key(r.expert());
            if (r.expert().strip().length() > 120) {
                problem(problems, r.at().apply("expert"), JudgementText.NAME);
                continue;
            }
            if (!(r.weight() > 0 && r.weight() <= ParticipantProfile.MAX_WEIGHT)) {
                problem(problems, r.at().apply("weight"), JudgementText.WEIGHT);
                continue;
            }
            Double earlier = weights.putIfAbsent(expert, r.weight());
            names.putIfAbsent(expert, r.expert().strip());
            if (earlier != null && earlier.doubleValue() != r.weight()) {
                problem(problems, r.at().apply("weight"), JudgementText.WEIGHT_DIFFERS, r.expert(), earlier);
                continue;
            }
            List<String> elements = groups.get(r.group());
            if (elements == null) {
                problem(problems, r.at().apply("group"), JudgementText.NO_GROUP, r.group());
                continue;
            }
            if (r.elements() != null && !r.elements().equals(elements)) {
                problem(problems, r.at().apply("elements"), JudgementText.STALE_ELEMENTS, r.group(),
                        elements.toString(), r.elements().toString());
                continue;
            }
            GroupAnswers g = answers.computeIfAbsent(expert + "\n" + r.group(), k -> new GroupAnswers(r,
                    elements.size()));
            if (g.first.status() != r.status() || !g.first.updatedAt().equals(r.updatedAt())) {
                problem(problems, r.at().apply("status"), JudgementText.GROUP_DIFFERS, r.expert(), r.group());
                continue;
            }
            int before = problems.size();
            pair(r, elements, g, problems);
            g.refused |= problems.size() > before;
        }
        for (GroupAnswers g : answers.values()) {
            JudgementFile.Row r = g.first;
            int missing = (int) Arrays.stream(g.upper).filter(Double::isNaN).count();
            if (r.status() == JudgementStatus.DONE && missing > 0 && !g.refused) {
                problem(problems, r.at().apply("status"), JudgementText.UNANSWERED, r.group(), r.expert(), missing);
            }
            Participant p = here.get(key(r.expert()));
            if (p == null) {
                continue;
            }
            if (p.getFinishedAt() != null) {
                problem(problems, r.at().apply("expert"), JudgementText.FINISHED, r.expert());
            } else if (p.profile().expertiseWeight() != r.weight()) {
                problem(problems, r.at().apply("weight"), JudgementText.WEIGHT_PARTICIPANT, r.expert(),
                        p.profile().expertiseWeight(), r.weight());
            }
            judgements.findByParticipantIdAndNodeId(p.getId(), r.group())
                    .filter(j -> j.getUpdatedAt().isAfter(r.updatedAt()))
                    .ifPresent(j -> problem(problems, r.at().apply("updatedAt"), JudgementText.STALE, r.expert(),
                            r.group(), j.getUpdatedAt().toString(), r.updatedAt().toString()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problem(problems, "file", JudgementText.EMPTY);
        }
        if (!problems.isEmpty()) {
            throw new WorkshopImportException(problems);
        }
        int created = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (!here.containsKey(e.getKey())) {
                long id = invitations.invite(workshopId, new ParticipantProfile(e.getValue(), OrganisationType.OTHER,
                        null, weights.get(e.getKey()), null), ParticipantService.DEFAULT_VALIDITY).id();
                here.put(e.getKey(), participants.findById(id).orElseThrow());
                created++;
            }
        }
        for (GroupAnswers g : answers.values()) {
            JudgementFile.Row r = g.first;
            Participant p = here.get(key(r.expert()));
            List<String> elements = groups.get(r.group());
            ExpertJudgement j = judgements.findByParticipantIdAndNodeId(p.getId(), r.group())
                    .orElseGet(() -> new ExpertJudgement(p, r.group(), elements, r.updatedAt()));
            if (!j.getElements().equals(elements)) {
                j.reset(elements, r.updatedAt());
            }
            j.setUpper(g.upper);
            j.setStatus(r.status(), r.updatedAt());
            judgements.save(j);
        }
        judgements.flush();
        return new ImportSummary(answers.size(), names.size(), created);
    }

    /** Checks one pair and records its value in the group's upper triangle. */
    private static void pair(JudgementFile.Row r, List<String> elements, GroupAnswers g,
                             List<WorkshopImportException.Problem> problems) {
        if (r.row() == null || r.column() == null) {
            return; // reported by the reader
        }
        int a = elements.indexOf(r.row());
        int b = elements.indexOf(r.column());
        if (a < 0 || b < 0) {
            problem(problems, r.at().apply(a < 0 ? "row" : "column"), JudgementText.NOT_ELEMENT,
                    a < 0 ? r.row() : r.column(), r.group(), elements.toString());
            return;
        }
        if (a == b) {
            problem(problems, r.at().apply("column"), JudgementText.SAME_ELEMENT);
            return;
        }
        Double v = r.value();
        if (v != null && (!(v > 0) || Math.abs(SaatyScale.nearest(v) - v) > 1e-6 * SaatyScale.nearest(v))) {
            problem(problems, r.at().apply("value"), JudgementText.SCALE);
            return;
        }
        int k = PairwiseMatrix.upperTriangleIndex(elements.size(), Math.min(a, b), Math.max(a, b));
        if (g.seen[k]) {
            problem(problems, r.at().apply("row"), JudgementText.DUPLICATE_PAIR, r.row(), r.column(), r.expert(),
                    r.group());
            return;
        }
        g.seen[k] = true;
        g.upper[k] = v == null ? Double.NaN : a < b ? v : 1.0 / v;
    }

    private static void problem(List<WorkshopImportException.Problem> problems, String where, JudgementText key,
                                Object... args) {
        problems.add(new WorkshopImportException.Problem(where, Text.of(key, args)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
