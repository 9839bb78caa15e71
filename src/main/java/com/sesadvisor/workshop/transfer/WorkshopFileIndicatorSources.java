package com.sesadvisor.workshop.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.workshop.IndicatorSources;
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
        if (s == null || s.isNull()) {
            return;
        }
        if (!s.isArray()) {
            problems.add("$.indicatorSources", "workshop.import.listExpected");
            return;
        }
        Map<String, IndicatorSources.Plan> plans = IndicatorSources.plan(out.nodes, List.of());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            JsonNode c = s.get(i);
            String path = "$.indicatorSources[" + i + "]";
            if (!c.isObject()) {
                problems.add(path, "workshop.import.objectExpected");
                continue;
            }
            String id = problems.text(c, "indicatorId", path + ".indicatorId", true);
            IndicatorSource source = problems.constant(c, "source", path + ".source", IndicatorSource.class);
            String reason = problems.text(c, "reason", path + ".reason", false);
            Map<InvestmentModel, Double> ratings = new EnumMap<>(InvestmentModel.class);
            JsonNode r = c.get("ratings");
            if (r != null && r.isObject()) {
                for (InvestmentModel m : InvestmentModel.values()) {
                    if (r.path(m.name()).isNumber()) {
                        ratings.put(m, r.get(m.name()).asDouble());
                    }
                }
            }
            String by = problems.text(c, "decidedBy", path + ".decidedBy", false);
            Instant at = problems.instant(c, "decidedAt", path + ".decidedAt", false);
            if (id == null || source == null) {
                continue;
            }
            if (!seen.add(id)) {
                problems.add(path + ".indicatorId", "workshop.import.duplicateSource", id);
                continue;
            }
            try {
                String why = IndicatorSourceService.check(plans.get(id), id, source, ratings, reason);
                out.sources.add(new WorkshopFileReader.ParsedSource(id, source, ratings, why, by, at));
            } catch (WorkshopInputException e) {
                problems.add(path + "." + (e.field().equals("indicator") ? "indicatorId" : e.field()), e.text());
            }
        }
    }
}
