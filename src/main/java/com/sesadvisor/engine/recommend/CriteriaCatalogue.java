package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidNameException;
import java.util.List;

/**
 * The indicators of Chi et al. (2025), Table 3-1 ("Economic evaluation indicator system of the shared energy
 * storage"), with the directions of decision-methods.md ("Directions"). Table 3-1 lists operating profit; the
 * paper's own data (Tables 2-1, 3-4) hold total revenue in that place, so both are catalogued. Cost per kWh is
 * the extra column of Table 3-4 (mislabelled P/B there).
 */
public final class CriteriaCatalogue {

    private static final String T31 = "Chi et al. (2025) GEI 8(4), Table 3-1";
    private static final String T21 = "Chi et al. (2025) GEI 8(4), Tables 2-1 and 3-4";

    public static final Criterion TOTAL_COST = new Criterion("TOTAL_COST", "Total cost", Direction.COST,
            "100 million ¥", T31);
    public static final Criterion TOTAL_REVENUE = new Criterion("TOTAL_REVENUE", "Total revenue",
            Direction.BENEFIT, "100 million ¥", T21);
    public static final Criterion OPERATING_PROFIT = new Criterion("OPERATING_PROFIT", "Operating profit",
            Direction.BENEFIT, "100 million ¥", T31);
    public static final Criterion IRR = new Criterion("IRR", "Internal rate of return", Direction.BENEFIT, "%",
            T31);
    public static final Criterion NPV = new Criterion("NPV", "Net present value", Direction.BENEFIT,
            "100 million ¥", T31);
    public static final Criterion PRICE_TO_BOOK = new Criterion("PRICE_TO_BOOK", "Price-to-book ratio",
            Direction.BENEFIT, "ratio", T31);
    public static final Criterion STATIC_PAYBACK = new Criterion("STATIC_PAYBACK", "Static payback period",
            Direction.COST, "years", T31);
    public static final Criterion DYNAMIC_PAYBACK = new Criterion("DYNAMIC_PAYBACK", "Dynamic payback period",
            Direction.COST, "years", T31);
    public static final Criterion COST_PER_KWH = new Criterion("COST_PER_KWH", "Cost per kWh", Direction.COST,
            "¥/kWh", T21);
    public static final Criterion CARBON_REVENUE = new Criterion("CARBON_REVENUE", "Carbon trading revenue",
            Direction.BENEFIT, "100 million ¥", T31);
    public static final Criterion GREEN_CERTIFICATE_REVENUE = new Criterion("GREEN_CERTIFICATE_REVENUE",
            "Green-certificate revenue", Direction.BENEFIT, "100 million ¥", T31);

    /** Every catalogued indicator, in Table 3-1 order with the Table 2-1 extras after their neighbours. */
    public static final List<Criterion> ALL = List.of(TOTAL_COST, TOTAL_REVENUE, OPERATING_PROFIT, IRR, NPV,
            PRICE_TO_BOOK, STATIC_PAYBACK, DYNAMIC_PAYBACK, COST_PER_KWH, CARBON_REVENUE, GREEN_CERTIFICATE_REVENUE);

    /** The seven columns the paper actually evaluates (Table 3-4, true contents, in its column order). */
    public static final List<Criterion> PAPER_TABLE_3_4 = List.of(TOTAL_COST, TOTAL_REVENUE, IRR, COST_PER_KWH,
            NPV, STATIC_PAYBACK, DYNAMIC_PAYBACK);

    /** The base-scenario nine: the seven of Table 3-4 plus carbon and green-certificate revenue. */
    public static final List<Criterion> BASE_NINE = List.of(TOTAL_COST, TOTAL_REVENUE, IRR, COST_PER_KWH, NPV,
            STATIC_PAYBACK, DYNAMIC_PAYBACK, CARBON_REVENUE, GREEN_CERTIFICATE_REVENUE);

    private CriteriaCatalogue() {
    }

    /** Looks a criterion up by id. */
    public static Criterion byId(String id) {
        for (Criterion c : ALL) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new InvalidNameException("criteria", "unknown criterion id '" + id + "'");
    }
}
