package com.sesadvisor.engine.recommend;

/**
 * One scenario's recommendation beside the published ranking.
 *
 * @param name                 scenario name
 * @param recommendation       our full result
 * @param published            the published ranking, or null
 * @param sameRanksAsPublished whether every alternative has the published rank; null without a publication
 */
public record ScenarioOutcome(String name, Recommendation recommendation, PublishedRanking published,
        Boolean sameRanksAsPublished) {
}
