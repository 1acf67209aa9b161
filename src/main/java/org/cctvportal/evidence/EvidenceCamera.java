package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One camera an item's footage came from, with its asset tag as it was when the item was recorded. */
@Entity
@Table(name = "evidence_camera")
public class EvidenceCamera extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_camera_seq")
    @SequenceGenerator(name = "evidence_camera_seq", sequenceName = "evidence_camera_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "camera_id")
    public Long cameraId;

    @Column(name = "asset_tag")
    public String assetTag;

    public static List<EvidenceCamera> of(long itemId) {
        return list("itemId = ?1 order by assetTag", itemId);
    }
}
