package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;

/**
 * What the hub's operator reads of other partners' bookings, all through the {@link CrossPartnerPath#HUB_BOOKINGS}
 * path: the approvals queue, a booking, the hub's calendar and its hourly load against capacity.
 */
@ApplicationScoped
public class HubBookings {

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    OccurrenceStore occurrences;

    @Inject
    HubService hubs;

    @Inject
    org.cctvportal.platform.tenancy.TenantContext tenant;

    /** A booking with the name of the partner that made it. */
    public record Named(Booking booking, String partnerName, String hubName) {
    }

    /** Requested bookings at the caller's hubs, oldest first: the approvals queue. */
    public List<Named> queue() {
        return crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> named(Booking.list(
                "status = ?1 and hubId in (select h.id from Hub h where h.operatorPartnerId = ?2) "
                        + "order by requestedAt, id", Booking.Status.REQUESTED, operator())));
    }

    /** Every booking at the caller's hubs, newest first. */
    public List<Named> all() {
        return crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> named(Booking.list(
                "hubId in (select h.id from Hub h where h.operatorPartnerId = ?1) order by requestedAt desc, id desc",
                operator())));
    }

    /** A booking at the caller's hubs; any other is not found. */
    public Named booking(long id) {
        List<Named> found = crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> named(Booking.list(
                "id = ?1 and hubId in (select h.id from Hub h where h.operatorPartnerId = ?2)", id, operator())));
        if (found.isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("No such booking");
        }
        return found.get(0);
    }

    public List<OccurrenceStore.Entry> calendar(Hub hub, Instant from, Instant to) {
        return crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> occurrences.atHubBetween(hub.id, from, to)
                .stream().map(e -> new OccurrenceStore.Entry(e.bookingId(), e.partnerId(), e.partnerName(),
                        e.hubId(), hub.name, e.cameraGroup(), e.cameras(), e.start(), e.end(), e.status()))
                .toList());
    }

    public List<OccurrenceStore.Breach> hourlyLoad(Hub hub, Instant from, Instant to) {
        return crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> occurrences.hourlyLoad(HubRef.of(hub), from, to));
    }

    private String operator() {
        return tenant.requirePartner();
    }

    private List<Named> named(List<Booking> bookings) {
        Map<String, String> names = hubs.partnerNames();
        Map<Long, String> hubNames = new java.util.HashMap<>();
        Hub.<Hub>listAll().forEach(h -> hubNames.put(h.id, h.name));
        return bookings.stream().map(b -> new Named(b, names.getOrDefault(b.partnerId, b.partnerId),
                hubNames.getOrDefault(b.hubId, ""))).toList();
    }
}
