package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Swaps and open shifts, as operators ask for them: an operator offers one of their shifts (to anyone, or to a named
 * colleague), a colleague takes an offer, or an operator asks for an open position; every rule is checked when the
 * change is asked for (and again when a supervisor decides, in {@link SwapApprovalService}). Every step is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SwapService {

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

    List<SwapRow> rows(List<RotaSwap> swaps, Map<Long, String> hubNames) {
        Map<Long, String> names = new HashMap<>();
        operatorService.operators().forEach(o -> names.put(o.id, o.fullName));
        return swaps.stream().map(w -> {
            RotaShift shift = shiftService.shift(w.shiftId);
            return new SwapRow(w, shift, hubNames.getOrDefault(shift.hubId, ""), names.get(w.giverId),
                    names.get(w.takerId));
        }).toList();
    }

    void check(OperatorProfile operator, RotaShift shift, String field) {
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

    private RotaShift future(long shiftId) {
        RotaShift shift = shiftService.shift(shiftId);
        shiftService.myHub(shift.hubId);
        if (!shift.startsAt.isAfter(clock.instant())) {
            throw refused("The shift " + shift.label() + " has already started", "shiftId");
        }
        return shift;
    }

    static RotaSwap locked(long swapId) {
        RotaSwap swap = RotaSwap.findById(swapId, LockModeType.PESSIMISTIC_WRITE);
        if (swap == null) {
            throw new NotFoundException("No such request");
        }
        return swap;
    }

    static InvalidInputException refused(String message, String field) {
        return new InvalidInputException(new FormErrors().add(field, message));
    }
}
