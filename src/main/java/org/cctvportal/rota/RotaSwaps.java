package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * Swaps and open shifts: an operator offers one of their shifts (to anyone, or to a named colleague), a colleague takes
 * an offer, or an operator asks for an open position; a supervisor of the hub approves or declines. Every rule is
 * checked when the change is asked for and again at approval, under row locks on the request, the shift and the
 * operator taking it, so two approvals can never both succeed where one would break a rule. Every step is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RotaSwaps {

    static final String FIELD = "swap";

    /** A request as the pages show it. */
    public record SwapRow(RotaSwap swap, RotaShift shift, String hub, String giver, String taker) {
    }

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AssignmentService assignments;

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /** {@code me} offers their place on a shift: to {@code colleague} (waiting for a supervisor) or to anyone. */
    @Transactional
    public RotaSwap offer(long shiftId, OperatorProfile me, Long colleague) {
        RotaShift shift = future(shiftId);
        if (RotaAssignment.count("shiftId = ?1 and operatorId = ?2", shiftId, me.id) == 0) {
            throw refused("You are not on the shift " + shift.label(), "shiftId");
        }
        if (RotaSwap.count("shiftId = ?1 and giverId = ?2 and status in ?3", shiftId, me.id,
                List.of(RotaSwap.Status.OFFERED, RotaSwap.Status.PENDING)) > 0) {
            throw refused("You have already offered the shift " + shift.label(), "shiftId");
        }
        RotaSwap swap = request(shift, RotaSwap.Kind.OFFER, me.id, me.fullName);
        if (colleague != null) {
            OperatorProfile taker = operatorService.operator(colleague);
            if (taker.id.equals(me.id)) {
                throw refused("Choose a colleague other than yourself", "colleague");
            }
            check(taker, shift, "colleague");
            swap.takerId = taker.id;
            swap.status = RotaSwap.Status.PENDING;
        }
        swap.persist();
        audit.record("rota.swap-offered", "RotaShift", shift.id.toString(), me.fullName + " offered " + shift.label()
                + (colleague == null ? " to anyone" : " to " + operatorService.operator(colleague).fullName));
        return swap;
    }

    /** {@code me} takes a shift a colleague offered to anyone; it then waits for a supervisor. */
    @Transactional
    public RotaSwap take(long swapId, OperatorProfile me) {
        RotaSwap swap = locked(swapId);
        RotaShift shift = future(swap.shiftId);
        if (swap.status != RotaSwap.Status.OFFERED) {
            throw refused("The shift " + shift.label() + " is no longer on offer (" + swap.status.label + ")", FIELD);
        }
        if (me.id.equals(swap.giverId)) {
            throw refused("You cannot take your own offer of the shift " + shift.label(), FIELD);
        }
        check(me, shift, FIELD);
        swap.takerId = me.id;
        swap.status = RotaSwap.Status.PENDING;
        audit.record("rota.swap-taken", "RotaShift", shift.id.toString(), me.fullName + " asked to take "
                + shift.label() + " from " + operatorService.operator(swap.giverId).fullName);
        return swap;
    }

    /** {@code me} asks for an open position on a shift; it waits for a supervisor. */
    @Transactional
    public RotaSwap askForOpen(long shiftId, OperatorProfile me) {
        RotaShift shift = future(shiftId);
        if (RotaAssignment.count("shiftId", shiftId) >= shift.positions) {
            throw refused("Open positions: the shift " + shift.label() + " is fully staffed", "shiftId");
        }
        if (RotaSwap.count("shiftId = ?1 and takerId = ?2 and kind = ?3 and status = ?4", shiftId, me.id,
                RotaSwap.Kind.OPEN, RotaSwap.Status.PENDING) > 0) {
            throw refused("You have already asked for the shift " + shift.label(), "shiftId");
        }
        check(me, shift, "shiftId");
        RotaSwap swap = request(shift, RotaSwap.Kind.OPEN, null, me.fullName);
        swap.takerId = me.id;
        swap.status = RotaSwap.Status.PENDING;
        swap.persist();
        audit.record("rota.open-shift-asked", "RotaShift", shift.id.toString(), me.fullName + " asked for an open "
                + "position on " + shift.label());
        return swap;
    }

    /** The operator who asked withdraws a request still waiting. */
    @Transactional
    public RotaSwap withdraw(long swapId, OperatorProfile me) {
        RotaSwap swap = locked(swapId);
        RotaShift shift = shiftService.shift(swap.shiftId);
        boolean mine = swap.kind == RotaSwap.Kind.OFFER ? me.id.equals(swap.giverId) : me.id.equals(swap.takerId);
        if (!mine) {
            throw new NotFoundException("No such request");
        }
        if (!swap.status.live()) {
            throw refused("The request for " + shift.label() + " is already " + swap.status.label.toLowerCase(), FIELD);
        }
        swap.status = RotaSwap.Status.WITHDRAWN;
        audit.record("rota.swap-withdrawn", "RotaShift", shift.id.toString(), me.fullName + " withdrew the request "
                + "for " + shift.label());
        return swap;
    }

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
        check(taker, shift, FIELD);
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
    public List<SwapRow> waitingAt(long hubId) {
        String hub = shiftService.myHub(hubId).name;
        List<RotaSwap> swaps = RotaSwap.list("select w from RotaSwap w, RotaShift s where w.shiftId = s.id "
                + "and s.hubId = ?1 and w.status in ?2 order by w.status desc, w.requestedAt",
                hubId, List.of(RotaSwap.Status.PENDING, RotaSwap.Status.OFFERED));
        return rows(swaps, Map.of(hubId, hub));
    }

    /** The operator's own requests and offers made to them, newest first. */
    public List<SwapRow> of(OperatorProfile me, Map<Long, String> hubNames) {
        return rows(RotaSwap.list("giverId = ?1 or takerId = ?1 order by requestedAt desc", me.id), hubNames);
    }

    /** Shifts offered to anyone by colleagues, at hubs the operator is trained for, still to come. */
    public List<SwapRow> offeredTo(OperatorProfile me, Map<Long, String> hubNames) {
        List<RotaSwap> swaps = RotaSwap.list("select w from RotaSwap w, RotaShift s where w.shiftId = s.id "
                + "and w.status = ?1 and w.giverId <> ?2 and s.startsAt > ?3 order by s.startsAt",
                RotaSwap.Status.OFFERED, me.id, clock.instant());
        return rows(swaps, hubNames).stream().filter(r -> me.trainedHubs.contains(r.shift().hubId)).toList();
    }

    private List<SwapRow> rows(List<RotaSwap> swaps, Map<Long, String> hubNames) {
        Map<Long, String> names = new HashMap<>();
        operatorService.operators().forEach(o -> names.put(o.id, o.fullName));
        return swaps.stream().map(w -> {
            RotaShift shift = shiftService.shift(w.shiftId);
            return new SwapRow(w, shift, hubNames.getOrDefault(shift.hubId, ""), names.get(w.giverId),
                    names.get(w.takerId));
        }).toList();
    }

    private void check(OperatorProfile operator, RotaShift shift, String field) {
        assignments.broken(operator, shift).ifPresent(message -> {
            throw refused(message, field);
        });
    }

    private RotaSwap request(RotaShift shift, RotaSwap.Kind kind, Long giver, String by) {
        RotaSwap swap = new RotaSwap();
        swap.partnerId = tenant.requirePartner();
        swap.shiftId = shift.id;
        swap.kind = kind;
        swap.giverId = giver;
        swap.status = RotaSwap.Status.OFFERED;
        swap.requestedAt = clock.instant();
        swap.requestedBy = by;
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
                ? operatorService.operator(swap.giverId).fullName + "'s place on " + shift.label() + " to " + taker.fullName
                : taker.fullName + " on the open position of " + shift.label();
    }

    private RotaShift future(long shiftId) {
        RotaShift shift = shiftService.shift(shiftId);
        shiftService.myHub(shift.hubId);
        if (!shift.startsAt.isAfter(clock.instant())) {
            throw refused("The shift " + shift.label() + " has already started", "shiftId");
        }
        return shift;
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

    private RotaSwap locked(long swapId) {
        RotaSwap swap = RotaSwap.findById(swapId, LockModeType.PESSIMISTIC_WRITE);
        if (swap == null) {
            throw new NotFoundException("No such request");
        }
        return swap;
    }

    private RotaShift lockedShift(long shiftId) {
        RotaShift shift = shiftService.lockedShift(shiftId);
        shiftService.myHub(shift.hubId);
        return shift;
    }

    private static InvalidInputException refused(String message, String field) {
        return new InvalidInputException(new FormErrors().add(field, message));
    }
}
