package com.sesadvisor.workshop;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Provenance;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.text.TextKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiler-checked key families of the {@code workshop} bundle: a value's name is chosen by a typed method here,
 * never by {@code "workshop.status." + s.name()} at a call site (decision 0006). {@code TextKeysTest} renders every
 * member of {@link #families()} in English and Chinese and fails on a key built by concatenation elsewhere.
 */
public enum WorkshopText implements TextKey {
    /** "S* = {0} ({1})": a consensus value with its word. */
    CONSENSUS_VALUE("workshop.consensus.value"),
    /** "Expert {0}": an expert's name in an anonymised workshop's record. */
    ANONYMOUS_EXPERT("workshop.record.anonymousExpert");

    /** The steps of the set-up wizard, in order. */
    public static final List<String> SETUP_STEPS = List.of("basics", "scenario", "hierarchy", "settings",
            "participants");
    /** Goepel's consensus words as the engine writes them (the default scale). */
    public static final List<String> CONSENSUS_WORDS = List.of("very low", "low", "moderate", "high", "very high");
    /** The codes a workshop finding may carry (its own and the AHP rule it reports). */
    public static final List<String> FINDING_CODES = List.of("AHP-CR-001", "WS-NODE-EMPTY", "WS-CR-KEPT",
            "WS-CR-EXCLUDED", "WS-CONSENSUS-LOW", "WS-QUORUM");

    private final String key;

    WorkshopText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Open / done / skipped. */
    public static TextKey status(JudgementStatus s) {
        return () -> "workshop.status." + s.name();
    }

    /** The Saaty intensity 2..9 in words ("strongly"). */
    public static TextKey intensity(int saaty) {
        if (saaty < 2 || saaty > 9) {
            throw new IllegalArgumentException("intensity 2..9: " + saaty);
        }
        return () -> "workshop.intensity." + saaty;
    }

    /** Why an invitation link does not work, short ("Link expired"). */
    public static TextKey invitation(InvitationProblem p) {
        return () -> "workshop.invitation." + p.name();
    }

    /** The refusal page's title for an invitation problem. */
    public static TextKey invitationTitle(InvitationProblem p) {
        return () -> "workshop.invitation.title." + p.name();
    }

    /** The refusal page's help for an invitation problem. */
    public static TextKey invitationHelp(InvitationProblem p) {
        return () -> "workshop.invitation.help." + p.name();
    }

    /** An organisation type. */
    public static TextKey organisation(OrganisationType o) {
        return () -> "workshop.org." + o.name();
    }

    /** The aggregation method, long form (set-up). */
    public static TextKey aggregation(AggregationMethod a) {
        return () -> "workshop.aggregation." + a.name();
    }

    /** The aggregation method, short form (headings). */
    public static TextKey aggregationShort(AggregationMethod a) {
        return () -> "workshop.aggregationShort." + a.name();
    }

    /** Where an indicator's value comes from (choice in the sources dialog). */
    public static TextKey sourceOption(IndicatorSource s) {
        return () -> "workshop.sources.option." + s.name();
    }

    /** A key assumption's label in the set-up wizard. */
    public static TextKey assumption(AssumptionField f) {
        return () -> "workshop.assumption." + f.key();
    }

    /** A profit mechanism's name in the set-up wizard. */
    public static TextKey mechanism(ProfitMechanism m) {
        return () -> "workshop.mechanism." + m.name();
    }

    /** A default value's provenance in the set-up wizard. */
    public static TextKey provenance(Provenance p) {
        return () -> "workshop.provenance." + p.name();
    }

    /** A step of the set-up wizard (one of {@link #SETUP_STEPS}). */
    public static TextKey setupStep(String step) {
        if (!SETUP_STEPS.contains(step)) {
            throw new IllegalArgumentException("unknown set-up step " + step);
        }
        return () -> "workshop.setup.step." + step;
    }

    /** A consensus word of the engine ("very low") in the reader's language. */
    public static TextKey consensus(String word) {
        return () -> "workshop.consensus." + word.replace(' ', '_');
    }

    /** A workshop finding's headline by its code (one of {@link #FINDING_CODES}). */
    public static TextKey finding(String code) {
        return () -> "workshop.finding." + code;
    }

    /** The name of a node of the default hierarchy, by the engine's node id. */
    public static TextKey defaultNodeName(String engineNodeId) {
        return () -> "workshop.defaultNode." + engineNodeId + ".name";
    }

    /** The description of a node of the default hierarchy, by the engine's node id. */
    public static TextKey defaultNodeDescription(String engineNodeId) {
        return () -> "workshop.defaultNode." + engineNodeId + ".description";
    }

    /** Every member of every family whose values are known, for the key test. */
    public static List<TextKey> families() {
        List<TextKey> all = new ArrayList<>();
        for (JudgementStatus s : JudgementStatus.values()) {
            all.add(status(s));
        }
        for (int i = 2; i <= 9; i++) {
            all.add(intensity(i));
        }
        for (InvitationProblem p : InvitationProblem.values()) {
            all.add(invitation(p));
            all.add(invitationTitle(p));
            all.add(invitationHelp(p));
        }
        for (OrganisationType o : OrganisationType.values()) {
            all.add(organisation(o));
        }
        for (AggregationMethod a : AggregationMethod.values()) {
            all.add(aggregation(a));
            all.add(aggregationShort(a));
        }
        for (IndicatorSource s : IndicatorSource.values()) {
            all.add(sourceOption(s));
        }
        for (ProfitMechanism m : ProfitMechanism.values()) {
            all.add(mechanism(m));
        }
        for (Provenance p : Provenance.values()) {
            all.add(provenance(p));
        }
        SETUP_STEPS.forEach(s -> all.add(setupStep(s)));
        CONSENSUS_WORDS.forEach(w -> all.add(consensus(w)));
        FINDING_CODES.forEach(c -> all.add(finding(c)));
        return all;
    }
}
