package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * The shifts of the caller's hubs: made one by one or from a template over a date range (expanded in London time, so
 * nights across a clock change are as long as the clocks make them), and read per hub or per operator.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShiftService {

    /** The repeating patterns a supervisor applies to a date range, in local time. */
    public enum Template {
        EARLIES("Earlies", LocalTime.of(7, 0), LocalTime.of(15, 0)),
        LATES("Lates", LocalTime.of(15, 0), LocalTime.of(23, 0)),
        NIGHTS("Nights", LocalTime.of(23, 0), LocalTime.of(7, 0));

        public final String label;
        public final LocalTime start;
        public final LocalTime end;

        Template(String label, LocalTime start, LocalTime end) {
            this.label = label;
            this.start = start;
            this.end = end;
        }

        public String hours() {
            return start + " to " + end;
        }

        /** The shift starting on {@code day}, its end on the next day when it ends before it starts. */
        Instant[] on(LocalDate day) {
            ZonedDateTime from = ZonedDateTime.of(day, start, LondonTime.ZONE);
            ZonedDateTime to = ZonedDateTime.of(end.isAfter(start) ? day : day.plusDays(1), end, LondonTime.ZONE);
            return new Instant[] { from.toInstant(), to.toInstant() };
        }
    }

    /** A shift with its operators, as the rota shows it. */
    public record ShiftRow(RotaShift shift, List<OperatorProfile> operators) {
        public int open() {
            return Math.max(0, shift.positions - operators.size());
        }
    }

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    @Inject
    OperatorService operatorService;

    @Inject
    HubDirectory hubDirectory;

    /** A hub the caller's partner runs; any other is not found. */
    public HubRef myHub(long hubId) {
        return hubDirectory.hub(hubId).filter(hub -> hub.operatorPartnerId().equals(tenant.requirePartner()))
                .orElseThrow(() -> new NotFoundException("No such hub"));
    }

    public List<HubRef> myHubs() {
        return hubDirectory.operatedBy(tenant.requirePartner());
    }

    public RotaShift shift(long id) {
        RotaShift shift = RotaShift.findById(id);
        if (shift == null) {
            throw new NotFoundException("No such shift");
        }
        return shift;
    }

    /**
     * The shift, its row locked to the end of the transaction (before any operator's, as a swap's approval takes them):
     * two supervisors filling its last position at once are checked one after the other, so the second sees it full.
     * The database's trigger takes the same lock for any other path.
     */
    RotaShift lockedShift(long id) {
        RotaShift shift = RotaShift.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null) {
            throw new NotFoundException("No such shift");
        }
        return shift;
    }

    @Transactional
    public RotaShift addShift(long hubId, Instant startsAt, Instant endsAt, RotaShift.Role role, int positions) {
        myHub(hubId);
        check(startsAt, endsAt, positions, new FormErrors()).throwIfAny();
        RotaShift shift = new RotaShift();
        shift.partnerId = tenant.requirePartner();
        shift.hubId = hubId;
        shift.startsAt = startsAt;
        shift.endsAt = endsAt;
        shift.role = role;
        shift.positions = positions;
        shift.persist();
        return shift;
    }

    /** A shift's times and positions checked as every shift's are; the errors, with any found added. */
    static FormErrors check(Instant startsAt, Instant endsAt, int positions, FormErrors errors) {
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).toHours() > 16) {
            errors.add("endsAt", "A shift ends after it starts and lasts at most 16 hours");
        }
        if (positions < 1 || positions > 200) {
            errors.add("positions", "Positions must be between 1 and 200");
        }
        return errors;
    }

    /**
     * Shifts of a template on every day from {@code first} to {@code last} (a shift already there with the same times
     * and role is left as it is). Answers the shifts made.
     */
    @Transactional
    public List<RotaShift> applyTemplate(long hubId, Template template, LocalDate first, LocalDate last,
            RotaShift.Role role, int positions) {
        HubRef hub = myHub(hubId);
        FormErrors errors = new FormErrors();
        if (first == null) {
            errors.add("first", "Enter the first day");
        }
        if (last == null) {
            errors.add("last", "Enter the last day");
        }
        if (first != null && last != null && (last.isBefore(first) || last.isAfter(first.plusDays(62)))) {
            errors.add("last", "The last day must be on or after the first day and within 62 days of it");
        }
        if (positions < 1 || positions > hub.consoles()) {
            errors.add("positions", "Positions must be between 1 and the hub's " + hub.consoles() + " consoles");
        }
        errors.throwIfAny();
        List<RotaShift> made = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant[] times = template.on(day);
            boolean there = RotaShift.count("hubId = ?1 and startsAt = ?2 and endsAt = ?3 and role = ?4", hubId,
                    times[0], times[1], role) > 0;
            if (!there) {
                made.add(addShift(hubId, times[0], times[1], role, positions));
            }
        }
        audit.record("rota.template-applied", "Hub", Long.toString(hubId), template.label + " from "
                + Formats.day(first) + " to " + Formats.day(last) + " at " + hub.name() + ": "
                + Formats.plural(made.size(), "shift", "shifts"));
        return made;
    }

    /** The shifts an operator is on that end after {@code from} and start before {@code to}. */
    public List<RotaShift> shiftsOf(long operatorId, Instant from, Instant to) {
        return RotaShift.find("select s from RotaShift s, RotaAssignment a where a.shiftId = s.id and a.operatorId = ?1 "
                + "and s.endsAt > ?2 and s.startsAt < ?3 order by s.startsAt", operatorId, from, to).list();
    }

    /** Each operator's shifts that end after {@code from} and start before {@code to}, read in one query. */
    Map<Long, List<RotaShift>> shiftsOfAll(List<OperatorProfile> operators, Instant from, Instant to) {
        Map<Long, List<RotaShift>> theirs = new HashMap<>();
        operators.forEach(o -> theirs.put(o.id, new ArrayList<>()));
        if (operators.isEmpty()) {
            return theirs;
        }
        List<Object[]> rows = entityManager.createQuery("select a.operatorId, s from RotaShift s, RotaAssignment a "
                + "where a.shiftId = s.id and a.operatorId in :ids and s.endsAt > :from and s.startsAt < :to "
                + "order by s.startsAt", Object[].class).setParameter("ids", List.copyOf(theirs.keySet()))
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            theirs.get((Long) row[0]).add((RotaShift) row[1]);
        }
        return theirs;
    }

    /** The hub's shifts starting in [from, to), with their operators. */
    public List<ShiftRow> shifts(long hubId, Instant from, Instant to) {
        List<RotaShift> shifts = RotaShift.list("hubId = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, role",
                hubId, from, to);
        Map<Long, List<OperatorProfile>> on = new HashMap<>();
        if (!shifts.isEmpty()) {
            List<Object[]> rows = entityManager.createQuery("select a.shiftId, o from RotaAssignment a, OperatorProfile o "
                    + "where a.operatorId = o.id and a.shiftId in :ids order by o.fullName", Object[].class)
                    .setParameter("ids", shifts.stream().map(s -> s.id).toList()).getResultList();
            for (Object[] row : rows) {
                on.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((OperatorProfile) row[1]);
            }
        }
        return shifts.stream().map(s -> new ShiftRow(s, on.getOrDefault(s.id, List.of()))).toList();
    }

    /** Each operator's nights among the given shifts, every operator trained for the hub included (with none). */
    public Map<OperatorProfile, Integer> nights(long hubId, List<ShiftRow> rows) {
        Map<OperatorProfile, Integer> nights = new LinkedHashMap<>();
        for (OperatorProfile operator : operatorService.operators()) {
            if (operator.trainedHubs.contains(hubId)) {
                nights.put(operator, 0);
            }
        }
        for (ShiftRow row : rows) {
            if (row.shift().isNight()) {
                for (OperatorProfile operator : row.operators()) {
                    nights.merge(operator, 1, Integer::sum);
                }
            }
        }
        return nights;
    }
}
