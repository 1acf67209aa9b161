package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** One camera of a partner's estate, known by its asset tag. */
@Entity
public class Camera extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "camera_seq")
    @SequenceGenerator(name = "camera_seq", sequenceName = "camera_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "asset_tag")
    public String assetTag;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    public Site site;

    @ManyToOne
    @JoinColumn(name = "manufacturer_id")
    public Manufacturer manufacturer;

    public String model;

    @Enumerated(EnumType.STRING)
    public CameraType type;

    @Column(name = "resolution_mp")
    public BigDecimal resolutionMp;

    public String firmware;

    @Column(name = "install_date")
    public LocalDate installDate;

    @Column(name = "next_maintenance")
    public LocalDate nextMaintenance;

    @Enumerated(EnumType.STRING)
    public CameraStatus status;

    public Double latitude;

    public Double longitude;

    public Integer bearing;

    @Column(name = "field_of_view")
    public Integer fieldOfView;

    @Enumerated(EnumType.STRING)
    public ConnectionType connection;

    @ManyToOne
    @JoinColumn(name = "recorder_id")
    public Recorder recorder;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static Optional<Camera> byTag(String assetTag) {
        return find("lower(assetTag) = ?1", assetTag.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public static List<Camera> atSite(Site site) {
        return list("site = ?1 order by lower(assetTag)", site);
    }

    public static List<Camera> onRecorder(Recorder recorder) {
        return list("recorder = ?1 order by lower(assetTag)", recorder);
    }

    public boolean maintenanceOverdue(LocalDate today) {
        return nextMaintenance != null && nextMaintenance.isBefore(today) && status != CameraStatus.DECOMMISSIONED;
    }
}
