package com.sesadvisor.workshop;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The workshop set-ups the workshop tests share, made through the services as a facilitator and the experts would
 * (create, scenario, hierarchy, settings; invitations; answers). Each test keeps its own figures and assertions.
 *
 * <p>A plain component in the test sources: the application's component scan picks it up, so the tests using it
 * share the one cached Spring context instead of each {@code @Import} starting another. Its services are at hand for
 * the tests' own steps too.
 */
@Component
public record TestWorkshops(WorkshopService workshops, WorkshopSetupService setup, ParticipantService participants,
                            ExpertJudgementService experts) {

    /** Goal over Economic (IRR, NPV) and Social (Jobs, Accommodation): three compared nodes of one pair each. */
    public static List<CriteriaNode> economicAndSocial() {
        return List.of(new CriteriaNode("GOAL", null, "Value", ""),
                new CriteriaNode("ECONOMIC", "GOAL", "Economic", ""),
                new CriteriaNode("IRR", "ECONOMIC", "IRR", ""),
                new CriteriaNode("NPV", "ECONOMIC", "NPV", ""),
                new CriteriaNode("SOCIAL", "GOAL", "Social", ""),
                new CriteriaNode("JOBS", "SOCIAL", "Jobs", ""),
                new CriteriaNode("ACCOMMODATION", "SOCIAL", "Accommodation", ""));
    }

    /** Goal (named {@code goal}) over three criteria (three pairs), Economic over two indicators (one pair). */
    public static List<CriteriaNode> threeCriteria(String goal) {
        return List.of(new CriteriaNode("GOAL", null, goal, ""),
                new CriteriaNode("ECONOMIC", "GOAL", "Economic", ""),
                new CriteriaNode("IRR", "ECONOMIC", "IRR", ""),
                new CriteriaNode("NPV", "ECONOMIC", "NPV", ""),
                new CriteriaNode("SOCIAL", "GOAL", "Social", ""),
                new CriteriaNode("TECHNICAL", "GOAL", "Technical", ""));
    }

    /** AIJ, consensus threshold 0.75, inconsistent experts kept; whether experts see the group result. */
    public static WorkshopSettings aij(boolean expertsSeeGroup) {
        return new WorkshopSettings(AggregationMethod.AIJ, 0.75, false, expertsSeeGroup);
    }

    /** A workshop to be saved step by step as the set-up wizard would; {@link Draft#create()} makes it. */
    public Draft workshop(String name, String purpose, String facilitator) {
        return new Draft(name, purpose, facilitator);
    }

    /** Invites an expert with a link valid for {@code validity}; the link's token. */
    public String invite(long workshopId, ParticipantProfile profile, Duration validity) {
        return participants.invite(workshopId, profile, validity).token();
    }

    /** Answers the one pair of {@code nodeId} with {@code value} and marks the node done. */
    public void answerNode(String token, String nodeId, double value) {
        experts.answer(token, nodeId, 0, 1, value);
        experts.completeNode(token, nodeId);
    }

    /**
     * Answers every alternatives node (the models compared under an indicator the finance model cannot measure),
     * pair {@code k} with {@code values[k]}, and marks each done.
     */
    public void answerModels(String token, double... values) {
        for (NodeTask t : experts.open(token).nodes()) {
            if (t.alternativesLevel()) {
                if (t.pairCount() != values.length) {
                    throw new IllegalArgumentException(t.nodeId() + " has " + t.pairCount() + " pairs, not "
                            + values.length);
                }
                for (int k = 0; k < t.pairCount(); k++) {
                    experts.answer(token, t.nodeId(), t.pair(k)[0], t.pair(k)[1], values[k]);
                }
                experts.completeNode(token, t.nodeId());
            }
        }
    }

    /**
     * An expert of {@code type} does the whole of an {@link #economicAndSocial()} workshop: Economic:Social
     * {@code economicOverSocial}, IRR:NPV = 1, Jobs:Accommodation = 1, the models' pairs under each social indicator
     * (CSSES:TISES, CSSES:DSSES, TISES:DSSES), and finishes.
     */
    public void expertOf(long workshopId, String name, OrganisationType type, double economicOverSocial,
                         double... models) {
        String token = invite(workshopId, new ParticipantProfile(name, type, null, 1, null), Duration.ofDays(7));
        answerNode(token, "GOAL", economicOverSocial);
        answerNode(token, "ECONOMIC", 1);
        answerNode(token, "SOCIAL", 1);
        answerModels(token, models);
        experts.finish(token);
    }

    /** The steps of a workshop's set-up; the ones not given are left as a new workshop has them. */
    public final class Draft {

        private final String name;
        private final String purpose;
        private final String facilitator;
        private Assumptions assumptions;
        private Set<ProfitMechanism> mechanisms;
        private String ruleSet;
        private List<CriteriaNode> hierarchy;
        private WorkshopSettings settings;

        private Draft(String name, String purpose, String facilitator) {
            this.name = name;
            this.purpose = purpose;
            this.facilitator = facilitator;
        }

        public Draft scenario(Assumptions assumptions, Set<ProfitMechanism> mechanisms, String ruleSet) {
            this.assumptions = assumptions;
            this.mechanisms = mechanisms;
            this.ruleSet = ruleSet;
            return this;
        }

        public Draft hierarchy(List<CriteriaNode> nodes) {
            this.hierarchy = nodes;
            return this;
        }

        public Draft settings(WorkshopSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Creates the workshop and saves the given steps in the wizard's order; the workshop's id. */
        public long create() {
            long id = workshops.create(name, purpose, facilitator).getId();
            WorkshopSetup s = setup.setup(id);
            if (assumptions != null) {
                s = setup.saveScenario(id, s.version(), assumptions, mechanisms, ruleSet);
            }
            if (hierarchy != null) {
                s = setup.saveHierarchy(id, s.version(), hierarchy);
            }
            if (settings != null) {
                setup.saveSettings(id, s.version(), settings);
            }
            return id;
        }
    }
}
