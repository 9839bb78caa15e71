package com.sesadvisor.workshop.setup;

import com.sesadvisor.security.Actor;
import com.sesadvisor.workshop.WorkshopLogEntry;
import com.sesadvisor.workshop.WorkshopLogRepository;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.WorkshopSettings;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's set-up wizard: every step is stored as soon as it is saved, so set-up can resume anywhere.
 * Every save names the version it started from; a stale one is refused and nothing is overwritten.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class WorkshopSetupService {

    public static final int STEP_BASICS = 0;
    public static final int STEP_SCENARIO = 1;
    public static final int STEP_HIERARCHY = 2;
    public static final int STEP_SETTINGS = 3;
    public static final int STEP_PARTICIPANTS = 4;
    static final String ELIGIBILITY_FOLDER = "eligibility/";

    private final WorkshopRepository workshops;
    private final RuleEngine rules;
    private final Clock clock;
    private final com.sesadvisor.workshop.WorkshopService created;
    private final WorkshopLogRepository log;
    private final Actor actor;

    WorkshopSetupService(WorkshopRepository workshops, RuleEngine rules, Clock clock,
                         com.sesadvisor.workshop.WorkshopService created, WorkshopLogRepository log, Actor actor) {
        this.created = created;
        this.log = log;
        this.actor = actor;
        this.workshops = workshops;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WorkshopSetup setup(long workshopId) {
        return describe(load(workshopId));
    }

    public WorkshopSetup saveBasics(long workshopId, long expectedVersion, String name, String purpose) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new WorkshopInputException("name", Text.of("workshop.error.name"));
        }
        String p = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (p != null && p.length() > 1000) {
            throw new WorkshopInputException("purpose", Text.of("workshop.error.purpose"));
        }
        Workshop w = lockFor(workshopId, expectedVersion);
        w.rename(n, p);
        return saved(w, STEP_SCENARIO);
    }

    /**
     * Stores the scenario after checking the assumptions for every investment model under every chosen mechanism
     * (the committee compares all three models).
     *
     * @throws InvalidFinanceInputException listing every violation by field key
     * @throws WorkshopInputException       for no mechanism or an unknown rule set
     */
    public WorkshopSetup saveScenario(long workshopId, long expectedVersion, Assumptions assumptions,
                                      Set<ProfitMechanism> mechanisms, String ruleSet) {
        if (mechanisms == null || mechanisms.isEmpty()) {
            throw new WorkshopInputException("mechanisms", Text.of("workshop.error.mechanisms"));
        }
        List<Violation> violations = AssumptionValidator.violations(assumptions);
        if (violations.isEmpty()) {
            Map<String, Violation> byField = new LinkedHashMap<>();
            for (ProfitMechanism m : mechanisms) {
                for (InvestmentModel model : InvestmentModel.values()) {
                    AssumptionValidator.violations(assumptions, model, m).forEach(v -> byField.putIfAbsent(v.field(), v));
                }
            }
            violations = List.copyOf(byField.values());
        }
        if (!violations.isEmpty()) {
            throw new InvalidFinanceInputException(violations);
        }
        String set = ruleSet == null || ruleSet.isBlank() ? null : ruleSet.strip();
        if (set != null && !ruleSets().contains(set)) {
            throw new WorkshopInputException("ruleSet", Text.of("workshop.error.ruleSet", set));
        }
        Workshop w = lockFor(workshopId, expectedVersion);
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (AssumptionField f : AssumptionField.values()) {
            if (Double.compare(assumptions.get(f), f.defaultValue()) != 0) {
                overrides.put(f.key(), assumptions.get(f));
            }
        }
        String names = mechanisms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        w.applyScenario(overrides, names, set);
        return saved(w, STEP_HIERARCHY);
    }

    /** @throws WorkshopInputException naming the node that is wrong */
    public WorkshopSetup saveHierarchy(long workshopId, long expectedVersion, List<CriteriaNode> nodes) {
        WorkshopHierarchy.toHierarchy(nodes);
        Workshop w = lockFor(workshopId, expectedVersion);
        w.replaceNodes(WorkshopHierarchy.toRows(nodes));
        return saved(w, STEP_SETTINGS);
    }

    public WorkshopSetup saveSettings(long workshopId, long expectedVersion, WorkshopSettings settings) {
        if (settings == null) {
            throw new WorkshopInputException("settings", Text.of("workshop.error.settings"));
        }
        Workshop w = lockFor(workshopId, expectedVersion);
        Integer before = w.settings().quorum();
        w.applySettings(settings);
        if (!java.util.Objects.equals(before, settings.quorum())) {
            log.save(new WorkshopLogEntry(workshopId, clock.instant(), actor.name("system"),
                    WorkshopLogEntry.Action.QUORUM, null, null,
                    settings.quorum() == null ? "majority" : settings.quorum().toString()));
        }
        return saved(w, STEP_PARTICIPANTS);
    }

    /**
     * A whole workshop set up in one step (the API): created, then each wizard step saved through the same methods
     * as the screens, in one transaction, so a refused step leaves no half-made workshop behind.
     *
     * @param nodes    the hierarchy, null for the paper's (bilingual) default
     * @param settings null for the defaults
     */
    public WorkshopSetup createScripted(String name, String purpose, Assumptions assumptions,
                                        Set<ProfitMechanism> mechanisms, String ruleSet, List<CriteriaNode> nodes,
                                        Integer quorum, boolean anonymiseExperts, WorkshopSettings settings) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new WorkshopInputException("name", Text.of("workshop.error.name"));
        }
        Workshop w = created.create(n, purpose, actor.name("api"));
        WorkshopSetup s = saveBasics(w.getId(), w.getVersion(), n, purpose);
        s = saveScenario(s.id(), s.version(), assumptions, mechanisms, ruleSet);
        if (nodes != null) {
            s = saveHierarchy(s.id(), s.version(), nodes);
        }
        s = saveSettings(s.id(), s.version(), settings == null ? WorkshopSettings.defaults() : settings);
        return saveCommitteeRules(s.id(), s.version(), quorum, anonymiseExperts);
    }

    /** The quorum and whether reports name experts by number. */
    public WorkshopSetup saveCommitteeRules(long workshopId, long expectedVersion, Integer quorum,
                                            boolean anonymiseExperts) {
        Workshop w = lockFor(workshopId, expectedVersion);
        w.setQuorum(quorum);
        w.setAnonymiseExperts(anonymiseExperts);
        w.touch(clock.instant());
        return describe(workshops.saveAndFlush(w));
    }

    /** Names of the eligibility rule sets in the current rule base ({@code eligibility/<NAME>.drl}); may be empty. */
    @Transactional(readOnly = true)
    public List<String> ruleSets() {
        return rules.current().files().stream().map(f -> f.path())
                .filter(p -> p.startsWith(ELIGIBILITY_FOLDER) && p.endsWith(".drl"))
                .map(p -> p.substring(ELIGIBILITY_FOLDER.length(), p.length() - ".drl".length()))
                .sorted().toList();
    }

    private Workshop lockFor(long workshopId, long expectedVersion) {
        Workshop w = load(workshopId);
        if (w.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The workshop set-up");
        }
        return w;
    }

    private WorkshopSetup saved(Workshop w, int nextStep) {
        w.advanceSetupStep(nextStep);
        w.touch(clock.instant());
        return describe(workshops.saveAndFlush(w));
    }

    private Workshop load(long workshopId) {
        return workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
    }

    public static Assumptions assumptionsOf(Workshop w) {
        Assumptions.Builder b = Assumptions.builder();
        w.getAssumptionOverrides().forEach((key, value) -> {
            AssumptionField f = AssumptionField.byKey(key);
            if (f != null) { // a field removed from the engine since: its default applies
                b.set(f, value);
            }
        });
        return b.build();
    }

    public static Set<ProfitMechanism> mechanismsOf(Workshop w) {
        Set<ProfitMechanism> out = EnumSet.noneOf(ProfitMechanism.class);
        Arrays.stream(w.getMechanisms().split(",")).filter(s -> !s.isBlank()).forEach(s -> {
            try {
                out.add(ProfitMechanism.valueOf(s));
            } catch (IllegalArgumentException ignored) {
                // a mechanism renamed in the engine since: leave it out rather than fail the whole workshop
            }
        });
        return out;
    }

    public static WorkshopSetup describe(Workshop w) {
        return new WorkshopSetup(w.getId(), w.getVersion(), w.getName(), w.getPurpose(), w.getSetupStep(),
                assumptionsOf(w), mechanismsOf(w), Optional.ofNullable(w.getRuleSet()),
                WorkshopHierarchy.fromRows(w.getNodes()), w.settings());
    }
}
