package com.sesadvisor.engine.ahp;

/** How a priority vector is derived from a pairwise matrix. */
public enum PriorityMethod {
    /** Principal right eigenvector (Saaty 1977), the default. */
    EIGENVECTOR,
    /** Row geometric mean (Crawford and Williams 1985); equals the eigenvector for n = 3. */
    GEOMETRIC_MEAN
}
