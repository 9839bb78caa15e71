package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.setup.IndicatorSourceService;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional {@code indicatorSources} section of a workshop file: the facilitator's recorded choices of where an
 * indicator's values come from, with who decided and when. Each is checked like a choice made on screen
 * ({@link IndicatorSourceService#check}) against the file's hierarchy; indicators without a choice keep their default.
 */
final class WorkshopFileIndicatorSources {

    private final WorkshopFileProblems problems;

    WorkshopFileIndicatorSources(WorkshopFileProblems problems) {
        this.problems = problems;
    }

    void read(JsonNode s, WorkshopFileReader.Parsed out) {
        Map<String, IndicatorSources.Plan> plans = IndicatorSources.plan(out.nodes, List.of());
        Set<String> seen = new HashSet<>();
        problems.eachObject(s, "$.indicatorSources", (c, path) -> {
            String id = problems.text(c, "indicatorId", path + ".indicatorId", true);
            IndicatorSource source = problems.constant(c, "source", path + ".source", IndicatorSource.class);
            String reason = problems.text(c, "reason", path + ".reason", false);
            Map<InvestmentModel, Double> ratings = new EnumMap<>(InvestmentModel.class);
            JsonNode r = c.path("ratings");
            for (InvestmentModel m : InvestmentModel.values()) {
                if (r.path(m.name()).isNumber()) {
                    ratings.put(m, r.get(m.name()).asDouble());
                }
            }
            String by = problems.text(c, "decidedBy", path + ".decidedBy", false);
            Instant at = problems.instant(c, "decidedAt", path + ".decidedAt", false);
            if (id == null || source == null) {
                return;
            }
            if (!seen.add(id)) {
                problems.add(path + ".indicatorId", "workshop.import.duplicateSource", id);
                return;
            }
            try {
                String why = IndicatorSourceService.check(plans.get(id), id, source, ratings, reason);
                out.sources.add(new WorkshopFileReader.ParsedSource(id, source, ratings, why, by, at));
            } catch (WorkshopInputException e) {
                problems.add(path + "." + (e.field().equals("indicator") ? "indicatorId" : e.field()), e.text());
            }
        });
    }
}
