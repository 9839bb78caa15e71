package com.sesadvisor.workshop.sources;

import com.sesadvisor.workshop.WorkshopEntity;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The facilitator's recorded choice of where one indicator's values come from (see {@link IndicatorSources} for the
 * default when there is none). Who chose it and when are kept, so an excluded indicator always names its decision.
 */
@Entity
@Table(name = "workshop_indicator_source")
public class IndicatorSourceChoice extends WorkshopEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(name = "indicator_id", nullable = false, length = 64)
    private String indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IndicatorSource source;

    @Column(name = "rating_csses")
    private Double ratingCsses;

    @Column(name = "rating_tises")
    private Double ratingTises;

    @Column(name = "rating_dsses")
    private Double ratingDsses;

    @Column(length = 2000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected IndicatorSourceChoice() {
        // for JPA
    }

    public IndicatorSourceChoice(Workshop workshop, String indicatorId) {
        this.workshop = workshop;
        this.indicatorId = indicatorId;
    }

    /** Records a decision (ratings only for {@link IndicatorSource#COMMITTEE_RATING}, else cleared). */
    public void decide(IndicatorSource s, Map<InvestmentModel, Double> ratings, String why, String by, Instant at) {
        this.source = s;
        boolean rating = s == IndicatorSource.COMMITTEE_RATING;
        this.ratingCsses = rating ? ratings.get(InvestmentModel.CSSES) : null;
        this.ratingTises = rating ? ratings.get(InvestmentModel.TISES) : null;
        this.ratingDsses = rating ? ratings.get(InvestmentModel.DSSES) : null;
        this.reason = why == null || why.isBlank() ? null : why.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public IndicatorSource getSource() {
        return source;
    }

    /** The ratings per model (empty unless {@link IndicatorSource#COMMITTEE_RATING}). */
    public Map<InvestmentModel, Double> getRatings() {
        Map<InvestmentModel, Double> m = new EnumMap<>(InvestmentModel.class);
        if (ratingCsses != null) {
            m.put(InvestmentModel.CSSES, ratingCsses);
        }
        if (ratingTises != null) {
            m.put(InvestmentModel.TISES, ratingTises);
        }
        if (ratingDsses != null) {
            m.put(InvestmentModel.DSSES, ratingDsses);
        }
        return m;
    }

    public String getReason() {
        return reason == null ? "" : reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
