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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/** The partnership's price of monitoring for one kind of customer, from a date. */
@Entity
@Table(name = "monitoring_tariff")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class Tariff extends PanacheEntityBase {

    /** What the rate is charged for. */
    public enum Basis {
        CAMERA_HOUR("per camera-hour"), CONSOLE_HOUR("per console-hour"), MONTHLY_FIXED("fixed fee per month");

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

    public BigDecimal rate;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public static List<Tariff> all() {
        return list("order by customerKind, effectiveFrom desc");
    }

    /** The tariff in force for a kind of customer on a day. */
    public static Optional<Tariff> inForce(CustomerKind kind, LocalDate day) {
        return find("customerKind = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", kind, day)
                .firstResultOptional();
    }
}
