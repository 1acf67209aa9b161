package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cctvportal.partner.PartnerKind;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * The operator's manager opens, changes and closes its hubs. Only a monitoring operator runs hubs (the database's
 * trigger says so too); a hub closes only once no booking is left for it to watch from the closing day, and each
 * partner it served gets a switch-off notice.
 */
@ApplicationScoped
@Transactional
public class HubAdministration {

    @Inject
    TenantContext tenant;

    @Inject
    PartnerService partners;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    @Inject
    HubDirectory hubDirectory;

    @Inject
    BookingsAhead ahead;

    @Inject
    Event<HubServiceEnded> ended;

    /** Whether the caller's partner runs hubs: the pages offer hub administration only then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean runsHubs() {
        return tenant.hasPartner() && partners.own().kind == PartnerKind.OPERATOR;
    }

    /** A hub the caller's partner operates; any other is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Hub operated(long id) {
        Hub hub = Hub.findById(id);
        if (hub == null || !hub.operatorPartnerId.equals(tenant.partnerId())) {
            throw new NotFoundException("No such hub");
        }
        return hub;
    }

    public Hub open(HubForm.Command command) {
        if (!runsHubs()) {
            throw new NotFoundException("Only a monitoring operator opens hubs");
        }
        uniqueName(command.name(), null);
        Hub hub = new Hub();
        hub.partnershipId = tenant.partnershipId();
        hub.operatorPartnerId = tenant.requirePartner();
        command.applyTo(hub);
        hub.persist();
        entityManager.flush();
        hubDirectory.opened(hub.operatorPartnerId);
        audit.record("hub.opened", "hub", hub.id.toString(), "Opened " + hub.name + " from " + Formats.day(hub.opensOn) + ": "
                + hub.consoles + " consoles, " + hub.camerasPerOperator + " cameras per operator, "
                + hub.openingTimes());
        return hub;
    }

    public Hub update(long id, HubForm.Command command, int version) {
        Hub hub = operated(id);
        if (hub.version != version) {
            throw new InvalidInputException(new FormErrors().add("name", "Someone else changed this hub while you"
                    + " were editing it: look at it again before you change it"));
        }
        uniqueName(command.name(), hub.id);
        java.util.Map<String, String> before = described(hub);
        command.applyTo(hub);
        List<FieldChange> changes = FieldChange.between(before, described(hub));
        entityManager.flush();
        audit.record("hub.updated", "hub", hub.id.toString(), "Changed " + hub.name, changes);
        return hub;
    }

    /**
     * Closes the hub from a London date: refused, with the bookings listed, while any booking still has an
     * occurrence ending after the closing day starts; each partner it served gets a notice.
     */
    public Hub close(long id, LocalDate on, String reason) {
        Hub hub = operated(id);
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        if (on.isBefore(today)) {
            throw new InvalidInputException(new FormErrors().add("closesOn", "The hub closes today or later"));
        }
        List<BookingsAhead.Ahead> left = ahead.at(hub.id, on.atStartOfDay(LondonTime.ZONE).toInstant(), null);
        if (!left.isEmpty()) {
            throw new InvalidInputException(new FormErrors().add("closesOn", left.size() + " booking"
                    + (left.size() == 1 ? " is" : "s are") + " still to be watched from that day: move or cancel"
                    + " them first"));
        }
        hub.closesOn = on;
        entityManager.flush();
        for (String partner : hub.servedPartners) {
            ended.fire(new HubServiceEnded(hub.id, hub.name, partner, on, reason));
        }
        audit.record("hub.closed", "hub", hub.id.toString(), "Closed " + hub.name + " from " + Formats.day(on) + ": " + reason);
        return hub;
    }

    private static java.util.Map<String, String> described(Hub hub) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", hub.name);
        fields.put("address", hub.address);
        fields.put("consoles", String.valueOf(hub.consoles));
        fields.put("cameras per operator", String.valueOf(hub.camerasPerOperator));
        fields.put("opening times", hub.openingTimes());
        fields.put("opening note", hub.openingPattern);
        fields.put("opens on", String.valueOf(hub.opensOn));
        return fields;
    }

    private void uniqueName(String name, Long self) {
        boolean taken = Hub.<Hub>listAll().stream().anyMatch(h -> h.name.equalsIgnoreCase(name)
                && !Objects.equals(h.id, self));
        if (taken) {
            throw new InvalidInputException(new FormErrors().add("name", "The partnership already has a hub called "
                    + name));
        }
    }

    String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
