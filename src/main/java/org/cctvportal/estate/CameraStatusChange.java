package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A camera taken offline or decommissioned, with the reason: the start of switch-off governance. */
@Entity
@Table(name = "camera_status_change")
public class CameraStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "camera_status_change_seq")
    @SequenceGenerator(name = "camera_status_change_seq", sequenceName = "camera_status_change_seq",
            allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "camera_id")
    public Long cameraId;

    @Column(name = "asset_tag")
    public String assetTag;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CameraStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CameraStatus toStatus;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<CameraStatusChange> forCamera(Long cameraId) {
        return list("cameraId = ?1 order by changedAt desc, id desc", cameraId);
    }

    public static List<CameraStatusChange> newest(int limit) {
        return find("order by changedAt desc, id desc").page(Page.ofSize(limit)).list();
    }
}
