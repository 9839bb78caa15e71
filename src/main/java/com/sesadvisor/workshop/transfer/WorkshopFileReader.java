package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a workshop file ({@value WorkshopTransferService#FORMAT}) completely before anything is stored,
 * collecting every problem with its JSON path, so an import either succeeds whole or explains every fault. The file's
 * envelope is checked here; each section has its own reader ({@link WorkshopFileScenario},
 * {@link WorkshopFileHierarchy}, {@link WorkshopFileSettings}, {@link WorkshopFileParticipants},
 * {@link WorkshopFileIndicatorSources}).
 */
final class WorkshopFileReader {

    private final ObjectMapper json;
    private final List<String> ruleSets;

    /** @param ruleSets the eligibility rule sets loaded now; a file may only name one of these */
    WorkshopFileReader(ObjectMapper json, List<String> ruleSets) {
        this.json = json;
        this.ruleSets = List.copyOf(ruleSets);
    }

    record ParsedJudgement(String nodeId, List<String> elements, double[] upper, JudgementStatus status,
                           Instant updatedAt) {
    }

    record ParsedParticipant(ParticipantProfile profile, boolean revoked, Instant finishedAt,
                             List<ParsedJudgement> judgements) {
    }

    record ParsedSource(String indicatorId, com.sesadvisor.engine.recommend.IndicatorSource source,
                        Map<com.sesadvisor.engine.finance.InvestmentModel, Double> ratings, String reason,
                        String decidedBy, Instant decidedAt) {
    }

    static final class Parsed {
        String name;
        String purpose;
        Map<String, Double> overrides = new LinkedHashMap<>();
        Set<ProfitMechanism> mechanisms = EnumSet.noneOf(ProfitMechanism.class);
        String ruleSet;
        List<CriteriaNode> nodes = new ArrayList<>();
        WorkshopSettings settings;
        boolean anonymiseExperts;
        List<ParsedParticipant> participants = new ArrayList<>();
        List<ParsedSource> sources = new ArrayList<>();
    }

    /** Reads and checks the whole file, collecting every problem before failing. */
    Parsed parse(byte[] file) {
        JsonNode root = envelope(file);
        WorkshopFileProblems problems = new WorkshopFileProblems();
        Parsed out = new Parsed();
        basics(problems.object(root, "workshop", "$.workshop"), out, problems);
        new WorkshopFileScenario(ruleSets, problems).read(problems.object(root, "scenario", "$.scenario"), out);
        new WorkshopFileHierarchy(problems).read(root.get("hierarchy"), out);
        new WorkshopFileSettings(problems).read(problems.object(root, "settings", "$.settings"), out);
        new WorkshopFileParticipants(problems).read(root.get("participants"), out);
        new WorkshopFileIndicatorSources(problems).read(root.get("indicatorSources"), out);
        problems.throwIfAny();
        return out;
    }

    /** The root object of a file of the right format; anything else fails the whole file at once. */
    private JsonNode envelope(byte[] file) {
        if (file == null || file.length == 0) {
            throw WorkshopFileProblems.fail("$", "workshop.import.empty");
        }
        if (file.length > WorkshopTransferService.MAX_BYTES) {
            throw WorkshopFileProblems.fail("$", "workshop.import.tooLarge",
                    WorkshopTransferService.MAX_BYTES / (1024 * 1024));
        }
        JsonNode root;
        try {
            root = json.readTree(new String(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null ? WorkshopFileProblems.fail("$", "workshop.import.notJson")
                    : WorkshopFileProblems.fail("$", "workshop.import.notJsonAt", e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw WorkshopFileProblems.fail("$", "workshop.import.notObject");
        }
        if (!WorkshopTransferService.FORMAT.equals(root.path("format").asText(null))) {
            throw WorkshopFileProblems.fail("$.format", "workshop.import.format", WorkshopTransferService.FORMAT);
        }
        return root;
    }

    /** Name and purpose, with the limits of the set-up wizard's first step. */
    private static void basics(JsonNode ws, Parsed out, WorkshopFileProblems problems) {
        out.name = ws == null ? null : problems.text(ws, "name", "$.workshop.name", true);
        if (out.name != null && (out.name.isBlank() || out.name.strip().length() > 120)) {
            problems.add("$.workshop.name", "workshop.error.name");
        } else if (out.name != null) {
            out.name = out.name.strip();
        }
        out.purpose = problems.text(ws, "purpose", "$.workshop.purpose", false);
        if (out.purpose != null && out.purpose.length() > 1000) {
            problems.add("$.workshop.purpose", "workshop.error.purpose");
        }
        if (out.purpose != null && out.purpose.isBlank()) {
            out.purpose = null;
        }
    }
}
