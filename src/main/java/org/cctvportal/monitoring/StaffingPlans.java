package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * A hub's staffing plans, each from a date. A new plan replaces those that would take effect on or after its date;
 * if it leaves approved bookings over the hub's capacity it is refused with the nights it would break, unless the
 * person accepts it explicitly with a reason, which the audit trail keeps with those nights.
 */
@ApplicationScoped
@Transactional
public class StaffingPlans {

    static final DateTimeFormatter NIGHT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final int NIGHTS_LISTED = 12;

    @Inject
    EntityManager entityManager;

    @Inject
    HubAdministration administration;

    @Inject
    AuditService audit;

    /** Takes the plan in from its date, or refuses it (nothing changed) with the nights it leaves over capacity. */
    public List<LocalDate> change(long hubId, StaffingPlanForm.Command plan) {
        Hub hub = administration.operated(hubId);
        entityManager.createNativeQuery("select id from hub where id = ?1 for update").setParameter(1, hub.id)
                .getResultList();
        HubStaffing.delete("hubId = ?1 and effectiveFrom >= ?2", hub.id, plan.effectiveFrom());
        plan.bands(hub.id).forEach(band -> band.persist());
        entityManager.flush();
        List<LocalDate> nights = brokenNights(hub.id, plan.effectiveFrom());
        if (!nights.isEmpty() && !plan.acceptBreaches()) {
            throw new InvalidInputException(new FormErrors().add("acceptBreaches", "This plan leaves approved"
                    + " bookings over capacity on " + describe(nights) + ". Move or cancel those bookings, staff"
                    + " more consoles, or accept the plan with a reason"));
        }
        audit.record("hub.staffing-changed", "hub", hub.id.toString(), "Staffing plan of " + hub.name + " from "
                + Formats.day(plan.effectiveFrom()) + ": " + plan.bands(hub.id).size() + " bands");
        if (!nights.isEmpty()) {
            audit.record("hub.staffing-over-capacity", "hub", hub.id.toString(), "Accepted the staffing plan of "
                    + hub.name + " from " + Formats.day(plan.effectiveFrom()) + " although approved bookings are over capacity"
                    + " on " + describe(nights) + ": " + plan.reason());
        }
        return nights;
    }

    /** The London nights (a night runs from 07:00 to 07:00 the next day) with approved bookings over capacity. */
    @SuppressWarnings("unchecked")
    List<LocalDate> brokenNights(long hubId, LocalDate from) {
        OffsetDateTime start = OffsetDateTime.ofInstant(from.atStartOfDay(LondonTime.ZONE).toInstant(),
                ZoneOffset.UTC);
        List<Object> last = entityManager.createNativeQuery("select max(upper(period)) from booking_occurrence"
                + " where hub_id = ?1 and approved and upper(period) > ?2").setParameter(1, hubId)
                .setParameter(2, start).getResultList();
        if (last.isEmpty() || last.get(0) == null) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("select b.at, b.booked from capacity_breaches(?1,"
                + " array[tstzrange(?2, ?3)], 0) b").setParameter(1, hubId).setParameter(2, start)
                .setParameter(3, OffsetDateTime.ofInstant(instant(last.get(0)), ZoneOffset.UTC)).getResultList();
        TreeSet<LocalDate> nights = new TreeSet<>();
        for (Object[] row : rows) {
            ZonedDateTime local = instant(row[0]).atZone(LondonTime.ZONE);
            nights.add(local.getHour() < StaffingPlanForm.DAY_START ? local.toLocalDate().minusDays(1)
                    : local.toLocalDate());
        }
        return List.copyOf(nights);
    }

    static String describe(List<LocalDate> nights) {
        String listed = nights.stream().limit(NIGHTS_LISTED).map(NIGHT::format).collect(Collectors.joining(", "));
        int more = nights.size() - NIGHTS_LISTED;
        return (nights.size() == 1 ? "1 night: " : nights.size() + " nights: ") + listed
                + (more > 0 ? " and " + more + " more" : "");
    }
}
