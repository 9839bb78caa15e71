package com.sesadvisor.engine.ahp.group;

/** How the judgements of several experts are combined (Forman and Peniwati 1998). */
public enum AggregationMethod {
    /** Aggregation of individual judgements: weighted geometric mean of the matrices (Aczél and Saaty 1983). Default. */
    AIJ,
    /** Aggregation of individual priorities: weighted geometric mean of the priority vectors, renormalised. */
    AIP_GEOMETRIC,
    /** Aggregation of individual priorities: weighted arithmetic mean of the priority vectors. */
    AIP_ARITHMETIC
}
