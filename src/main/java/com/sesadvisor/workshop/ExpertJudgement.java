package com.sesadvisor.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One expert's comparisons at one node, saved on every answer. Missing pairs are stored as empty entries (NaN in
 * memory) so a half-finished node survives a closed tab.
 */
@Entity
@Table(name = "expert_judgement")
public class ExpertJudgement extends WorkshopEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;

    @Column(name = "element_ids", nullable = false, length = 2000)
    private String elementIds;

    @Column(name = "upper_values", nullable = false, length = 4000)
    private String upperValues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JudgementStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Why the expert judged a pair as they did, by the pair's upper-triangle index (V85). Part of the judgement: a
     * change raises {@link #version}, so a stale edit from another tab is refused like a stale answer.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "expert_judgement_comment", joinColumns = @JoinColumn(name = "judgement_id"))
    @MapKeyColumn(name = "pair_index")
    @Column(name = "comment_text", nullable = false, length = 1000)
    private Map<Integer, String> comments = new TreeMap<>();

    @Version
    private long version;

    protected ExpertJudgement() {
        // for JPA
    }

    public ExpertJudgement(Participant participant, String nodeId, List<String> elements, Instant now) {
        this.participant = participant;
        this.nodeId = nodeId;
        this.elementIds = String.join(",", elements);
        double[] none = new double[elements.size() * (elements.size() - 1) / 2];
        Arrays.fill(none, Double.NaN);
        setUpper(none);
        this.status = JudgementStatus.OPEN;
        this.updatedAt = now;
    }

    /** The facilitator changed this node's children: earlier answers no longer apply to them. */
    public void reset(List<String> elements, Instant now) {
        this.elementIds = String.join(",", elements);
        double[] none = new double[elements.size() * (elements.size() - 1) / 2];
        Arrays.fill(none, Double.NaN);
        setUpper(none);
        comments.clear();
        setStatus(JudgementStatus.OPEN, now);
    }

    /** The comments by upper-triangle pair index (row-major), in pair order. */
    public java.util.SortedMap<Integer, String> getComments() {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(comments));
    }

    /** Sets (or, when blank, removes) the comment on the pair at upper-triangle index {@code pairIndex}. */
    public void setComment(int pairIndex, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            comments.remove(pairIndex);
        } else {
            comments.put(pairIndex, comment.strip());
        }
        this.updatedAt = now;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getNodeId() {
        return nodeId;
    }

    public List<String> getElements() {
        return List.of(elementIds.split(","));
    }

    /** Upper triangle, row-major; NaN where the pair is not answered yet. */
    public double[] getUpper() {
        return Arrays.stream(upperValues.split(",", -1))
                .mapToDouble(s -> s.isEmpty() ? Double.NaN : Double.parseDouble(s)).toArray();
    }

    public void setUpper(double[] upper) {
        this.upperValues = Arrays.stream(upper).mapToObj(v -> Double.isNaN(v) ? "" : Double.toString(v))
                .collect(Collectors.joining(","));
    }

    public JudgementStatus getStatus() {
        return status;
    }

    public void setStatus(JudgementStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    long getVersion() {
        return version;
    }
}
