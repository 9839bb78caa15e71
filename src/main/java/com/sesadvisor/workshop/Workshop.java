package com.sesadvisor.workshop;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A committee workshop. {@code version} guards against two facilitators silently overwriting each other. */
@Entity
public class Workshop extends WorkshopEntity {


    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String purpose;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Furthest wizard step the facilitator saved, so set-up resumes where it was left. */
    @Column(name = "setup_step", nullable = false)
    private int setupStep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AggregationMethod aggregation = AggregationMethod.AIJ;

    @Column(name = "consensus_threshold", nullable = false)
    private double consensusThreshold = WorkshopSettings.DEFAULT_CONSENSUS_THRESHOLD;

    @Column(name = "exclude_inconsistent", nullable = false)
    private boolean excludeInconsistent;

    @Column(name = "experts_see_group", nullable = false)
    private boolean expertsSeeGroup;

    /** Experts every compared node needs; null = a majority of the invited experts. */
    @Column(name = "quorum")
    private Integer quorum;

    /** Reports name experts "Expert 1", "Expert 2" ... instead of by name. */
    @Column(name = "anonymise_experts", nullable = false)
    private boolean anonymiseExperts;

    @Column(name = "rule_set", length = 120)
    private String ruleSet;

    /** Profit mechanism names, comma-separated (a handful of enum constants). */
    @Column(nullable = false, length = 400)
    private String mechanisms = "COMPREHENSIVE";

    @ElementCollection
    @CollectionTable(name = "workshop_assumption", joinColumns = @JoinColumn(name = "workshop_id"))
    @MapKeyColumn(name = "field_key", length = 64)
    @Column(name = "field_value", nullable = false)
    private Map<String, Double> assumptionOverrides = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "workshop_node", joinColumns = @JoinColumn(name = "workshop_id"))
    @OrderColumn(name = "position")
    private List<NodeRow> nodes = new ArrayList<>();

    protected Workshop() {
        // for JPA
    }

    public Workshop(String name, String purpose, String createdBy, Instant now) {
        this.name = name;
        this.purpose = purpose;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.nodes = new ArrayList<>(WorkshopHierarchy.toRows(WorkshopHierarchy.defaultHierarchy()));
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public int getSetupStep() {
        return setupStep;
    }

    public void advanceSetupStep(int step) {
        this.setupStep = Math.max(setupStep, step);
    }

    public void rename(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    public WorkshopSettings settings() {
        return new WorkshopSettings(aggregation, consensusThreshold, excludeInconsistent, expertsSeeGroup, quorum);
    }

    public void applySettings(WorkshopSettings s) {
        this.aggregation = s.aggregation();
        this.consensusThreshold = s.consensusThreshold();
        this.excludeInconsistent = s.excludeInconsistent();
        this.expertsSeeGroup = s.expertsSeeGroup();
        this.quorum = s.quorum();
    }

    /** The facilitator's quorum, or null for a majority of the invited experts ({@link WorkshopSettings#quorumFor}). */
    public Integer getQuorum() {
        return quorum;
    }

    /** @throws WorkshopInputException naming {@code quorum} unless null (majority) or within the settings' bounds */
    public void setQuorum(Integer quorum) {
        WorkshopSettings s = settings();
        this.quorum = new WorkshopSettings(s.aggregation(), s.consensusThreshold(), s.excludeInconsistent(),
                s.expertsSeeGroup(), quorum).quorum();
    }

    public boolean isAnonymiseExperts() {
        return anonymiseExperts;
    }

    public void setAnonymiseExperts(boolean anonymiseExperts) {
        this.anonymiseExperts = anonymiseExperts;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public String getMechanisms() {
        return mechanisms;
    }

    public Map<String, Double> getAssumptionOverrides() {
        return assumptionOverrides;
    }

    public void applyScenario(Map<String, Double> overrides, String mechanisms, String ruleSet) {
        this.assumptionOverrides.clear();
        this.assumptionOverrides.putAll(overrides);
        this.mechanisms = mechanisms;
        this.ruleSet = ruleSet;
    }

    public List<NodeRow> getNodes() {
        return nodes;
    }

    public void replaceNodes(List<NodeRow> rows) {
        this.nodes.clear();
        this.nodes.addAll(rows);
    }
}
