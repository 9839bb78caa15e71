package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.security.Actor;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.sources.IndicatorSourceChoice;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.WorkshopSettings;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole workshop as one JSON document ({@value #FORMAT}): set-up (scenario, mechanisms, rule set, hierarchy with
 * both labels, settings with the quorum and whether experts are anonymised, the facilitator's indicator-source choices with who decided and when), participants without their invitation tokens, and every expert judgement with its timestamp. Import
 * validates the whole file first, naming the JSON path of every problem, and then creates a new workshop in one
 * transaction (participants get fresh links), so a bad file stores nothing.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class WorkshopTransferService {

    public static final String FORMAT = "ses-advisor-workshop/1";
    /** Largest file the import reads (a workshop of a few dozen experts is well below 1 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int TOKEN_BYTES = 24;

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final WorkshopSetupService setup;
    private final Clock clock;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    private final Actor actor;
    private final IndicatorSourceChoiceRepository sources;

    WorkshopTransferService(WorkshopRepository workshops, ParticipantRepository participants,
                            ExpertJudgementRepository judgements, IndicatorSourceChoiceRepository sources,
                            WorkshopSetupService setup, Clock clock, ObjectMapper json, Actor actor) {
        this.actor = actor;
        this.sources = sources;
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.setup = setup;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The workshop as a JSON document (UTF-8). */
    @Transactional(readOnly = true)
    public byte[] export(long workshopId) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("exportedAt", clock.instant().toString());
        ObjectNode ws = root.putObject("workshop");
        ws.put("name", w.getName());
        ws.put("purpose", w.getPurpose());
        ws.put("createdBy", w.getCreatedBy());
        ws.put("createdAt", w.getCreatedAt().toString());
        ObjectNode scenario = root.putObject("scenario");
        ObjectNode assumptions = scenario.putObject("assumptions");
        Assumptions a = WorkshopSetupService.assumptionsOf(w);
        for (AssumptionField f : AssumptionField.values()) {
            assumptions.put(f.key(), a.get(f));
        }
        ArrayNode mechanisms = scenario.putArray("mechanisms");
        WorkshopSetupService.mechanismsOf(w).stream().sorted().forEach(m -> mechanisms.add(m.name()));
        scenario.put("ruleSet", w.getRuleSet());
        ArrayNode hierarchy = root.putArray("hierarchy");
        for (CriteriaNode n : WorkshopHierarchy.fromRows(w.getNodes())) {
            ObjectNode node = hierarchy.addObject();
            node.put("id", n.id());
            node.put("parentId", n.parentId());
            node.put("name", n.name());
            node.put("nameZh", n.nameZh().isEmpty() ? null : n.nameZh());
            node.put("description", n.description());
        }
        WorkshopSettings s = w.settings();
        ObjectNode settings = root.putObject("settings");
        settings.put("aggregation", s.aggregation().name());
        settings.put("consensusThreshold", s.consensusThreshold());
        settings.put("excludeInconsistent", s.excludeInconsistent());
        settings.put("expertsSeeGroup", s.expertsSeeGroup());
        settings.put("quorum", s.quorum()); // null = a majority of the invited experts
        settings.put("anonymiseExperts", w.isAnonymiseExperts());
        ArrayNode sourcesOut = root.putArray("indicatorSources");
        for (IndicatorSourceChoice c : sources.findByWorkshopIdOrderById(workshopId)) {
            ObjectNode sn = sourcesOut.addObject();
            sn.put("indicatorId", c.getIndicatorId());
            sn.put("source", c.getSource().name());
            if (!c.getRatings().isEmpty()) {
                ObjectNode ratings = sn.putObject("ratings");
                c.getRatings().forEach((m, v) -> ratings.put(m.name(), v));
            }
            sn.put("reason", c.getReason().isEmpty() ? null : c.getReason());
            sn.put("decidedBy", c.getDecidedBy());
            sn.put("decidedAt", c.getDecidedAt().toString());
        }
        Map<Long, List<ExpertJudgement>> byParticipant = judgements.findByParticipantWorkshopId(workshopId).stream()
                .collect(Collectors.groupingBy(j -> j.getParticipant().getId(), LinkedHashMap::new,
                        Collectors.toList()));
        ArrayNode people = root.putArray("participants");
        for (Participant p : participants.findByWorkshopIdOrderById(workshopId)) {
            ObjectNode person = people.addObject();
            ParticipantProfile profile = p.profile();
            person.put("name", profile.name());
            person.put("organisationType", profile.organisationType().name());
            person.put("role", profile.role());
            person.put("expertiseWeight", profile.expertiseWeight());
            person.put("contact", profile.contact());
            person.put("revoked", p.isRevoked());
            person.put("finishedAt", p.getFinishedAt() == null ? null : p.getFinishedAt().toString());
            ArrayNode js = person.putArray("judgements");
            for (ExpertJudgement j : byParticipant.getOrDefault(p.getId(), List.of())) {
                ObjectNode jn = js.addObject();
                jn.put("nodeId", j.getNodeId());
                ArrayNode elements = jn.putArray("elements");
                j.getElements().forEach(elements::add);
                ArrayNode upper = jn.putArray("upper");
                for (double v : j.getUpper()) {
                    if (Double.isNaN(v)) {
                        upper.addNull();
                    } else {
                        upper.add(v);
                    }
                }
                jn.put("status", j.getStatus().name());
                jn.put("updatedAt", j.getUpdatedAt().toString());
            }
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The workshop could not be written as JSON", e);
        }
    }

    /**
     * Creates a new workshop from an exported file.
     *
     * @return the new workshop's id
     * @throws WorkshopImportException listing every problem by JSON path; nothing is stored then
     */
    public long importWorkshop(byte[] file) {
        WorkshopFileReader.Parsed parsed = new WorkshopFileReader(json, setup.ruleSets()).parse(file);
        Instant now = clock.instant();
        Workshop w = new Workshop(parsed.name, parsed.purpose, currentUser(), now);
        w.applyScenario(parsed.overrides, parsed.mechanisms.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(",")), parsed.ruleSet);
        w.replaceNodes(WorkshopHierarchy.toRows(parsed.nodes));
        w.applySettings(parsed.settings);
        w.setAnonymiseExperts(parsed.anonymiseExperts);
        w.advanceSetupStep(WorkshopSetupService.STEP_PARTICIPANTS);
        w = workshops.save(w);
        for (WorkshopFileReader.ParsedParticipant pp : parsed.participants) {
            Participant p = new Participant(w, pp.profile(), newToken(), now.plus(ParticipantService.DEFAULT_VALIDITY),
                    now);
            if (pp.revoked()) {
                p.revoke();
            }
            if (pp.finishedAt() != null) {
                p.finish(pp.finishedAt());
            }
            p = participants.save(p);
            for (WorkshopFileReader.ParsedJudgement pj : pp.judgements()) {
                ExpertJudgement j = new ExpertJudgement(p, pj.nodeId(), pj.elements(), pj.updatedAt());
                j.setUpper(pj.upper());
                j.setStatus(pj.status(), pj.updatedAt());
                judgements.save(j);
            }
        }
        for (WorkshopFileReader.ParsedSource ps : parsed.sources) {
            IndicatorSourceChoice c = new IndicatorSourceChoice(w, ps.indicatorId());
            // who decided and when travel with the file: an exclusion keeps naming its decision
            c.decide(ps.source(), ps.ratings(), ps.reason(), ps.decidedBy() == null ? currentUser() : ps.decidedBy(),
                    ps.decidedAt() == null ? now : ps.decidedAt());
            sources.save(c);
        }
        workshops.flush();
        return w.getId();
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String currentUser() {
        return actor.name("import");
    }
}
