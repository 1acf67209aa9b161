package org.cctvportal.compliance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** One asset of a capital project: its replacement, as the plan costs it, counts towards the project's total. */
@Entity
@Table(name = "capital_project_item")
public class CapitalProjectItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capital_project_item_seq")
    @SequenceGenerator(name = "capital_project_item_seq", sequenceName = "capital_project_item_seq",
            allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "project_id")
    public Long projectId;

    /** CAMERA or RECORDER, as the findings name assets. */
    @Column(name = "asset_kind")
    public String assetKind;

    @Column(name = "asset_id")
    public Long assetId;

    /** The asset tag or recorder name when it was added, shown once the asset has left the plan. */
    @Column(name = "asset_label")
    public String assetLabel;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;

    /** The caller's project item holding this asset, whichever project it is in. */
    static Optional<CapitalProjectItem> ofAsset(String kind, long assetId) {
        return find("assetKind = ?1 and assetId = ?2", kind, assetId).firstResultOptional();
    }
}
