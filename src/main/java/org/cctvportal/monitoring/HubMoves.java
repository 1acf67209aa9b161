package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * The operator's manager moves a partner from one of its hubs to another in one step: every requested or approved
 * booking of the partner at the source hub with an occurrence from the chosen day moves to the target hub (a booking
 * that began earlier keeps its earlier nights at the source), all or nothing. The target must already serve the
 * partner, agreed by the partnership admin through the two-step path; every approved night is checked against the
 * target's capacity first (the refusal lists each night that does not fit) and again by the database's triggers.
 * The partner then stops being served by the source and gets a notice; the audit records the move.
 */
@ApplicationScoped
@Transactional
public class HubMoves {

    @Inject
    EntityManager entityManager;

    @Inject
    HubAdministration administration;

    @Inject
    HubService hubs;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    Event<HubServiceEnded> ended;

    @Inject
    SecurityIdentity identity;

    @Inject
    MoveCapacity capacity;

    /** What to move: whose bookings, from which hub to which, from which London day. */
    public record Move(String partnerId, Long sourceHubId, Long targetHubId, LocalDate from) {
    }

    /** One booking moved: its old reference, its new one at the target, and whether it was approved or waiting. */
    public record Moved(long fromBooking, long toBooking, String status) {
        public String from() {
            return "MB-" + fromBooking;
        }

        public String to() {
            return "MB-" + toBooking;
        }
    }

    /** The move done. */
    public record Result(String partnerId, String partnerName, Hub source, Hub target, LocalDate from,
            List<Moved> moved) {
    }

    /** The hubs the caller's partner runs, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hub> operatedHubs() {
        return hubs.hubs().stream().filter(hubs::operates).toList();
    }

    /** The partners served by any of the caller's hubs, id to name: those whose bookings may be moved. */
    public Map<String, String> movablePartners() {
        Map<String, String> names = hubs.partnerNamesAsOperator();
        Map<String, String> movable = new TreeMap<>();
        operatedHubs().forEach(h -> h.servedPartners.forEach(p -> movable.put(names.getOrDefault(p, p), p)));
        Map<String, String> byId = new LinkedHashMap<>();
        movable.forEach((name, id) -> byId.put(id, name));
        return byId;
    }

    public Result move(Move move) {
        if (!administration.runsHubs()) {
            throw new NotFoundException("Only a monitoring operator moves bookings between its hubs");
        }
        FormErrors errors = new FormErrors();
        java.util.Set<String> served = new java.util.HashSet<>();
        operatedHubs().forEach(h -> served.addAll(h.servedPartners));
        String partner = move.partnerId() == null ? "" : move.partnerId().strip();
        if (!served.contains(partner)) {
            errors.add("partner", "Select a partner one of your hubs serves");
        }
        Hub source = operatedOrNull(move.sourceHubId());
        Hub target = operatedOrNull(move.targetHubId());
        if (source == null) {
            errors.add("source", "Select the hub the partner is served by now");
        }
        if (target == null) {
            errors.add("target", "Select the hub the bookings move to");
        } else if (Objects.equals(move.sourceHubId(), move.targetHubId())) {
            errors.add("target", "Select a hub other than the one the bookings move from");
        }
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        if (move.from() == null) {
            errors.add("from", "Enter the date the bookings move from");
        } else if (move.from().isBefore(today)) {
            errors.add("from", "The bookings move from today or later");
        }
        errors.throwIfAny();
        String name = nameOf(partner);
        if (!source.serves(partner)) {
            errors.add("source", source.name + " does not serve " + name);
        } else if (!target.serves(partner)) {
            errors.add("target", target.name + " does not serve " + name + " yet: propose it on the hub's partners"
                    + " page, and once the partnership admin agrees, move the bookings");
        }
        errors.throwIfAny();
        Instant from = latest(move.from().atStartOfDay(LondonTime.ZONE).toInstant(), clock.instant());
        List<MoveCapacity.NightRefused> refused = capacity.refusedNights(partner, source.id, target.id, from);
        if (!refused.isEmpty()) {
            throw new InvalidInputException(new FormErrors().add("target", MoveCapacity.refusal(target, refused)));
        }
        List<Moved> moved;
        try {
            moved = perform(partner, source, target, from, move.from());
        } catch (PersistenceException e) {
            if (DatabaseFaults.connectionLost(e)) {
                throw e;
            }
            // The target's bookings changed since the check: the database's capacity trigger refused the move.
            throw new InvalidInputException(new FormErrors().add("target", target.name + " can no longer take these"
                    + " bookings, so nothing was moved: look again at its calendar"));
        }
        ended.fire(new HubServiceEnded(source.id, source.name, partner, move.from(), "your bookings from that day"
                + " move to " + target.name + " (" + moved.size() + (moved.size() == 1 ? " booking" : " bookings")
                + "), which serves you from now on"));
        audit.record("hub.bookings-moved", "hub", source.id.toString(), "Moved " + name + " from " + source.name
                + " to " + target.name + " from " + Formats.day(move.from()) + ": "
                + moved.stream().map(m -> m.from() + " to " + m.to()).toList());
        return new Result(partner, name, source, target, move.from(), moved);
    }

    @SuppressWarnings("unchecked")
    private List<Moved> perform(String partner, Hub source, Hub target, Instant from, LocalDate day) {
        List<Object[]> rows = entityManager.createNativeQuery("select moved_from, moved_to, status from"
                + " booking_move_hub(?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, partner)
                .setParameter(2, source.id).setParameter(3, target.id).setParameter(4, Timestamp.from(from))
                .setParameter(5, administration.actor()).setParameter(6, Timestamp.from(clock.instant()))
                .setParameter(7, "Moved from " + source.name + " to " + target.name + " from " + Formats.day(day))
                .getResultList();
        entityManager.flush();
        entityManager.refresh(source);
        return rows.stream().map(r -> new Moved(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2])).toList();
    }

    /**
     * The partner's name through the operator's named path; unattended work (the demo), which holds no role, names
     * the partner by its id.
     */
    String nameOf(String partner) {
        boolean named = identity != null && (identity.hasRole(Roles.PARTNER_MANAGER)
                || identity.hasRole(Roles.HUB_SUPERVISOR));
        return named ? hubs.partnerNamesAsOperator().getOrDefault(partner, partner) : partner;
    }

    Hub operatedOrNull(Long id) {
        if (id == null) {
            return null;
        }
        Hub hub = Hub.findById(id);
        return hub != null && hubs.operates(hub) ? hub : null;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
