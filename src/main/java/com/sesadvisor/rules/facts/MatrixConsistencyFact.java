package com.sesadvisor.rules.facts;

/**
 * The consistency of one pairwise matrix as computed by the engine, for the consistency rules to judge.
 *
 * @param subject          what the matrix compares, e.g. "criteria" or an expert's name
 * @param size             n
 * @param consistencyRatio CR
 * @param consistencyIndex CI
 * @param randomIndexTable the RI table used
 */
public record MatrixConsistencyFact(String subject, int size, double consistencyRatio, double consistencyIndex,
                                    String randomIndexTable) {
}
