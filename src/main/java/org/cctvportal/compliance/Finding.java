package org.cctvportal.compliance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/**
 * Where one asset falls short of one rule of the ratified specification. Only the compliance engine (in the
 * database) raises, changes and closes findings; the portal changes only a partner's acceptance of the risk, so
 * updates name just the columns that changed.
 */
@Entity
@Table(name = "compliance_finding")
@DynamicUpdate
public class Finding extends PanacheEntityBase {

    /** Where a finding is in its life. */
    public enum Status {
        OPEN("Open", "red"), ACCEPTED("Risk accepted", "blue"), CLOSED("Closed", "green");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }
    }

    /** The kind of asset a finding is about. */
    public enum AssetKind {
        CAMERA, RECORDER
    }

    @Id
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "partnership_id", insertable = false, updatable = false)
    public String partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_kind", insertable = false, updatable = false)
    public AssetKind assetKind;

    @Column(name = "asset_id", insertable = false, updatable = false)
    public Long assetId;

    @Column(name = "asset_label", insertable = false, updatable = false)
    public String assetLabel;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public FindingRule rule;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public Severity severity;

    @Column(name = "severity_rank", insertable = false, updatable = false)
    public short severityRank;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public RecommendedAction action;

    @Column(insertable = false, updatable = false)
    public String reason;

    @Column(name = "estimated_cost", insertable = false, updatable = false)
    public BigDecimal estimatedCost;

    @Column(name = "due_date", insertable = false, updatable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "raised_version_id", insertable = false, updatable = false)
    public Long raisedVersionId;

    @Column(name = "raised_at", insertable = false, updatable = false)
    public Instant raisedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "closed_at", insertable = false, updatable = false)
    public Instant closedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "acceptance_reason")
    public String acceptanceReason;

    @Column(name = "accepted_until")
    public LocalDate acceptedUntil;

    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Version
    public int version;

    public boolean isCamera() {
        return assetKind == AssetKind.CAMERA;
    }

    /** An acceptance whose date has passed: the finding is open again, whatever the job has not yet written. */
    public boolean acceptanceExpired(LocalDate today) {
        return status == Status.ACCEPTED && acceptedUntil != null && acceptedUntil.isBefore(today);
    }

    public boolean canBeAccepted() {
        return status == Status.OPEN;
    }

    public static List<Finding> forAsset(AssetKind kind, long assetId) {
        return list("assetKind = ?1 and assetId = ?2 order by case when status = ?3 then 1 else 0 end, severityRank, rule", kind, assetId,
                Status.CLOSED);
    }
}
