package org.cctvportal.monitoring;

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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/** A monitoring hub of the partnership, run by its operator partner, watching cameras for the partners it serves. */
@Entity
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class Hub extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    public Long id;

    @Column(name = "partnership_id")
    public String partnershipId;

    @Column(name = "operator_partner_id")
    public String operatorPartnerId;

    public String name;

    public String address;

    /** Operator positions in the control room. */
    public int consoles;

    /** The most cameras one operator watches at once. */
    @Column(name = "cameras_per_operator")
    public int camerasPerOperator;

    @Column(name = "opening_pattern")
    public String openingPattern;

    /** The first day it watches (London); null for a hub open before the portal recorded it. */
    @Column(name = "opens_on")
    public java.time.LocalDate opensOn;

    /** The day it stops watching (London), once its operator closes it. */
    @Column(name = "closes_on")
    public java.time.LocalDate closesOn;

    /** Local opening times; open_until before open_from crosses midnight; both null is round the clock. */
    @Column(name = "open_from")
    public java.time.LocalTime openFrom;

    @Column(name = "open_until")
    public java.time.LocalTime openUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hub_served_partner", joinColumns = @JoinColumn(name = "hub_id"))
    @Column(name = "partner_id")
    public Set<String> servedPartners = new TreeSet<>();

    @Version
    public int version;

    public boolean serves(String partnerId) {
        return servedPartners.contains(partnerId);
    }

    /** The opening times as people read them: "20:00 to 04:00 (overnight)" or "Round the clock". */
    public String openingTimes() {
        if (openFrom == null) {
            return "Round the clock";
        }
        return openFrom + " to " + openUntil + (openUntil.isBefore(openFrom) ? " (overnight)" : "");
    }

    /** Whether it has closed by a day. */
    public boolean closedOn(java.time.LocalDate day) {
        return closesOn != null && !day.isBefore(closesOn);
    }

    public int maxCameras() {
        return consoles * camerasPerOperator;
    }

    public static List<Hub> byName() {
        return list("order by name");
    }

    public static List<Hub> servingPartner(String partnerId) {
        return list("select h from Hub h where ?1 member of h.servedPartners order by h.name", partnerId);
    }

    public static List<Hub> operatedBy(String partnerId) {
        return list("operatorPartnerId = ?1 order by name", partnerId);
    }
}
