package com.sesadvisor.eligibility;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.EligibilityJudge;
import com.sesadvisor.rules.ExecutionLimits;
import com.sesadvisor.rules.RuleLimitExceededException;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleSetInfo;
import com.sesadvisor.rules.facts.EligibilityFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges projects against a named rule set: validates the inputs the rule set needs, computes the facts,
 * runs the rules and decides the verdict. Framework-free so that benchmarks run it directly.
 *
 * <p><b>How eligibility is decided</b> ({@link EligibilityJudge}): a rule set declares in its header the checks
 * every verdict must report ({@code // @checks}); the project is eligible only if every declared check reported
 * and passed. A declared check without a finding counts as failed ("ELIG-HE-003 did not report"), so a rule
 * that is deleted or silently stops matching can never make a project eligible.
 *
 * <p><b>Bounded and quarantined.</b> Every evaluation runs under the {@link ExecutionLimits} of the rule base. A
 * rule set that runs into them is quarantined ({@link RuleSetQuarantinedException}) until the next successful
 * reload, so one runaway rule set cannot hold request threads while the others keep answering.
 *
 * <p><b>Dated versions.</b> A check applies the version of the rule set in force on its assessment date (today
 * unless given).
 */
public class EligibilityEvaluator {

    private static final int MAX_NAME = 200;

    private static final Logger log = LoggerFactory.getLogger(EligibilityEvaluator.class);

    private final RuleEngine engine;
    private final ExecutionLimits limits;
    private final ZoneId zone;
    private volatile Catalogue catalogue;

    public EligibilityEvaluator(RuleEngine engine) {
        this(engine, ExecutionLimits.DEFAULT, ZoneId.systemDefault());
    }

    public EligibilityEvaluator(RuleEngine engine, ExecutionLimits limits, ZoneId zone) {
        this.engine = engine;
        this.limits = limits;
        this.zone = zone;
    }

    /** The rule sets of the serving generation, in file order. */
    public List<RuleSetInfo> ruleSets() {
        return List.copyOf(catalogue(engine.current()).sets.values());
    }

    /** Every version of every rule set of the serving generation, dated ones side by side. */
    public List<RuleSetInfo> allVersions() {
        return catalogue(engine.current()).all;
    }

    /** A rule set by name (the version in force today), or {@link UnknownRuleSetException}. */
    public RuleSetInfo ruleSet(String name) {
        return ruleSet(engine.current(), name, null);
    }

    /** A rule set by name, the version in force on {@code date} (today when null). */
    public RuleSetInfo ruleSet(String name, LocalDate date) {
        return ruleSet(engine.current(), name, date);
    }

    /** Judges one project on the version in force today. */
    public EligibilityVerdict evaluate(String ruleSet, ProjectInput input, String decidedBy, Instant decidedAt) {
        return evaluate(ruleSet, input, decidedBy, decidedAt, null);
    }

    /** Judges one project on the version of the rule set in force on {@code assessmentDate} (today when null). */
    public EligibilityVerdict evaluate(String ruleSet, ProjectInput input, String decidedBy, Instant decidedAt,
                                       LocalDate assessmentDate) {
        LocalDate date = dateOrToday(assessmentDate, decidedAt);
        return engine.withCurrent(rb -> evaluate(rb, ruleSet(rb, ruleSet, date), input, decidedBy, decidedAt,
                date));
    }

    /** The quarantined rule sets (name, file, since, why). */
    public List<RuleEngine.Quarantine> quarantines() {
        return engine.quarantines();
    }

    /**
     * Judges many projects on one pinned generation, so every row of a batch is judged by the same rule base
     * even if a reload happens meanwhile. Invalid rows give their problems instead of a verdict.
     */
    public List<Outcome> evaluateAll(String ruleSet, List<ProjectInput> inputs, String decidedBy,
                                     Instant decidedAt) {
        return evaluateAll(ruleSet, inputs, decidedBy, decidedAt, null);
    }

    /** As {@link #evaluateAll(String, List, String, Instant)}, on the version in force on {@code assessmentDate}. */
    public List<Outcome> evaluateAll(String ruleSet, List<ProjectInput> inputs, String decidedBy,
                                     Instant decidedAt, LocalDate assessmentDate) {
        LocalDate date = dateOrToday(assessmentDate, decidedAt);
        return engine.withCurrent(rb -> {
            RuleSetInfo info = ruleSet(rb, ruleSet, date);
            List<Outcome> outcomes = new ArrayList<>(inputs.size());
            for (ProjectInput input : inputs) {
                try {
                    outcomes.add(new Outcome(evaluate(rb, info, input, decidedBy, decidedAt, date), List.of()));
                } catch (InvalidProjectException e) {
                    outcomes.add(new Outcome(null, e.problems()));
                }
            }
            return outcomes;
        });
    }

    /** Either a verdict or the reasons there is none. */
    public record Outcome(EligibilityVerdict verdict, List<FieldProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** Field problems of an input for a rule set, without evaluating (forms validate as the user types). */
    public List<FieldProblem> validate(RuleSetInfo ruleSet, ProjectInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldProblem("name", Text.of("eligibility.name.required")));
        } else if (input.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", Text.of("eligibility.name.length")));
        }
        for (String field : ruleSet.requires()) {
            if (!ProjectInput.FIELDS.contains(field) || field.equals("name")) {
                continue;
            }
            Object value = input.value(field);
            if (value == null) {
                problems.add(new FieldProblem(field, Text.of(ProjectInput.isBoolean(field)
                        ? "eligibility.problem.needsYesNo" : "eligibility.problem.needs", ruleSet.name(), field,
                        label(field))));
            }
        }
        number(problems, "ratedPowerMw", input.ratedPowerMw(), true);
        number(problems, "ratedEnergyMwh", input.ratedEnergyMwh(), false);
        number(problems, "annualCycles", input.annualCycles(), false);
        if (input.ratedPowerMw() == null && problems.stream().noneMatch(p -> p.field().equals("ratedPowerMw"))) {
            // Every rule set derives the duration from the power, so the power is always needed.
            problems.add(new FieldProblem("ratedPowerMw", Text.of("eligibility.problem.powerNeeded")));
        }
        return problems;
    }

    private EligibilityVerdict evaluate(RuleBase rb, RuleSetInfo info, ProjectInput input, String decidedBy,
                                        Instant decidedAt, LocalDate assessmentDate) {
        return evaluate(info, input, decidedBy, decidedAt, assessmentDate,
                fact -> EligibilityJudge.judge(rb, info, fact, limits));
    }

    /**
     * Opens a batch on the generation serving now, pinned until {@link Batch#close()}: every row of a long job
     * is judged by the same rule base and rule-set version, on the version in force today.
     */
    public Batch openBatch(String ruleSet, String decidedBy, Instant decidedAt) {
        RuleEngine.Pinned pinned = engine.pin();
        try {
            LocalDate date = dateOrToday(null, decidedAt);
            return new Batch(pinned, ruleSet(pinned.ruleBase(), ruleSet, date), decidedBy, decidedAt, date);
        } catch (RuntimeException e) {
            pinned.close();
            throw e;
        }
    }

    /** A pinned batch; each judging thread takes its own {@link #worker()}. */
    public final class Batch implements AutoCloseable {
        private final RuleEngine.Pinned pinned;
        private final RuleSetInfo info;
        private final String decidedBy;
        private final Instant decidedAt;
        private final LocalDate date;

        private Batch(RuleEngine.Pinned pinned, RuleSetInfo info, String decidedBy, Instant decidedAt,
                      LocalDate date) {
            this.pinned = pinned;
            this.info = info;
            this.decidedBy = decidedBy;
            this.decidedAt = decidedAt;
            this.date = date;
        }

        public RuleSetInfo ruleSet() {
            return info;
        }

        /** A judge for one thread, with one reused rule session. */
        public Worker worker() {
            return new Worker(this);
        }

        @Override
        public void close() {
            pinned.close();
        }
    }

    /** One thread's judge of a {@link Batch}: reuses one rule session for every project it judges. */
    public final class Worker implements AutoCloseable {
        private final Batch batch;
        private final RuleEngine.ReusableSession session;

        private Worker(Batch batch) {
            this.batch = batch;
            this.session = EligibilityJudge.session(batch.pinned.ruleBase(), batch.info, limits);
        }

        /**
         * A verdict, or the problems that keep the project from being judged. A rule set that runs into its
         * limits is quarantined and {@link RuleSetQuarantinedException} thrown, as for single checks.
         */
        public Outcome judge(ProjectInput input) {
            try {
                return new Outcome(evaluate(batch.info, input, batch.decidedBy, batch.decidedAt, batch.date,
                        fact -> EligibilityJudge.judge(session, batch.info, fact)), List.of());
            } catch (InvalidProjectException e) {
                return new Outcome(null, e.problems());
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }

    private EligibilityVerdict evaluate(RuleSetInfo info, ProjectInput input, String decidedBy, Instant decidedAt,
                                        LocalDate assessmentDate,
                                        java.util.function.Function<EligibilityFact, EligibilityJudge.Judgement> judge) {
        List<FieldProblem> problems = validate(info, input);
        if (!problems.isEmpty()) {
            throw new InvalidProjectException(problems);
        }
        engine.quarantined(info.name(), info.version()).ifPresent(q -> {
            throw new RuleSetQuarantinedException(q);
        });
        EligibilityFact fact = EligibilityFact.of(info.name(), input.name().strip(), input.ratedPowerMw(),
                orZero(input.ratedEnergyMwh()), orZero(input.annualCycles()),
                Boolean.TRUE.equals(input.independentMetering()), Boolean.TRUE.equals(input.dispatchConnected()),
                Boolean.TRUE.equals(input.legalEntity()));
        EligibilityJudge.Judgement judgement;
        try {
            judgement = judge.apply(fact);
        } catch (RuleLimitExceededException e) {
            engine.quarantine(info.name(), info.file(), info.version(), e.getMessage());
            log.error("Rule set {} ({}) quarantined: {}", info.name(), info.file(), e.getMessage());
            throw new RuleSetQuarantinedException(engine.quarantined(info.name(), info.version()).orElseThrow());
        }
        List<RuleCheck> checks = judgement.checks().stream().map(c -> new RuleCheck(c.ruleId(), c.passed(),
                c.required(), c.actual(), c.messageEn(), c.messageZh())).toList();
        return new EligibilityVerdict(input, info.name(), info.version(), judgement.ruleBaseVersion(),
                judgement.eligible(), checks, judgement.firedRules(), decidedBy, decidedAt, assessmentDate, null);
    }

    private RuleSetInfo ruleSet(RuleBase rb, String name, LocalDate date) {
        Catalogue c = catalogue(rb);
        String wanted = name == null ? null : name.strip();
        List<RuleSetInfo> versions = c.all.stream().filter(r -> r.name().equals(wanted)).toList();
        if (versions.isEmpty()) {
            throw new UnknownRuleSetException(name, c.sets.keySet());
        }
        if (date == null) {
            return c.sets.get(wanted);
        }
        return versions.stream().filter(r -> r.inForceOn(date)).findFirst()
                .orElseThrow(() -> new InvalidProjectException(List.of(new FieldProblem("assessmentDate",
                        Text.of("eligibility.problem.notInForce", wanted, date.toString(),
                                versions.stream().map(v -> v.effectiveFrom() + " – "
                                        + (v.effectiveUntil() == null ? "" : v.effectiveUntil().toString()))
                                        .collect(java.util.stream.Collectors.joining(", ")))))));
    }

    private LocalDate dateOrToday(LocalDate date, Instant decidedAt) {
        return date != null ? date : LocalDate.ofInstant(decidedAt, zone);
    }

    /** Rule-set headers parsed once per generation, not once per project. */
    private Catalogue catalogue(RuleBase rb) {
        Catalogue c = catalogue;
        if (c == null || c.ruleBase != rb) {
            List<RuleSetInfo> all = RuleSetInfo.all(rb);
            c = new Catalogue(rb, RuleSetInfo.inForce(all, LocalDate.now(zone)), all);
            catalogue = c;
        }
        return c;
    }

    private record Catalogue(RuleBase ruleBase, Map<String, RuleSetInfo> sets, List<RuleSetInfo> all) {
    }

    private static void number(List<FieldProblem> problems, String field, Double value, boolean positive) {
        if (value == null || problems.stream().anyMatch(p -> p.field().equals(field))) {
            return;
        }
        if (!Double.isFinite(value)) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.notFinite", field, label(field))));
        } else if (positive && value <= 0) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.notPositive", field, label(field),
                    value)));
        } else if (value < 0) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.negative", field, label(field),
                    value)));
        } else if (value > upperBound(field)) {
            problems.add(new FieldProblem(field, Text.of("eligibility.problem.tooLarge", field, label(field),
                    value, upperBound(field))));
        }
    }

    /** Plausibility bound from the finance catalogue (same unit: MW, MWh, cycles per year). */
    private static double upperBound(String field) {
        return switch (field) {
            case "ratedPowerMw" -> AssumptionField.RATED_POWER_MW.max();
            case "ratedEnergyMwh" -> AssumptionField.RATED_ENERGY_MWH.max();
            case "annualCycles" -> AssumptionField.CYCLES_PER_YEAR.max();
            default -> Double.MAX_VALUE;
        };
    }

    /**
     * The field's label on the project form (e.g. "Rated energy (MWh)"): the Chinese messages name it, the English
     * ones keep the API's field name.
     */
    private static Text label(String field) {
        return Text.of(EligibilityText.fact(field));
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
