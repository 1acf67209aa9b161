package org.cctvportal.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A partner's saved group of its cameras, to pick again when it books. */
@Entity
@Table(name = "camera_group")
public class CameraGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "camera_group_seq")
    @SequenceGenerator(name = "camera_group_seq", sequenceName = "camera_group_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "camera_ids")
    public Long[] cameraIds;

    @Column(name = "saved_at")
    public Instant savedAt;

    /** The caller's groups by name. */
    public static List<CameraGroup> listByName() {
        return list("order by lower(name)");
    }

    /** The caller's group with this name, ignoring case. */
    public static Optional<CameraGroup> named(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
