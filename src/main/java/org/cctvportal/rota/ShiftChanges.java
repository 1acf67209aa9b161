package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/**
 * Changing or cancelling a shift still to come. Its operators agreed to its times and were checked against the rules
 * for them, so its times and role change only while nobody is on it; its positions never drop below the operators on
 * it. Cancelling takes its operators off and ends its open requests. Each change is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShiftChanges {

    @Inject
    ShiftService shifts;

    @Inject
    OperatorService operators;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** What a shift becomes; {@code version} is the one read. */
    public record Change(Instant startsAt, Instant endsAt, RotaShift.Role role, int positions, int version) {
    }

    @Transactional
    public RotaShift change(long id, Change change) {
        RotaShift shift = ahead(id);
        long on = RotaAssignment.count("shiftId", id);
        FormErrors errors = ShiftService.check(change.startsAt(), change.endsAt(), change.positions(),
                new FormErrors());
        if (change.version() != shift.version) {
            errors.add("version", "Someone else changed the shift " + shift.label() + " since you read it: read it"
                    + " again");
        }
        boolean moved = !change.startsAt().equals(shift.startsAt) || !change.endsAt().equals(shift.endsAt)
                || change.role() != shift.role;
        if (moved && on > 0) {
            errors.add("startsAt", "Take the " + Formats.plural((int) on, "operator", "operators") + " off the shift "
                    + shift.label() + " before changing its times or role");
        }
        if (change.positions() < on) {
            errors.add("positions", "Positions cannot be fewer than the " + on + " on the shift " + shift.label());
        }
        errors.throwIfAny();
        String before = shift.label() + ", " + shift.role.label() + ", " + shift.positions;
        shift.startsAt = change.startsAt();
        shift.endsAt = change.endsAt();
        shift.role = change.role();
        shift.positions = change.positions();
        audit.record("rota.shift-changed", "RotaShift", shift.id.toString(), "Changed the shift " + before + " to "
                + shift.label() + ", " + shift.role.label() + ", " + shift.positions);
        return shift;
    }

    /** Cancels a shift still to come; answers the names of the operators taken off it. */
    @Transactional
    public List<String> cancel(long id) {
        RotaShift shift = ahead(id);
        List<String> off = RotaAssignment.<RotaAssignment>list("shiftId", id).stream()
                .map(a -> operators.operator(a.operatorId).fullName).sorted().toList();
        long waiting = RotaSwap.count("shiftId = ?1 and status in ?2", id,
                List.of(RotaSwap.Status.OFFERED, RotaSwap.Status.PENDING));
        RotaAssignment.delete("shiftId", id);
        // Its requests go with it (the database's cascade: the portal itself never deletes a request).
        shift.delete();
        audit.record("rota.shift-cancelled", "RotaShift", Long.toString(id), "Cancelled the shift " + shift.label()
                + (off.isEmpty() ? "" : ", taking off " + String.join(", ", off))
                + (waiting == 0 ? "" : "; " + Formats.plural((int) waiting, "request", "requests") + " waiting ended"));
        return off;
    }

    private RotaShift ahead(long id) {
        RotaShift shift = shifts.lockedShift(id);
        shifts.myHub(shift.hubId);
        if (!shift.startsAt.isAfter(clock.instant())) {
            throw SwapService.refused("The shift " + shift.label() + " has already started", "shiftId");
        }
        return shift;
    }
}
