package com.sesadvisor.workshop.group;

/**
 * A judgement the experts disagree on: the geometric standard deviation of their values around the group's
 * (1 = all agree; 2 = typically a factor of two apart).
 */
public record Disagreement(String nodeId, String nodeName, String elementA, String elementB, double geometricStdDev,
                           double groupJudgement) {
}
