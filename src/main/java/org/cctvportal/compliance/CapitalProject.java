package org.cctvportal.compliance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** A partner's named group of its capital plan's replacements, such as a control-room upgrade. */
@Entity
@Table(name = "capital_project")
public class CapitalProject extends PanacheEntityBase {

    /** The longest name a project may have. */
    static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capital_project_seq")
    @SequenceGenerator(name = "capital_project_seq", sequenceName = "capital_project_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String name;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;

    /** The caller's project with this name, ignoring case. */
    static Optional<CapitalProject> named(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
