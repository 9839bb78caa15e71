package com.sesadvisor.workshop;

import java.util.List;

/**
 * The paper's four top-level criteria (Chi et al. 2025, Table 3-1). Codes are stored; names are translated
 * by the UI ({@code criterion.<CODE>}).
 */
public final class Criteria {

    public static final String NODE = "CRITERIA";
    public static final List<String> PAPER_CRITERIA = List.of("ECONOMIC", "ENVIRONMENTAL", "SOCIAL", "TECHNICAL");

    private Criteria() {
    }
}
