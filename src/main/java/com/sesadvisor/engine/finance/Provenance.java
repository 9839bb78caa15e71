package com.sesadvisor.engine.finance;

/** Where an assumption's value comes from, so the UI can label it. */
public enum Provenance {
    /** Stated in the seed paper (Chi et al. 2025, section 2.2.3). */
    PAPER,
    /** Our reading where the paper is silent (see docs/method/finance.md). */
    ASSUMPTION,
    /** Overridden by the user (differs from the default). */
    USER
}
