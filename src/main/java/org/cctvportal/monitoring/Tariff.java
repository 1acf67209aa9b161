package org.cctvportal.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/**
 * The partnership's price of monitoring for one kind of customer from a date (London local day) until the next
 * tariff of that kind: a day, a night and a weekend rate in pence per camera-hour or console-hour (see
 * {@link PricingBands} for the bands). Set by the operator's managers; every partner of the partnership reads them.
 */
@Entity
@Table(name = "monitoring_tariff")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class Tariff extends PanacheEntityBase {

    /** What the rate is charged for. */
    public enum Basis {
        CAMERA_HOUR("per camera-hour"), CONSOLE_HOUR("per console-hour");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_tariff_seq")
    @SequenceGenerator(name = "monitoring_tariff_seq", sequenceName = "monitoring_tariff_seq", allocationSize = 50)
    public Long id;

    @Column(name = "partnership_id")
    public String partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_kind")
    public CustomerKind customerKind;

    @Enumerated(EnumType.STRING)
    public Basis basis;

    @Column(name = "day_pence")
    public int dayPence;

    @Column(name = "night_pence")
    public int nightPence;

    @Column(name = "weekend_pence")
    public int weekendPence;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    /** The rate of a band, in pence per unit-hour. */
    public int pence(PricingBands.Band band) {
        return switch (band) {
            case DAY -> dayPence;
            case NIGHT -> nightPence;
            case WEEKEND -> weekendPence;
        };
    }

    /** A rate in pence as pounds, for display: 185 is 1.85. */
    public static BigDecimal pounds(int pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    public BigDecimal dayPounds() {
        return pounds(dayPence);
    }

    public BigDecimal nightPounds() {
        return pounds(nightPence);
    }

    public BigDecimal weekendPounds() {
        return pounds(weekendPence);
    }

    public static List<Tariff> all() {
        return list("order by customerKind, effectiveFrom desc");
    }

    /** Every tariff of the partnership, oldest first, to price a month's hours against. */
    public static List<Tariff> schedule() {
        return list("order by customerKind, effectiveFrom");
    }

    /** The caller's partnership's tariff of a kind starting on a day, if one is set. */
    public static Optional<Tariff> startingOn(CustomerKind kind, LocalDate day) {
        return find("customerKind = ?1 and effectiveFrom = ?2", kind, day).firstResultOptional();
    }

    /** The tariff in force for a kind of customer on a day. */
    public static Optional<Tariff> inForce(CustomerKind kind, LocalDate day) {
        return find("customerKind = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", kind, day)
                .firstResultOptional();
    }
}
