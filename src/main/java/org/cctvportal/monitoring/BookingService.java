package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.partner.PartnerStanding;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * A partner's own bookings: requesting monitoring at a hub that serves it (expanded into occurrences in the same
 * transaction), reading them and cancelling them. Deciding them is {@link HubDecisions}.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    @Inject
    BookingCameras bookingCameras;

    @Inject
    TenantContext tenant;

    @Inject
    HubService hubs;

    @Inject
    PartnerService partners;

    @Inject
    PartnerStanding standing;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<BookingCancelled> cancellations;

    @Inject
    jakarta.enterprise.event.Event<BookingRequested> requests;

    @Inject
    OccurrenceStore occurrences;

    public LocalDate today() {
        return clock.instant().atZone(LondonTime.ZONE).toLocalDate();
    }

    /**
     * Refuses a partner that may not book yet (one that is not live), before a form is read: the refusal comes
     * first, not after a form filled in for nothing.
     */
    public void mayBook() {
        standing.requireLive("book monitoring");
    }

    /** How the caller's partner is charged: at the tariff of its kind (council, business or police). */
    CustomerKind customerKind() {
        return CustomerKind.of(partners.own().kind);
    }

    /** Books a checked request: the booking and its occurrences, all or nothing. */
    public Booking request(BookingRequest request) {
        mayBook();
        Hub hub = hubs.hub(request.hubId());
        if (!hub.serves(tenant.requirePartner())) {
            throw new InvalidInputException(new FormErrors().add("hub", "Select a hub that serves your partner"));
        }
        FormErrors errors = new FormErrors();
        List<String> tags = request.assetTags() == null ? List.of() : request.assetTags();
        List<CameraRef> named = bookingCameras.resolve(tags, errors);
        if (tags.isEmpty()) {
            errors.add("cameras", "Enter the asset tags of the cameras to monitor");
        } else if (request.cameras() != tags.size()) {
            errors.add("cameras", "The number of cameras (" + request.cameras() + ") must match the " + tags.size()
                    + " asset tags named");
        }
        if (hub.closesOn != null && request.occurrences().stream().anyMatch(p -> p.end()
                .isAfter(hub.closesOn.atStartOfDay(LondonTime.ZONE).toInstant()))) {
            errors.add("hub", hub.name + " closes on " + Formats.day(hub.closesOn) + ": book until then, or at"
                    + " another hub");
        }
        errors.throwIfAny();
        Booking booking = new Booking();
        booking.hubId = hub.id;
        booking.cameraGroup = request.cameraGroup();
        booking.cameras = request.cameras();
        booking.recurrence = request.recurrence();
        booking.startsAt = request.startsAt();
        booking.endsAt = request.endsAt();
        booking.weekdays = request.recurrence() == Booking.Recurrence.WEEKLY ? Booking.weekdaysOf(request.days())
                : null;
        booking.localStart = request.localStart();
        booking.localEnd = request.localEnd();
        booking.firstDate = request.firstDate();
        booking.lastDate = request.lastDate();
        booking.priority = request.priority();
        booking.notes = request.notes();
        booking.customerKind = customerKind();
        booking.status = Booking.Status.REQUESTED;
        booking.requestedBy = actor();
        booking.requestedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        booking.persist();
        entityManager.flush();
        BookingCameras.link(booking.id, booking.partnerId, named);
        List<Occurrences.Period> periods = request.occurrences();
        occurrences.add(booking, periods);
        audit.record("booking.requested", "booking", booking.id.toString(), "Requested " + booking.reference() + ": "
                + booking.cameras + " cameras (" + booking.cameraGroup + ") at " + hub.name + ", "
                + Formats.plural(periods.size(), "occurrence", "occurrences"));
        requests.fire(new BookingRequested(booking.id, booking.reference(), booking.partnerId, hub.name,
                hub.operatorPartnerId));
        return booking;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> mine() {
        return Booking.newestFirst();
    }

    /** One of the caller's own bookings; anyone else's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Booking mine(long id) {
        Booking booking = Booking.findById(id);
        if (booking == null) {
            throw new NotFoundException("No such booking");
        }
        return booking;
    }

    /** Cancels one of the caller's bookings, freeing the capacity it held; the reason, if given, is the hub's. */
    public Booking cancel(long id, String reason) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException(new FormErrors().add("reason", "The reason must be 1000 characters or fewer"));
        }
        Booking booking = mine(id);
        if (!booking.isCancellable()) {
            throw new BookingStateException("This booking is " + booking.status.label().toLowerCase()
                    + " and cannot be cancelled");
        }
        boolean wasApproved = booking.status == Booking.Status.APPROVED;
        booking.status = Booking.Status.CANCELLED;
        booking.cancelledBy = actor();
        booking.cancelledAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        booking.cancelReason = text;
        entityManager.flush();
        audit.record("booking.cancelled", "booking", booking.id.toString(), "Cancelled " + booking.reference()
                + (text == null ? "" : ": " + text));
        cancellations.fire(new BookingCancelled(booking.id, wasApproved));
        return booking;
    }

    /** The caller's own occurrences in [from, to), for its calendar. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OccurrenceStore.Entry> calendar(java.time.Instant from, java.time.Instant to) {
        Map<Long, String> hubNames = hubs.hubs().stream().collect(Collectors.toMap(h -> h.id, h -> h.name));
        return occurrences.ownBetween(from, to, hubNames);
    }

    private String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
