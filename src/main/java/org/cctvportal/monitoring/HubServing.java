package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

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
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * The partners a hub serves, agreed in two steps: the hub's operator proposes, the partnership's PCC office agrees
 * (the database's {@code hub_service_agree} is the only way a partner becomes served), and from then on the partner
 * may book there. Ending a service cancels the partner's bookings still to be watched there and raises its notice.
 */
@ApplicationScoped
@Transactional
public class HubServing {

    @Inject
    EntityManager entityManager;

    @Inject
    HubAdministration administration;

    @Inject
    HubService hubs;

    @Inject
    BookingsAhead ahead;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    Event<HubServiceEnded> ended;

    /** A proposal waiting for the PCC office. */
    public record Proposal(String partnerId, String proposedBy, Instant proposedAt) {
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposals(long hubId) {
        List<Object[]> rows = entityManager.createNativeQuery("select partner_id, proposed_by, proposed_at from"
                + " hub_service_proposal where hub_id = ?1 order by proposed_at, partner_id").setParameter(1, hubId)
                .getResultList();
        return rows.stream().map(r -> new Proposal((String) r[0], (String) r[1], instant(r[2]))).toList();
    }

    /** The partnership's partners the caller's hub may be proposed to serve (neither served nor proposed yet). */
    public Map<String, String> proposable(Hub hub) {
        Map<String, String> servable = new java.util.LinkedHashMap<>(hubs.servable());
        servable.keySet().removeAll(hub.servedPartners);
        proposals(hub.id).forEach(p -> servable.remove(p.partnerId()));
        return servable;
    }

    public void propose(long hubId, String partnerId) {
        Hub hub = administration.operated(hubId);
        boolean proposed = proposals(hub.id).stream().anyMatch(p -> p.partnerId().equals(partnerId));
        if (partnerId == null || partnerId.isEmpty() || hub.serves(partnerId) || proposed
                || !Boolean.TRUE.equals(entityManager.createNativeQuery("select hub_may_serve(?1)")
                        .setParameter(1, partnerId).getSingleResult())) {
            throw new InvalidInputException(new FormErrors().add("partner", "Select a council, business or police"
                    + " force of the partnership that the hub does not serve yet"));
        }
        entityManager.createNativeQuery("insert into hub_service_proposal (hub_id, partner_id, proposed_by,"
                + " proposed_at) values (?1, ?2, ?3, ?4)").setParameter(1, hub.id).setParameter(2, partnerId)
                .setParameter(3, administration.actor()).setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record("hub.service-proposed", "hub", hub.id.toString(), "Proposed that " + hub.name + " serve "
                + partnerId);
    }

    /** The PCC office agrees a proposal: the partner may book at the hub from now on. */
    public void agree(long hubId, String partnerId) {
        Hub hub = hubs.hub(hubId);
        try {
            entityManager.createNativeQuery("select hub_service_agree(?1, ?2, ?3, ?4)").setParameter(1, hub.id)
                    .setParameter(2, partnerId).setParameter(3, administration.actor())
                    .setParameter(4, Timestamp.from(clock.instant())).getSingleResult();
        } catch (PersistenceException e) {
            throw new NotFoundException("No such proposal");
        }
        audit.record("hub.service-agreed", "hub", hub.id.toString(), "Agreed that " + hub.name + " serve "
                + partnerId);
    }

    /**
     * The operator ends the hub's service to a partner: its bookings still to be watched there are cancelled with
     * the reason, it can no longer book there, and it gets a switch-off notice. Answers how many were cancelled.
     */
    public int end(long hubId, String partnerId, String reason) {
        Hub hub = administration.operated(hubId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidInputException(new FormErrors().add("reason", why.isEmpty()
                    ? "Enter why the hub stops serving this partner: the partner reads it"
                    : "The reason must be 1000 characters or fewer"));
        }
        if (!hub.serves(partnerId)) {
            throw new NotFoundException("The hub does not serve this partner");
        }
        Instant now = clock.instant();
        int cancelled = ahead.cancel(hub.id, ahead.at(hub.id, now, partnerId), administration.actor(), now,
                "The hub stops serving your partner: " + why);
        entityManager.createNativeQuery("delete from hub_served_partner where hub_id = ?1 and partner_id = ?2")
                .setParameter(1, hub.id).setParameter(2, partnerId).executeUpdate();
        LocalDate today = now.atZone(LondonTime.ZONE).toLocalDate();
        ended.fire(new HubServiceEnded(hub.id, hub.name, partnerId, today, why));
        audit.record("hub.service-ended", "hub", hub.id.toString(), hub.name + " stops serving " + partnerId + " ("
                + cancelled + " bookings cancelled): " + why);
        return cancelled;
    }
}
