/**
 * The group result of a workshop, shared by the parts that show it: {@link
 * com.sesadvisor.workshop.group.GroupJudgementAggregator} turns the stored judgements into group weights, consensus,
 * quorum and findings per compared node ({@link com.sesadvisor.workshop.group.GroupSnapshot}, {@link
 * com.sesadvisor.workshop.group.NodeGroupResult}); the experts' answers part shows it to experts, the results part
 * to the facilitator and the committee. Uses only the workshop model and the engine; {@code ui} holds the weight bars
 * and consensus wording every part draws.
 */
package com.sesadvisor.workshop.group;
