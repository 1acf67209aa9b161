package org.cctvportal.rota;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cctvportal.platform.web.LondonTime;
import org.hibernate.annotations.TenantId;

/** A shift at a hub, [startsAt, endsAt) in UTC, with positions to fill in one role. */
@Entity
@Table(name = "rota_shift")
public class RotaShift extends PanacheEntityBase {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public enum Role {
        OPERATOR, SUPERVISOR;

        public String label() {
            return this == OPERATOR ? "Operator" : "Supervisor";
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rota_shift_seq")
    @SequenceGenerator(name = "rota_shift_seq", sequenceName = "rota_shift_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "hub_id")
    public Long hubId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public Role role;

    public int positions;

    @Version
    public int version;

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    /** A night shift: any part of it between midnight and 06:00 local time. */
    public boolean isNight() {
        ZonedDateTime start = startsAt.atZone(LondonTime.ZONE);
        ZonedDateTime end = endsAt.atZone(LondonTime.ZONE);
        return !end.toLocalDate().equals(start.toLocalDate()) || start.toLocalTime().isBefore(LocalTime.of(6, 0));
    }

    /** The first and last local days the shift touches (its end is exclusive). */
    public LocalDate firstDay() {
        return startsAt.atZone(LondonTime.ZONE).toLocalDate();
    }

    public LocalDate lastDay() {
        return endsAt.minusNanos(1).atZone(LondonTime.ZONE).toLocalDate();
    }

    /** How the shift is named in messages and pages, in London time: "Mon 7 Dec 23:00 to 07:00". */
    public String label() {
        return DAY_TIME.format(startsAt.atZone(LondonTime.ZONE)) + " to " + TIME.format(endsAt.atZone(LondonTime.ZONE));
    }
}
