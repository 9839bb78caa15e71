package com.sesadvisor.engine.weighting;

/** How subjective (AHP) and objective (entropy) weights are combined. */
public enum CombinationMethod {
    /** {@code w = α w_s + (1 - α) w_o}. */
    LINEAR,
    /** {@code w_j = w_s,j w_o,j / Σ_k w_s,k w_o,k}; α is not used. */
    MULTIPLICATIVE
}
