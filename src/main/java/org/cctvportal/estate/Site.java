package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** A place where a partner has cameras: a town centre, a car park, an estate. */
@Entity
public class Site extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String name;

    @Enumerated(EnumType.STRING)
    public SiteKind kind;

    public String address;

    public String postcode;

    public Double latitude;

    public Double longitude;

    public boolean sensitive;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static List<Site> listByName() {
        return list("order by lower(name)");
    }

    public static Optional<Site> byName(String name) {
        return find("lower(name) = ?1", name.trim().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
