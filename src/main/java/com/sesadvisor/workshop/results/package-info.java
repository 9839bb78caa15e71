/**
 * What the committee's answers add up to: per compared node the experts' aggregated judgements, group weights,
 * consistency and consensus ({@code GroupJudgementAggregator}); the facilitator's live view and reopening of nodes;
 * the committee's weights handed to the analysis ({@code CommitteeWeightsService}) and the ranking built on them
 * ({@code WorkshopRankingService}). Its screens are the live page and the results pages in {@code ui}.
 */
package com.sesadvisor.workshop.results;
