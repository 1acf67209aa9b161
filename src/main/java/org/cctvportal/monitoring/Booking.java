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
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * A partner's booking of monitoring for a group of its cameras at a hub: one-off or weekly. It belongs to the partner
 * that made it; the hub's operator decides it through its own database policies.
 */
@Entity
public class Booking extends PanacheEntityBase {

    /** Where a booking is in its life. */
    public enum Status {
        REQUESTED("Requested", "blue"), APPROVED("Approved", "green"), DECLINED("Declined", "red"),
        CANCELLED("Cancelled", "grey");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }

        /** The status a list is filtered by; an unknown or empty value filters nothing. */
        public static Status parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            for (Status status : values()) {
                if (status.name().equalsIgnoreCase(value.strip())) {
                    return status;
                }
            }
            return null;
        }
    }

    /** One-off or every week. */
    public enum Recurrence {
        ONE_OFF, WEEKLY
    }

    /** How urgent the booking is to the partner. */
    public enum Priority {
        ROUTINE("Routine"), HIGH("High"), URGENT("Urgent");

        private final String label;

        Priority(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "hub_id")
    public Long hubId;

    @Column(name = "camera_group")
    public String cameraGroup;

    public int cameras;

    @Enumerated(EnumType.STRING)
    public Recurrence recurrence;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** Weekdays of a weekly booking, comma-separated ISO names (FRIDAY,SATURDAY). */
    public String weekdays;

    @Column(name = "local_start")
    public LocalTime localStart;

    @Column(name = "local_end")
    public LocalTime localEnd;

    @Column(name = "first_date")
    public LocalDate firstDate;

    @Column(name = "last_date")
    public LocalDate lastDate;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_kind")
    public CustomerKind customerKind;

    public String notes;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Why the hub's operator could not approve it, while it waits: written by the hub's side only. */
    @Column(name = "capacity_refusal", insertable = false, updatable = false)
    public String capacityRefusal;

    @Column(name = "capacity_refused_at", insertable = false, updatable = false)
    public Instant capacityRefusedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** Why the partner cancelled it, for the hub; absent for cancellations made before reasons were asked. */
    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public int version;

    public Set<DayOfWeek> days() {
        if (weekdays == null || weekdays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public static String weekdaysOf(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    public boolean isWeekly() {
        return recurrence == Recurrence.WEEKLY;
    }

    public boolean isCancellable() {
        return status == Status.REQUESTED || status == Status.APPROVED;
    }

    public String reference() {
        return "MB-" + id;
    }

    public static List<Booking> newestFirst() {
        return list("order by requestedAt desc, id desc");
    }
}
