package org.cctvportal.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.SequenceGenerator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One band of a hub's staffing plan: how many consoles are staffed on a weekday between two local hours. The plan
 * gives the hub's capacity until rostered shifts do; the database reads it through {@code hub_capacity}.
 */
@Entity
@Table(name = "hub_staffing")
public class HubStaffing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_staffing_seq")
    @SequenceGenerator(name = "hub_staffing_seq", sequenceName = "hub_staffing_seq", allocationSize = 50)
    public Long id;

    @Column(name = "hub_id")
    public Long hubId;

    /** ISO weekday, 1 = Monday. */
    public int weekday;

    @Column(name = "start_hour")
    public int startHour;

    @Column(name = "end_hour")
    public int endHour;

    public int consoles;

    /** The plan this band belongs to takes effect on this London date. */
    @Column(name = "effective_from")
    public LocalDate effectiveFrom = EARLIEST;

    /** The effective date of plans made before plans had dates. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static HubStaffing band(long hubId, DayOfWeek day, int startHour, int endHour, int consoles) {
        HubStaffing band = new HubStaffing();
        band.hubId = hubId;
        band.weekday = day.getValue();
        band.startHour = startHour;
        band.endHour = endHour;
        band.consoles = consoles;
        return band;
    }

    public int watches(int camerasPerOperator) {
        return consoles * camerasPerOperator;
    }

    public String day() {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public String hours() {
        return String.format("%02d:00 to %02d:00", startHour, endHour % 24);
    }

    /** Every band of every plan of the hub, plan by plan. */
    public static List<HubStaffing> planOf(long hubId) {
        return list("hubId = ?1 order by effectiveFrom, weekday, startHour", hubId);
    }

    /** The bands of the plan in force on a London date: the latest to take effect on or before it. */
    public static List<HubStaffing> inForce(List<HubStaffing> bands, LocalDate day) {
        LocalDate effective = bands.stream().map(b -> b.effectiveFrom).filter(d -> !d.isAfter(day))
                .max(LocalDate::compareTo).orElse(null);
        return bands.stream().filter(b -> b.effectiveFrom.equals(effective)).toList();
    }

    /** Whether the band's plan took effect before plans had dates. */
    public boolean fromTheStart() {
        return EARLIEST.equals(effectiveFrom);
    }
}
