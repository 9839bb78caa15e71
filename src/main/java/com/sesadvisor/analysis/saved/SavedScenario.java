package com.sesadvisor.analysis.saved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * An Analysis scenario saved under a name: personal (its owner's) or shared with one workshop. The scenario itself
 * is kept as JSON ({@link ScenarioJson}); {@code @Version} refuses a save based on an older copy.
 */
@Entity
@Table(name = "saved_scenario")
public class SavedScenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scope_key", nullable = false, length = 140)
    private String scopeKey;

    @Column(name = "owner_name", length = 100)
    private String ownerName;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Column(nullable = false, length = 20000)
    private String content;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedScenario() {
        // for JPA
    }

    SavedScenario(ScenarioScope scope, String name, String content, String by, Instant at) {
        this.scopeKey = scope.key();
        this.ownerName = scope.owner();
        this.workshopId = scope.workshopId();
        rename(name);
        this.content = content;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The name as compared for uniqueness: stripped, lower-case. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = nameKey(newName);
    }

    void overwrite(String newContent, String by, Instant at) {
        this.content = newContent;
        touch(by, at);
    }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ScenarioScope scope() {
        return workshopId != null ? ScenarioScope.workshop(workshopId) : ScenarioScope.personal(ownerName);
    }

    String getScopeKey() {
        return scopeKey;
    }

    public String getName() {
        return name;
    }

    String getNameKey() {
        return nameKey;
    }

    String getContent() {
        return content;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
