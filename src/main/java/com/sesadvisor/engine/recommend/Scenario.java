package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.InvalidNameException;
import java.util.Objects;

/**
 * One scenario to rank: a name (e.g. "spread 0.52 ¥/kWh"), its indicator matrix, and optionally a published
 * ranking to show beside ours (null if none).
 */
public record Scenario(String name, IndicatorMatrix indicators, PublishedRanking published) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new InvalidNameException("scenarios.name", "scenario name must not be blank");
        }
        Objects.requireNonNull(indicators, "indicators");
    }
}
