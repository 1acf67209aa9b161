package org.cctvportal.rota;

import static org.cctvportal.rota.SwapService.FIELD;
import static org.cctvportal.rota.SwapService.locked;
import static org.cctvportal.rota.SwapService.refused;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.audit.AuditService;

/**
 * A hub supervisor's decisions on the swaps and open-shift requests operators made through {@link SwapService}: approve
 * or decline. Every rule is checked again at approval, under row locks on the request, the shift and the operator
 * taking it, so two approvals can never both succeed where one would break a rule. Every decision is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SwapApprovalService {

    @Inject
    SwapService swaps;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AssignmentService assignments;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /**
     * A supervisor approves a waiting request: the rules are checked again for the operator taking the shift, against
     * the rota as it is now, and the rota changes only if they all hold.
     */
    @Transactional
    public RotaSwap approve(long swapId, String supervisor) {
        RotaSwap swap = locked(swapId);
        RotaShift shift = lockedShift(swap.shiftId);
        if (swap.status != RotaSwap.Status.PENDING) {
            throw refused("The request for " + shift.label() + " is " + swap.status.label.toLowerCase()
                    + ", so there is nothing to approve", FIELD);
        }
        OperatorProfile taker = operatorService.lockedOperator(swap.takerId);
        if (swap.kind == RotaSwap.Kind.OFFER) {
            OperatorProfile giver = operatorService.operator(swap.giverId);
            if (RotaAssignment.delete("shiftId = ?1 and operatorId = ?2", shift.id, giver.id) == 0) {
                throw refused(giver.fullName + " is no longer on the shift " + shift.label()
                        + ", so there is nothing to swap", FIELD);
            }
            entityManager.flush();
        } else if (RotaAssignment.count("shiftId", shift.id) >= shift.positions) {
            throw refused("Open positions: the shift " + shift.label() + " is now fully staffed", FIELD);
        }
        if (RotaAssignment.count("shiftId = ?1 and operatorId = ?2", shift.id, taker.id) > 0) {
            throw refused(taker.fullName + " is already on the shift " + shift.label(), FIELD);
        }
        swaps.check(taker, shift, FIELD);
        assignments.put(shift, taker);
        decide(swap, RotaSwap.Status.APPROVED, supervisor, null);
        audit.record("rota.swap-approved", "RotaShift", shift.id.toString(), describe(swap, shift, taker));
        return swap;
    }

    /** A supervisor declines a request still waiting, with an optional reason. */
    @Transactional
    public RotaSwap decline(long swapId, String supervisor, String reason) {
        RotaSwap swap = locked(swapId);
        RotaShift shift = shiftService.shift(swap.shiftId);
        shiftService.myHub(shift.hubId);
        if (!swap.status.live()) {
            throw refused("The request for " + shift.label() + " is already " + swap.status.label.toLowerCase(), FIELD);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw refused("The reason must be 500 characters or fewer", "reason");
        }
        decide(swap, RotaSwap.Status.DECLINED, supervisor, why);
        audit.record("rota.swap-declined", "RotaShift", shift.id.toString(), "Declined the request for "
                + shift.label() + (why == null ? "" : ": " + why));
        return swap;
    }

    /** The requests at a hub's shifts still waiting, oldest first (waiting for a supervisor before offers). */
    public List<SwapService.SwapRow> waitingAt(long hubId) {
        String hub = shiftService.myHub(hubId).name();
        List<RotaSwap> waiting = RotaSwap.list("select w from RotaSwap w, RotaShift s where w.shiftId = s.id "
                + "and s.hubId = ?1 and w.status in ?2 order by w.status desc, w.requestedAt",
                hubId, List.of(RotaSwap.Status.PENDING, RotaSwap.Status.OFFERED));
        return swaps.rows(waiting, Map.of(hubId, hub));
    }

    /** A request of the caller's partner, at a hub it operates; any other is not found. */
    public RotaSwap swap(long swapId) {
        RotaSwap swap = RotaSwap.findById(swapId);
        if (swap == null) {
            throw new NotFoundException("No such request");
        }
        shiftService.myHub(shiftService.shift(swap.shiftId).hubId);
        return swap;
    }

    private void decide(RotaSwap swap, RotaSwap.Status status, String supervisor, String reason) {
        swap.status = status;
        swap.decidedAt = clock.instant();
        swap.decidedBy = supervisor;
        swap.reason = reason;
    }

    private String describe(RotaSwap swap, RotaShift shift, OperatorProfile taker) {
        return swap.kind == RotaSwap.Kind.OFFER
                ? operatorService.operator(swap.giverId).fullName + "'s place on " + shift.label() + " to "
                        + taker.fullName
                : taker.fullName + " on the open position of " + shift.label();
    }

    private RotaShift lockedShift(long shiftId) {
        RotaShift shift = shiftService.lockedShift(shiftId);
        shiftService.myHub(shift.hubId);
        return shift;
    }
}
