package com.sesadvisor.engine.ahp.hierarchy;

import java.util.List;

/** Ready-made hierarchies a committee starts from and edits. */
public final class DefaultHierarchies {

    public static final String GOAL = "ses-operational-value";
    public static final String ECONOMIC = "economic";
    public static final String ENVIRONMENTAL = "environmental";
    public static final String SOCIAL = "social";
    public static final String TECHNICAL = "technical";

    private DefaultHierarchies() {
    }

    /**
     * The evaluation index system of Chi et al. (2025), Global Energy Interconnection 8(4):700-718, section 3.1:
     * four criteria (economic, environmental, social, technical) and the indicators of Table 3-1. The paper names no
     * social or technical indicators; the two under each are editable placeholders (marked as such in their
     * description) for the committee to keep, rename or replace. No judgements are entered.
     *
     * @param alternatives alternatives to compare under each indicator (e.g. CSSES, TISES, DSSES), or none
     */
    public static Hierarchy sharedStoragePaper2025(List<String> alternatives) {
        String table31 = "Chi et al. (2025), Table 3-1";
        String placeholder = "not in the paper: editable default";
        HierarchyNode economic = HierarchyNode.node(ECONOMIC, "Economic",
                leaf("total-cost", "Total cost", table31 + "; cost indicator (100 million CNY)"),
                leaf("operating-profit", "Operating profit", table31 + "; benefit indicator"),
                leaf("irr", "Internal rate of return (IRR)", table31 + "; benefit indicator (%)"),
                leaf("npv", "Net present value (NPV)", table31 + "; benefit indicator (100 million CNY)"),
                leaf("price-to-book", "Price to book ratio (P/B)", table31 + "; benefit indicator"),
                leaf("static-payback", "Static payback period", table31 + "; cost indicator (years)"),
                leaf("dynamic-payback", "Dynamic payback period", table31 + "; cost indicator (years)"));
        HierarchyNode environmental = HierarchyNode.node(ENVIRONMENTAL, "Environmental",
                leaf("carbon-trading-revenue", "Carbon trading revenue", table31 + "; benefit indicator"),
                leaf("green-certificate-revenue", "Green certificate revenue", table31 + "; benefit indicator"));
        HierarchyNode social = HierarchyNode.node(SOCIAL, "Social",
                leaf("renewable-accommodation", "Renewable energy accommodated (curtailment avoided)",
                        placeholder + "; benefit indicator (MWh/year)"),
                leaf("local-employment", "Local employment", placeholder + "; benefit indicator (jobs)"));
        HierarchyNode technical = HierarchyNode.node(TECHNICAL, "Technical",
                leaf("round-trip-efficiency", "Round-trip efficiency", placeholder + "; benefit indicator (%)"),
                leaf("annual-full-cycles", "Annual full cycles", placeholder + "; benefit indicator (cycles/year)"));
        HierarchyNode goal = HierarchyNode.node(GOAL, "Operational value of shared energy storage",
                economic, environmental, social, technical);
        return new Hierarchy(goal, alternatives);
    }

    /** {@link #sharedStoragePaper2025(List)} without alternatives: the hierarchy weighs indicators only. */
    public static Hierarchy sharedStoragePaper2025() {
        return sharedStoragePaper2025(List.of());
    }

    private static HierarchyNode leaf(String id, String name, String description) {
        return HierarchyNode.leaf(id, name).withDescription(description);
    }
}
