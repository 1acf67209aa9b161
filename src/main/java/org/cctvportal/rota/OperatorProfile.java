package org.cctvportal.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.TenantId;

/**
 * A member of the operator partner's control-room staff: their SIA public space surveillance licence, the hubs they
 * are trained for, the partners whose cameras they are cleared to watch, contracted hours, and (when they sign in) the
 * username that links them to their login.
 */
@Entity
@jakarta.persistence.Table(name = "operator_profile")
public class OperatorProfile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_profile_seq")
    @SequenceGenerator(name = "operator_profile_seq", sequenceName = "operator_profile_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String username;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "sia_licence")
    public String siaLicence;

    @Column(name = "sia_expires")
    public LocalDate siaExpires;

    @Column(name = "contracted_hours")
    public int contractedHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_trained_hub", joinColumns = @JoinColumn(name = "operator_id"))
    @Column(name = "hub_id")
    public Set<Long> trainedHubs = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_cleared_partner", joinColumns = @JoinColumn(name = "operator_id"))
    @Column(name = "partner_id")
    public Set<String> clearedPartners = new TreeSet<>();

    /** Whether the operator may take a supervisor position. */
    @Column(name = "can_supervise")
    public boolean canSupervise;

    /** The SHA-256 (hex) of the operator's calendar feed secret; null when they have no live feed. */
    @Column(name = "feed_token_hash")
    public String feedTokenHash;

    /** False once a supervisor makes the profile inactive: not rostered, and no calendar feed. */
    public boolean active = true;

    @Version
    public int version;

    public boolean licensedThrough(LocalDate lastDay) {
        return !siaExpires.isBefore(lastDay);
    }

    public static List<OperatorProfile> byName() {
        return list("order by fullName");
    }

    public static Optional<OperatorProfile> ofUser(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }
}
