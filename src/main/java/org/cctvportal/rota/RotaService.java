package org.cctvportal.rota;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Timestamp;
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
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.cctvportal.monitoring.Hub;
import org.cctvportal.monitoring.HubService;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * The rota of the caller's hubs: shifts (one by one or from a template over a date range, expanded in London time so
 * nights across a clock change are as long as the clocks make them), assignments checked against every rule on every
 * change, auto-fill within the rules, and the coverage gaps against approved bookings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RotaService {

    static final Duration LOOK_AROUND = Duration.ofDays(8);

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

    /** A time when approved bookings need more operators than are rostered. */
    public record Gap(Instant startsAt, Instant endsAt, int needed, int rostered) {
        public int missing() {
            return needed - rostered;
        }

        public String label() {
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
                    java.util.Locale.UK);
            java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm",
                    java.util.Locale.UK);
            return day.format(startsAt.atZone(LondonTime.ZONE)) + " to " + time.format(endsAt.atZone(LondonTime.ZONE));
        }
    }

    @Inject
    TenantContext tenant;

    @Inject
    RotaConfig config;

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    @Inject
    HubService hubs;

    public RotaRules rules() {
        return new RotaRules(config);
    }

    /** A hub the caller's partner runs; any other is not found. */
    public Hub myHub(long hubId) {
        Hub hub = Hub.findById(hubId);
        if (hub == null || !hub.operatorPartnerId.equals(tenant.requirePartner())) {
            throw new NotFoundException("No such hub");
        }
        return hub;
    }

    public List<Hub> myHubs() {
        return Hub.operatedBy(tenant.requirePartner());
    }

    public List<OperatorProfile> operators() {
        return OperatorProfile.byName();
    }

    public Optional<OperatorProfile> me(String username) {
        return OperatorProfile.ofUser(username);
    }

    public RotaShift shift(long id) {
        RotaShift shift = RotaShift.findById(id);
        if (shift == null) {
            throw new NotFoundException("No such shift");
        }
        return shift;
    }

    OperatorProfile operator(long id) {
        OperatorProfile operator = OperatorProfile.findById(id);
        if (operator == null) {
            throw new NotFoundException("No such operator");
        }
        return operator;
    }

    @Transactional
    public OperatorProfile addOperator(OperatorProfile profile) {
        profile.partnerId = tenant.requirePartner();
        profile.persist();
        audit.record("operator.created", "OperatorProfile", profile.id.toString(), "Operator " + profile.fullName);
        return profile;
    }

    @Transactional
    public RotaShift addShift(long hubId, Instant startsAt, Instant endsAt, RotaShift.Role role, int positions) {
        myHub(hubId);
        FormErrors errors = new FormErrors();
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).toHours() > 16) {
            errors.add("endsAt", "A shift ends after it starts and lasts at most 16 hours");
        }
        if (positions < 1 || positions > 200) {
            errors.add("positions", "Positions must be between 1 and 200");
        }
        errors.throwIfAny();
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

    /**
     * Shifts of a template on every day from {@code first} to {@code last} (a shift already there with the same times
     * and role is left as it is). Answers the shifts made.
     */
    @Transactional
    public List<RotaShift> applyTemplate(long hubId, Template template, LocalDate first, LocalDate last,
            RotaShift.Role role, int positions) {
        Hub hub = myHub(hubId);
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
        if (positions < 1 || positions > hub.consoles) {
            errors.add("positions", "Positions must be between 1 and the hub's " + hub.consoles + " consoles");
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
        audit.record("rota.template-applied", "Hub", Long.toString(hubId), template.label + " from " + first + " to "
                + last + " at " + hub.name + ": " + made.size() + " shift(s)");
        return made;
    }

    /** The shifts an operator is on that end after {@code from} and start before {@code to}. */
    public List<RotaShift> shiftsOf(long operatorId, Instant from, Instant to) {
        return RotaShift.find("select s from RotaShift s, RotaAssignment a where a.shiftId = s.id and a.operatorId = ?1 "
                + "and s.endsAt > ?2 and s.startsAt < ?3 order by s.startsAt", operatorId, from, to).list();
    }

    /** Puts an operator on a shift if no rule is broken; otherwise a message naming the rule and the shift. */
    @Transactional
    public RotaAssignment assign(long shiftId, long operatorId) {
        RotaShift shift = lockedShift(shiftId);
        OperatorProfile operator = lockedOperator(operatorId);
        FormErrors errors = new FormErrors();
        long on = RotaAssignment.count("shiftId", shiftId);
        if (RotaAssignment.count("shiftId = ?1 and operatorId = ?2", shiftId, operatorId) > 0) {
            errors.add("operatorId", operator.fullName + " is already on the shift " + shift.label());
        } else if (on >= shift.positions) {
            errors.add("operatorId", "Open positions: the shift " + shift.label() + " is fully staffed");
        } else {
            broken(operator, shift).ifPresent(message -> errors.add("operatorId", message));
        }
        errors.throwIfAny();
        RotaAssignment assignment = put(shift, operator);
        audit.record("rota.assigned", "RotaShift", shift.id.toString(), operator.fullName + " on " + shift.label());
        return assignment;
    }

    /** The first rule the operator would break on the shift, checked against the database as it is now. */
    public Optional<String> broken(OperatorProfile operator, RotaShift shift) {
        Map<String, String> watched = watched(shift.hubId, shift.startsAt, shift.startsAt.plusNanos(1000))
                .getOrDefault(shift.id, Map.of());
        return rules().broken(operator, shift,
                shiftsOf(operator.id, shift.startsAt.minus(LOOK_AROUND), shift.endsAt.plus(LOOK_AROUND)), watched);
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

    /**
     * The operator's profile, its row locked to the end of the transaction: two changes to one operator's shifts are
     * checked one after the other, so together they cannot break a rule each keeps alone.
     */
    OperatorProfile lockedOperator(long id) {
        OperatorProfile operator = OperatorProfile.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null) {
            throw new NotFoundException("No such operator");
        }
        return operator;
    }

    RotaAssignment put(RotaShift shift, OperatorProfile operator) {
        RotaAssignment assignment = new RotaAssignment();
        assignment.partnerId = tenant.requirePartner();
        assignment.shiftId = shift.id;
        assignment.operatorId = operator.id;
        try {
            assignment.persistAndFlush();
        } catch (PersistenceException e) {
            // The database's own guarantees (full shift, overlap) when another change got there first.
            if (refusedAsFull(e)) {
                throw new InvalidInputException(new FormErrors().add("operatorId", "Open positions: the shift "
                        + shift.label() + " is now fully staffed"));
            }
            throw new InvalidInputException(new FormErrors().add("operatorId", "No overlapping shifts: "
                    + operator.fullName + " could not be put on the shift " + shift.label()
                    + " because it now overlaps another of their shifts"));
        }
        return assignment;
    }

    /** Whether the database refused an assignment because its shift is full (the trigger of V8 and V17). */
    private static boolean refusedAsFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("is fully staffed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each of the hub's shifts starting in [from, to), the partners (id to name) whose approved bookings are
     * watched at the hub during it: the clearance rule's input, read in one query.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Map<String, String>> watched(long hubId, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery("select shift_id, partner_id from "
                + "rota_watched_partners(?1, ?2, ?3) order by shift_id, partner_id").setParameter(1, hubId)
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = partnerNames(hubId);
        Map<Long, Map<String, String>> watched = new HashMap<>();
        for (Object[] row : rows) {
            String partner = (String) row[1];
            watched.computeIfAbsent(((Number) row[0]).longValue(), k -> new LinkedHashMap<>()).put(partner,
                    Optional.ofNullable(names.get(partner)).orElse(partner));
        }
        return watched;
    }

    private Map<String, String> partnerNames(long hubId) {
        // Work run for a partner without a signed-in user (demo data) gets no names: partners are named by id.
        return hubs.servedPartnerNames(myHub(hubId));
    }

    @Transactional
    public void unassign(long shiftId, long operatorId) {
        RotaShift shift = shift(shiftId);
        OperatorProfile operator = operator(operatorId);
        long removed = RotaAssignment.delete("shiftId = ?1 and operatorId = ?2", shiftId, operatorId);
        if (removed == 0) {
            throw new InvalidInputException(new FormErrors().add("operatorId",
                    operator.fullName + " is not on the shift " + shift.label()));
        }
        audit.record("rota.unassigned", "RotaShift", shift.id.toString(), operator.fullName + " off " + shift.label());
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
        for (OperatorProfile operator : operators()) {
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

    /**
     * Fills the open positions of the hub's shifts starting in [from, to) as {@link AutoFill} chooses, from two
     * set-based reads (every candidate's shifts around the period, the partners watched during each shift). Answers
     * how many positions it filled.
     */
    @Transactional
    public int autoFill(long hubId, Instant from, Instant to) {
        Hub hub = myHub(hubId);
        RotaRules rules = rules();
        List<ShiftRow> rows = shifts(hubId, from, to);
        List<OperatorProfile> candidates = operators().stream().filter(o -> o.trainedHubs.contains(hubId)).toList();
        Map<Long, Map<String, String>> watched = watched(hubId, from, to);
        Map<Long, List<RotaShift>> theirs = shiftsOfAll(candidates, from.minus(LOOK_AROUND), to.plus(LOOK_AROUND));
        String partner = tenant.requirePartner();
        List<AutoFill.Pick> picks = AutoFill.plan(rows, candidates, theirs, watched, from, to, rules);
        for (AutoFill.Pick pick : picks) {
            RotaAssignment assignment = new RotaAssignment();
            assignment.partnerId = partner;
            assignment.shiftId = pick.shift().id;
            assignment.operatorId = pick.operator().id;
            assignment.persist();
        }
        int filled = picks.size();
        entityManager.flush();
        audit.record("rota.auto-filled", "Hub", Long.toString(hubId), filled + " position(s) filled at " + hub.name);
        return filled;
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

    /** Times in [from, to) when the hub's approved bookings need more operators than are rostered. */
    @SuppressWarnings("unchecked")
    public List<Gap> gaps(long hubId, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery("select starts_at, ends_at, needed, rostered "
                + "from rota_gaps(?1, ?2, ?3)").setParameter(1, hubId).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(to)).getResultList();
        List<Gap> gaps = new ArrayList<>();
        for (Object[] row : rows) {
            gaps.add(new Gap(instant(row[0]), instant(row[1]), ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue()));
        }
        return gaps;
    }
}
