package com.sesadvisor.engine.topsis;

/** How TOPSIS makes the criteria dimensionless before weighting. */
public enum Normalization {
    /** {@code r_ij = x_ij / sqrt(Σ_i x_ij²)} (Hwang and Yoon 1981; default). A zero column gives r = 0. */
    VECTOR,
    /** {@code r_ij = (x_ij - min_j) / (max_j - min_j)}; a constant column gives r = 0. */
    MIN_MAX
}
