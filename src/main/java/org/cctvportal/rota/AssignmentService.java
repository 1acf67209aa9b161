package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * Who is on which shift: an operator put on a shift only if no {@link RotaRules rule} is broken (checked against the
 * database as it is on every change), taken off it, and open positions filled by {@link AutoFill} within the rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssignmentService {

    static final Duration LOOK_AROUND = Duration.ofDays(8);

    @Inject
    TenantContext tenant;

    @Inject
    RotaConfig config;

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    CoverageService coverage;

    public RotaRules rules() {
        return new RotaRules(config);
    }

    /** Puts an operator on a shift if no rule is broken; otherwise a message naming the rule and the shift. */
    @Transactional
    public RotaAssignment assign(long shiftId, long operatorId) {
        RotaShift shift = shiftService.lockedShift(shiftId);
        OperatorProfile operator = operatorService.lockedOperator(operatorId);
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
        Map<String, String> watched = coverage.watched(shift.hubId, shift.startsAt, shift.startsAt.plusNanos(1000))
                .getOrDefault(shift.id, Map.of());
        return rules().broken(operator, shift, shiftService.shiftsOf(operator.id, shift.startsAt.minus(LOOK_AROUND),
                shift.endsAt.plus(LOOK_AROUND)), watched);
    }

    RotaAssignment put(RotaShift shift, OperatorProfile operator) {
        RotaAssignment assignment = new RotaAssignment();
        assignment.partnerId = tenant.requirePartner();
        assignment.shiftId = shift.id;
        assignment.operatorId = operator.id;
        try {
            assignment.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseFaults.connectionLost(e)) {
                throw e;
            }
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

    @Transactional
    public void unassign(long shiftId, long operatorId) {
        RotaShift shift = shiftService.shift(shiftId);
        OperatorProfile operator = operatorService.operator(operatorId);
        long removed = RotaAssignment.delete("shiftId = ?1 and operatorId = ?2", shiftId, operatorId);
        if (removed == 0) {
            throw new InvalidInputException(new FormErrors().add("operatorId",
                    operator.fullName + " is not on the shift " + shift.label()));
        }
        audit.record("rota.unassigned", "RotaShift", shift.id.toString(), operator.fullName + " off " + shift.label());
    }

    /**
     * Fills the open positions of the hub's shifts starting in [from, to) as {@link AutoFill} chooses, from two
     * set-based reads (every candidate's shifts around the period, the partners watched during each shift). Answers
     * how many positions it filled.
     */
    @Transactional
    public int autoFill(long hubId, Instant from, Instant to) {
        HubRef hub = shiftService.myHub(hubId);
        RotaRules rules = rules();
        List<ShiftService.ShiftRow> rows = shiftService.shifts(hubId, from, to);
        List<OperatorProfile> candidates = operatorService.operators().stream()
                .filter(o -> o.trainedHubs.contains(hubId)).toList();
        Map<Long, Map<String, String>> watched = coverage.watched(hubId, from, to);
        Map<Long, List<RotaShift>> theirs = shiftService.shiftsOfAll(candidates, from.minus(LOOK_AROUND),
                to.plus(LOOK_AROUND));
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
        audit.record("rota.auto-filled", "Hub", Long.toString(hubId), Formats.plural(filled, "position", "positions") + " filled at " + hub.name());
        return filled;
    }
}
