package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.engine.recommend.AlternativesLevel;
import com.sesadvisor.workshop.WorkshopInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code participants} section of a workshop file: profiles (checked as the participants step checks them), the
 * revoked and finished marks, and each participant's judgements ({@link WorkshopFileJudgements}). Invitation tokens
 * are refused: imported participants get new links.
 */
final class WorkshopFileParticipants {

    private final WorkshopFileProblems problems;

    WorkshopFileParticipants(WorkshopFileProblems problems) {
        this.problems = problems;
    }

    /** Reads after the hierarchy, whose compared nodes the judgements must match. */
    void read(JsonNode ps, WorkshopFileReader.Parsed out) {
        if (ps == null || ps.isNull()) {
            return;
        }
        if (!ps.isArray()) {
            problems.add("$.participants", "workshop.import.listExpected");
            return;
        }
        WorkshopFileJudgements judgements = new WorkshopFileJudgements(comparedNodes(out.nodes), problems);
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String path = "$.participants[" + i + "]";
            if (!p.isObject()) {
                problems.add(path, "workshop.import.objectExpected");
                continue;
            }
            if (p.has("token")) {
                problems.add(path + ".token", "workshop.import.token");
            }
            ParticipantProfile profile = profile(p, path);
            boolean revoked = p.has("revoked") && problems.bool(p, "revoked", path + ".revoked");
            Instant finishedAt = problems.instant(p, "finishedAt", path + ".finishedAt", false);
            List<WorkshopFileReader.ParsedJudgement> js = judgements(p.get("judgements"), path, judgements);
            if (profile != null) {
                out.participants.add(new WorkshopFileReader.ParsedParticipant(profile, revoked, finishedAt, js));
            }
        }
    }

    private ParticipantProfile profile(JsonNode p, String path) {
        OrganisationType org = problems.constant(p, "organisationType", path + ".organisationType",
                OrganisationType.class);
        JsonNode weight = p.get("expertiseWeight");
        if (weight == null || !weight.isNumber()) {
            problems.add(path + ".expertiseWeight", "workshop.import.numberExpected");
            return null;
        }
        if (org == null) {
            return null;
        }
        try {
            return new ParticipantProfile(problems.text(p, "name", path + ".name", true), org,
                    problems.text(p, "role", path + ".role", false), weight.asDouble(),
                    problems.text(p, "contact", path + ".contact", false));
        } catch (WorkshopInputException e) {
            problems.add(path + "." + e.field(), e.text());
            return null;
        }
    }

    private List<WorkshopFileReader.ParsedJudgement> judgements(JsonNode jarr, String path,
                                                               WorkshopFileJudgements reader) {
        List<WorkshopFileReader.ParsedJudgement> js = new ArrayList<>();
        if (jarr != null && !jarr.isNull() && !jarr.isArray()) {
            problems.add(path + ".judgements", "workshop.import.listExpected");
        } else if (jarr != null) {
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < jarr.size(); k++) {
                WorkshopFileReader.ParsedJudgement j = reader.read(jarr.get(k), path + ".judgements[" + k + "]");
                if (j != null && !seen.add(j.nodeId())) {
                    problems.add(path + ".judgements[" + k + "].nodeId", "workshop.import.duplicateJudgement",
                            j.nodeId());
                } else if (j != null) {
                    js.add(j);
                }
            }
        }
        return js;
    }

    /** The ids of the children of every compared node; empty when the hierarchy itself is wrong. */
    private static Map<String, List<String>> comparedNodes(List<CriteriaNode> nodes) {
        Map<String, List<String>> out = new HashMap<>();
        try {
            Hierarchy h = WorkshopHierarchy.toHierarchy(nodes);
            for (HierarchyNode n : WorkshopHierarchy.comparedNodes(h)) {
                out.put(n.id(), n.children().stream().map(HierarchyNode::id).toList());
            }
            // the models compared under an indicator the finance model cannot measure (its alternatives node)
            for (HierarchyNode n : h.nodes()) {
                if (n.isLeaf() && !IndicatorSources.financeMeasurable(n.id())) {
                    out.put(n.id(), AlternativesLevel.MODELS.stream().map(Enum::name).toList());
                }
            }
        } catch (RuntimeException e) {
            // the hierarchy's own problems are reported at $.hierarchy; judgements then cannot be checked
        }
        return out;
    }
}
