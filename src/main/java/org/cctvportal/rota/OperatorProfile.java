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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.TenantId;

/**
 * A member of the operator partner's control-room staff: the person (their portal account and name), their SIA public
 * space surveillance licence, the hubs they are trained for, the partners whose cameras they are cleared to watch
 * (since when), contracted hours and whether they may supervise.
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

    /** The person whose profile this is: their portal account, and the one place their name is kept. */
    @Column(name = "person_id")
    public UUID personId;

    /** The person's name, read from the people feature's record (the rota keeps no copy). */
    @Formula("person_name(person_id)")
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

    /** The partners whose cameras the operator is cleared to watch, each with the day it was given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_cleared_partner", joinColumns = @JoinColumn(name = "operator_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "cleared_on")
    public Map<String, LocalDate> clearances = new TreeMap<>();

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

    public boolean clearedFor(String partnerId) {
        return clearances.containsKey(partnerId);
    }

    /** Clears the operator for {@code partners} from {@code on}, keeping the day of a clearance already given. */
    public void clearFor(Set<String> partners, LocalDate on) {
        Map<String, LocalDate> kept = new TreeMap<>();
        partners.forEach(p -> kept.put(p, clearances.getOrDefault(p, on)));
        clearances = kept;
    }

    public static Optional<OperatorProfile> ofPerson(UUID personId) {
        return find("personId", personId).firstResultOptional();
    }
}
