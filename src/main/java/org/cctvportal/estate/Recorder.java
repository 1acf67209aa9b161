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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** A recorder or server of the estate: an NVR, a VMS server or a control-room workstation. */
@Entity
public class Recorder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recorder_seq")
    @SequenceGenerator(name = "recorder_seq", sequenceName = "recorder_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String name;

    @Enumerated(EnumType.STRING)
    public RecorderKind kind;

    @ManyToOne
    @JoinColumn(name = "manufacturer_id")
    public Manufacturer manufacturer;

    public String model;

    @ManyToOne
    @JoinColumn(name = "os_id")
    public OperatingSystem operatingSystem;

    @Column(name = "os_version")
    public String osVersion;

    @Enumerated(EnumType.STRING)
    public NetworkExposure exposure;

    @Column(name = "last_patched")
    public LocalDate lastPatched;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    public Site site;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static List<Recorder> listByName() {
        return list("order by lower(name)");
    }

    public static Optional<Recorder> byName(String name) {
        return find("lower(name) = ?1", name.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
