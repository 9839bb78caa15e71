package com.sesadvisor.workshop.results;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.RankedAlternative;
import com.sesadvisor.engine.recommend.conflict.Swap;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.OrganisationType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workshop's results per stakeholder group (participants' organisation type): each group's weights aggregated
 * from its own members only, its ranking of the three models and its consensus, and where the groups' rankings
 * disagree ({@link Swap}: which pair, by how much, driven by which criteria).
 *
 * @param names     indicator id → name, for the weights and the drivers
 * @param conflicts between every two groups that have a ranking
 */
public record StakeholderPerspectives(ProfitMechanism mechanism, CashFlowView view, AggregationMethod aggregation,
                                      List<Group> groups, List<Swap> conflicts, Map<String, String> names) {

    public StakeholderPerspectives {
        groups = List.copyOf(groups);
        conflicts = List.copyOf(conflicts);
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** Groups with a ranking to compare. */
    public List<Group> ranked() {
        return groups.stream().filter(g -> !g.ranking().isEmpty()).toList();
    }

    public enum Status {
        /** Every node answered by the group and its quorum met. */
        COMPLETE,
        /** A node unanswered by the group or below the quorum within it; {@code reason} says which. */
        PROVISIONAL,
        /** One expert: that expert's view, not a group's (shown only when the workshop is not anonymous). */
        SINGLE,
        /** Fewer than 2 experts and the workshop is anonymous: no numbers, they would name the expert. */
        HIDDEN,
        /** The group's weights or committee-compared values are not all there; {@code reason} says what. */
        NO_RANKING
    }

    /**
     * One stakeholder group.
     *
     * @param experts   invited, not revoked members
     * @param consensus S* over the global weights of the members who finished every node (empty below 2)
     * @param reason    why provisional or without a ranking (null otherwise)
     * @param weights   the group's ranking weights by indicator id (empty without a ranking)
     * @param ranking   the group's TOPSIS ranking of the models, in model order (empty without a ranking)
     */
    public record Group(OrganisationType type, int experts, Optional<Double> consensus, Status status, Text reason,
                        Map<String, Double> weights, List<RankedAlternative> ranking) {
        public Group {
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            ranking = List.copyOf(ranking);
        }
    }
}
