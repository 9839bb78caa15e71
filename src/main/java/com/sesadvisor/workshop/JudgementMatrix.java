package com.sesadvisor.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pairwise judgements of one hierarchy node in a workshop. Stored as element codes and the upper triangle
 * (row-major); the lower triangle is the reciprocal by definition, so it is never stored and cannot disagree.
 */
@Entity
@Table(name = "judgement_matrix")
public class JudgementMatrix {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(name = "node_code", nullable = false, length = 64)
    private String nodeCode;

    @Column(name = "element_codes", nullable = false, length = 2000)
    private String elementCodes;

    @Column(name = "upper_values", nullable = false, length = 4000)
    private String upperValues;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JudgementMatrix() {
        // for JPA
    }

    JudgementMatrix(Workshop workshop, String nodeCode, List<String> elements, double[] upper, Instant now) {
        this.workshop = workshop;
        this.nodeCode = nodeCode;
        this.elementCodes = String.join(",", elements);
        update(upper, now);
    }

    void update(double[] upper, Instant now) {
        this.upperValues = Arrays.stream(upper).mapToObj(Double::toString).collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    public String getNodeCode() {
        return nodeCode;
    }

    public List<String> getElements() {
        return List.of(elementCodes.split(","));
    }

    public double[] getUpperTriangle() {
        return Arrays.stream(upperValues.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
