package com.sesadvisor.workshop.setup;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.AlternativesLevel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.security.Actor;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.sources.IndicatorSourceChoice;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator decides where an indicator's values for the three models come from (set-up or results page):
 * the default, the committee's pairwise comparison of the models, a rating with a reason, the scenario (efficiency,
 * cycles), or leaving it out with a reason. Each decision is recorded with who made it and when; a decision made on
 * a stale view is refused.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class IndicatorSourceService {

    /** Longest reason kept (the column's length). */
    public static final int MAX_REASON = 2000;

    private final WorkshopRepository workshops;
    private final IndicatorSourceChoiceRepository choices;
    private final Actor actor;
    private final Clock clock;

    IndicatorSourceService(WorkshopRepository workshops, IndicatorSourceChoiceRepository choices, Actor actor,
                           Clock clock) {
        this.workshops = workshops;
        this.choices = choices;
        this.actor = actor;
        this.clock = clock;
    }

    /** Every indicator's source, in the hierarchy's order. */
    @Transactional(readOnly = true)
    public List<IndicatorSources.Plan> sources(long workshopId) {
        Workshop w = load(workshopId);
        return List.copyOf(IndicatorSources.plan(WorkshopHierarchy.displayed(w.getNodes()),
                choices.findByWorkshopIdOrderById(workshopId)).values());
    }

    /**
     * Records where one indicator's values come from.
     *
     * @param expectedVersion the version of the choice the facilitator saw ({@link IndicatorSources.Plan#version()},
     *                        -1 when there was none)
     * @param ratings         one rating {@value AlternativesLevel#RATING_MIN}..{@value AlternativesLevel#RATING_MAX}
     *                        per model, only for {@link IndicatorSource#COMMITTEE_RATING}
     * @param reason          required for a rating and for leaving the indicator out
     * @throws WorkshopInputException  naming the field ({@code source}, {@code ratings.CSSES}, {@code reason})
     * @throws ConcurrentEditException when someone else decided in the meantime
     */
    public List<IndicatorSources.Plan> choose(long workshopId, String indicatorId, IndicatorSource source,
                                              Map<InvestmentModel, Double> ratings, String reason,
                                              long expectedVersion) {
        Workshop w = load(workshopId);
        IndicatorSources.Plan current = IndicatorSources.plan(WorkshopHierarchy.displayed(w.getNodes()),
                choices.findByWorkshopIdOrderById(workshopId)).get(indicatorId);
        String why = check(current, indicatorId, source, ratings, reason);
        IndicatorSourceChoice c = choices.findByWorkshopIdAndIndicatorId(workshopId, indicatorId)
                .orElseGet(() -> new IndicatorSourceChoice(w, indicatorId));
        long seen = c.getId() == null ? -1 : c.getVersion();
        if (seen != expectedVersion) {
            throw new ConcurrentEditException("The source of indicator " + indicatorId);
        }
        c.decide(source, ratings == null ? Map.of() : ratings, why, actor.name("unknown"), clock.instant());
        choices.saveAndFlush(c);
        return sources(workshopId);
    }

    /**
     * The one check of a choice, for the screens, the API and the workshop file: the indicator exists, the source is
     * allowed for it, a rating or an exclusion has a reason, a rating has one value 1..9 per model.
     *
     * @param current the indicator's plan, null when the hierarchy has no such indicator
     * @return the reason, stripped
     * @throws WorkshopInputException naming the field ({@code indicator}, {@code source}, {@code ratings.CSSES},
     *                                {@code reason})
     */
    public static String check(IndicatorSources.Plan current, String indicatorId, IndicatorSource source,
                               Map<InvestmentModel, Double> ratings, String reason) {
        if (current == null) {
            throw new WorkshopInputException("indicator", Text.of("workshop.sources.error.noIndicator", indicatorId));
        }
        if (source == null || !IndicatorSources.allowed(indicatorId).contains(source)) {
            throw new WorkshopInputException("source", Text.of("workshop.sources.error.source", current.name()));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new WorkshopInputException("reason", Text.of("workshop.sources.error.reasonLong", MAX_REASON));
        }
        if ((source == IndicatorSource.COMMITTEE_RATING || source == IndicatorSource.EXCLUDED) && why.isEmpty()) {
            throw new WorkshopInputException("reason", Text.of("workshop.sources.error.reason", current.name()));
        }
        if (source == IndicatorSource.COMMITTEE_RATING) {
            for (InvestmentModel m : AlternativesLevel.MODELS) {
                Double r = ratings == null ? null : ratings.get(m);
                if (r == null || !Double.isFinite(r) || r < AlternativesLevel.RATING_MIN
                        || r > AlternativesLevel.RATING_MAX) {
                    throw new WorkshopInputException("ratings." + m.name(), Text.of("workshop.sources.error.rating",
                            m.name(), (int) AlternativesLevel.RATING_MIN, (int) AlternativesLevel.RATING_MAX));
                }
            }
        }
        return why;
    }

    private Workshop load(long workshopId) {
        return workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
    }
}
